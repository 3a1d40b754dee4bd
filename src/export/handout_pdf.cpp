// export/handout_pdf.cpp: cairo's PDF surface, fonts from FreeType faces (cairo embeds their
// subsets), words wrapped by their measured advance, images as RGB24 surfaces scaled onto the
// page (the PDF keeps their pixels).
#include "export/handout_pdf.hpp"

#include <cairo-ft.h>
#include <cairo-pdf.h>
#include <cairo.h>
#include <ft2build.h>
#include FT_FREETYPE_H

#include <algorithm>
#include <cstdio>
#include <memory>
#include <sstream>

namespace atlas::exporting {

namespace {

constexpr double kPointsPerMm = 72 / 25.4;
constexpr double kMargin = 54; // points
constexpr double kLineSpacing = 1.3;

struct Style {
    double size;
    bool bold;
    double grey; // 0 black
    double spaceBefore;
};

Style styleOf(HandoutBlock::Kind kind) {
    switch (kind) {
    case HandoutBlock::Kind::Title: return {20, true, 0, 0};
    case HandoutBlock::Kind::Subtitle: return {12, false, 0.35, 2};
    case HandoutBlock::Kind::Heading: return {11, true, 0, 10};
    case HandoutBlock::Kind::Reference: return {9, false, 0.2, 3};
    case HandoutBlock::Kind::Image: return {0, false, 0, 10};
    case HandoutBlock::Kind::Text: break;
    }
    return {11, false, 0, 5};
}

// FreeType faces for cairo, kept alive as long as cairo holds their font faces.
class Fonts {
public:
    explicit Fonts(const std::filesystem::path& folder) {
        if (FT_Init_FreeType(&m_library) != 0) return;
        m_regular = load(folder / "DejaVuSans.ttf");
        m_bold = load(folder / "DejaVuSans-Bold.ttf");
    }
    ~Fonts() {
        for (cairo_font_face_t* face : {m_regular, m_bold})
            if (face) cairo_font_face_destroy(face);
        if (m_library) FT_Done_FreeType(m_library);
    }
    Fonts(const Fonts&) = delete;
    Fonts& operator=(const Fonts&) = delete;
    bool ok() const { return m_regular && m_bold; }
    cairo_font_face_t* face(bool bold) const { return bold ? m_bold : m_regular; }

private:
    cairo_font_face_t* load(const std::filesystem::path& file) {
        FT_Face face = nullptr;
        if (FT_New_Face(m_library, file.c_str(), 0, &face) != 0) return nullptr;
        cairo_font_face_t* font = cairo_ft_font_face_create_for_ft_face(face, 0);
        static const cairo_user_data_key_t key{};
        // The FreeType face goes when cairo lets go of the font face.
        cairo_font_face_set_user_data(font, &key, face, [](void* f) { FT_Done_Face(static_cast<FT_Face>(f)); });
        return font;
    }
    FT_Library m_library = nullptr;
    cairo_font_face_t* m_regular = nullptr;
    cairo_font_face_t* m_bold = nullptr;
};

// Lines of text no wider than width at the current font; a word longer than the line stands alone.
std::vector<std::string> wrapped(cairo_t* cr, const std::string& text, double width) {
    std::vector<std::string> lines;
    std::istringstream paragraphs(text);
    std::string paragraph;
    while (std::getline(paragraphs, paragraph)) {
        std::istringstream words(paragraph);
        std::string word, line;
        while (words >> word) {
            std::string longer = line.empty() ? word : line + " " + word;
            cairo_text_extents_t extents;
            cairo_text_extents(cr, longer.c_str(), &extents);
            if (!line.empty() && extents.x_advance > width) {
                lines.push_back(line);
                line = word;
            } else {
                line = longer;
            }
        }
        lines.push_back(line);
    }
    return lines;
}

cairo_surface_t* imageSurface(const core::Image& image) {
    cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, image.width, image.height);
    cairo_surface_flush(surface);
    unsigned char* data = cairo_image_surface_get_data(surface);
    int stride = cairo_image_surface_get_stride(surface);
    for (int y = 0; y < image.height; ++y) {
        auto* row = reinterpret_cast<std::uint32_t*>(data + std::ptrdiff_t(y) * stride);
        for (int x = 0; x < image.width; ++x) {
            const std::uint8_t* p = image.pixel(x, y);
            row[x] = std::uint32_t(p[0]) << 16 | std::uint32_t(p[1]) << 8 | p[2];
        }
    }
    cairo_surface_mark_dirty(surface);
    return surface;
}

// Lays out (and, when draw, draws) a page's blocks with their text scaled; returns the height used.
double layOut(cairo_t* cr, const Fonts& fonts, const HandoutPage& page, double width, double scale, bool draw) {
    double y = kMargin;
    for (const HandoutBlock& block : page.blocks) {
        Style style = styleOf(block.kind);
        y += style.spaceBefore * scale;
        if (block.kind == HandoutBlock::Kind::Image) {
            if (!block.image || block.image->width <= 0 || block.image->height <= 0) continue;
            double height = width * block.image->height / block.image->width;
            if (draw) {
                cairo_surface_t* surface = imageSurface(*block.image);
                cairo_save(cr);
                cairo_translate(cr, kMargin, y);
                cairo_scale(cr, width / block.image->width, height / block.image->height);
                cairo_set_source_surface(cr, surface, 0, 0);
                cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD);
                cairo_paint(cr);
                cairo_restore(cr);
                cairo_surface_destroy(surface);
            }
            y += height;
            continue;
        }
        double size = style.size * scale;
        cairo_set_font_face(cr, fonts.face(style.bold));
        cairo_set_font_size(cr, size);
        cairo_set_source_rgb(cr, style.grey, style.grey, style.grey);
        for (const std::string& line : wrapped(cr, block.text, width)) {
            y += size;
            if (draw) {
                cairo_move_to(cr, kMargin, y);
                cairo_show_text(cr, line.c_str());
            }
            y += size * (kLineSpacing - 1);
        }
    }
    return y;
}

} // namespace

