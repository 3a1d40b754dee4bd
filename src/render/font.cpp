// render/font.cpp: FreeType rasterisation, halo dilation and shelf packing into the atlas.
#include "render/font.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H

#include <cmath>
#include <stdexcept>

#include "core/text/utf8.hpp"

namespace atlas::render {

namespace {

constexpr int kAtlasSize = 1024;

int pixelSizeOf(double sizePixels) { return std::max(1, int(std::lround(sizePixels))); }

int haloRadius(int pixelSize) { return std::max(1, int(std::lround(pixelSize * 0.12))); }

} // namespace

Font::Font(const std::filesystem::path& regular, const std::filesystem::path& bold)
    : m_atlas(std::size_t(kAtlasSize) * kAtlasSize * 2, 0) {
    if (FT_Init_FreeType(&m_library)) throw std::runtime_error("FreeType cannot start");
    const std::filesystem::path* paths[2] = {&regular, &bold};
    for (int i = 0; i < 2; ++i)
        if (FT_New_Face(m_library, paths[i]->c_str(), 0, &m_faces[i]))
            throw std::runtime_error(paths[i]->string() + ": font cannot be loaded");
    glGenTextures(1, &m_texture);
}

Font::~Font() {
    glDeleteTextures(1, &m_texture);
    for (FT_Face f : m_faces)
        if (f) FT_Done_Face(f);
    if (m_library) FT_Done_FreeType(m_library);
}

FT_Face Font::face(bool bold, int pixelSize) const {
    FT_Face f = m_faces[bold ? 1 : 0];
    FT_Set_Pixel_Sizes(f, 0, FT_UInt(pixelSize));
    return f;
}

double Font::width(std::string_view utf8, double sizePixels, bool bold) const {
    int size = pixelSizeOf(sizePixels);
    double total = 0;
    for (std::uint32_t cp : core::decodeUtf8(utf8)) {
        Key key{bold, size, cp};
        auto it = m_advances.find(key);
        if (it == m_advances.end()) {
            FT_Face f = face(bold, size);
            int advance = FT_Load_Char(f, cp, FT_LOAD_DEFAULT | FT_LOAD_TARGET_LIGHT) ? 0 : int(std::lround(f->glyph->advance.x / 64.0));
            it = m_advances.emplace(key, advance).first;
        }
        total += it->second;
    }
    return total;
}

const Glyph& Font::glyph(std::uint32_t codepoint, double sizePixels, bool bold) {
    Key key{bold, pixelSizeOf(sizePixels), codepoint};
    auto it = m_glyphs.find(key);
    return it != m_glyphs.end() ? it->second : rasterise(key);
}

const Glyph& Font::rasterise(const Key& key) {
    auto [bold, size, codepoint] = key;
    FT_Face f = face(bold, size);
    Glyph glyph;
    if (FT_Load_Char(f, codepoint, FT_LOAD_RENDER | FT_LOAD_TARGET_LIGHT)) return m_glyphs[key] = glyph;
    const FT_Bitmap& bitmap = f->glyph->bitmap;
    glyph.advance = int(std::lround(f->glyph->advance.x / 64.0));
    int radius = haloRadius(size);
    int pad = radius + 1;
    int w = int(bitmap.width) + 2 * pad;
    int h = int(bitmap.rows) + 2 * pad;
    if (m_shelfX + w > kAtlasSize) {
        m_shelfX = 0;
        m_shelfY += m_shelfHeight;
        m_shelfHeight = 0;
    }
    if (m_shelfY + h > kAtlasSize) { // full: start again; glyphs are re-rasterised on demand
        m_glyphs.clear();
        std::fill(m_atlas.begin(), m_atlas.end(), 0);
        m_shelfX = m_shelfY = m_shelfHeight = 0;
    }
    auto coverage = [&](int x, int y) -> int {
        x -= pad;
        y -= pad;
        if (x < 0 || y < 0 || x >= int(bitmap.width) || y >= int(bitmap.rows)) return 0;
        return bitmap.buffer[y * bitmap.pitch + x];
    };
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            int halo = 0;
            for (int dy = -radius; dy <= radius; ++dy)
                for (int dx = -radius; dx <= radius; ++dx)
                    if (dx * dx + dy * dy <= radius * radius + radius) halo = std::max(halo, coverage(x + dx, y + dy));
            std::size_t at = (std::size_t(m_shelfY + y) * kAtlasSize + std::size_t(m_shelfX + x)) * 2;
            m_atlas[at] = std::uint8_t(coverage(x, y));
            m_atlas[at + 1] = std::uint8_t(halo);
        }
    glyph.u0 = float(m_shelfX) / kAtlasSize;
    glyph.v0 = float(m_shelfY) / kAtlasSize;
    glyph.u1 = float(m_shelfX + w) / kAtlasSize;
    glyph.v1 = float(m_shelfY + h) / kAtlasSize;
    glyph.left = f->glyph->bitmap_left - pad;
    glyph.top = f->glyph->bitmap_top + pad;
    glyph.width = w;
    glyph.height = h;
    m_shelfX += w;
    m_shelfHeight = std::max(m_shelfHeight, h);
    m_dirty = true;
    return m_glyphs[key] = glyph;
}

void Font::bindAtlas() {
    glBindTexture(GL_TEXTURE_2D, m_texture);
    if (!m_dirty) return;
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RG8, kAtlasSize, kAtlasSize, 0, GL_RG, GL_UNSIGNED_BYTE, m_atlas.data());
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    m_dirty = false;
}

} // namespace atlas::render