std::filesystem::path handoutTemporaryPath(const std::filesystem::path& path) {
    std::filesystem::path temporary = path;
    temporary += ".partial";
    return temporary;
}

std::string writeHandoutPdf(const std::filesystem::path& path, const std::vector<HandoutPage>& pages, Paper paper,
                            const std::filesystem::path& fontFolder) {
    Fonts fonts(fontFolder);
    if (!fonts.ok()) return "cannot read the fonts in " + fontFolder.string();
    double pageWidth = paper == Paper::A4 ? 210 * kPointsPerMm : 612, pageHeight = paper == Paper::A4 ? 297 * kPointsPerMm : 792;
    std::filesystem::path temporary = handoutTemporaryPath(path);
    cairo_surface_t* surface = cairo_pdf_surface_create(temporary.c_str(), pageWidth, pageHeight);
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "csto-atlas");
    cairo_t* cr = cairo_create(surface);
    double width = pageWidth - 2 * kMargin, bottom = pageHeight - kMargin;
    for (const HandoutPage& page : pages) {
        double scale = 1;
        while (page.shrinkToFit && scale > 0.55 && layOut(cr, fonts, page, width, scale, false) > bottom) scale -= 0.05;
        layOut(cr, fonts, page, width, scale, true);
        cairo_set_font_face(cr, fonts.face(false));
        cairo_set_font_size(cr, 8);
        cairo_set_source_rgb(cr, 0.4, 0.4, 0.4);
        cairo_move_to(cr, kMargin, pageHeight - kMargin / 2);
        cairo_show_text(cr, page.footer.c_str());
        cairo_show_page(cr);
    }
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    cairo_status_t status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    std::error_code ec;
    if (status != CAIRO_STATUS_SUCCESS) {
        std::filesystem::remove(temporary, ec);
        return "cannot write " + path.string() + ": " + cairo_status_to_string(status);
    }
    std::filesystem::rename(temporary, path, ec);
    if (ec) {
        std::filesystem::remove(temporary, ec);
        return "cannot write " + path.string() + ": " + ec.message();
    }
    return {};
}

} // namespace atlas::exporting
