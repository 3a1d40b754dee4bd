// render/font.hpp: a regular and a bold face rasterised with FreeType into one glyph atlas
// (coverage in red, a dilated halo in green), at whole-pixel sizes for crisp text.
#pragma once

#include <epoxy/gl.h>

#include <cstdint>
#include <filesystem>
#include <map>
#include <tuple>
#include <vector>

#include "core/text/text_measure.hpp"

typedef struct FT_LibraryRec_* FT_Library;
typedef struct FT_FaceRec_* FT_Face;

namespace atlas::render {

struct Glyph {
    float u0 = 0, v0 = 0, u1 = 0, v1 = 0; // atlas texture coordinates
    int left = 0, top = 0;                // quad offset from the pen position, pixels (top is up)
    int width = 0, height = 0;            // quad size, pixels
    int advance = 0;                      // pixels
};

class Font final : public core::TextMeasure {
public:
    // Throws std::runtime_error naming the file when a face cannot be loaded.
    Font(const std::filesystem::path& regular, const std::filesystem::path& bold);
    ~Font() override;
    Font(const Font&) = delete;
    Font& operator=(const Font&) = delete;

    double width(std::string_view utf8, double sizePixels, bool bold) const override;

    // The glyph of a code point at a size, rasterised into the atlas on first use.
    const Glyph& glyph(std::uint32_t codepoint, double sizePixels, bool bold);

    // Binds the atlas texture to the active unit, uploading new glyphs first.
    void bindAtlas();

private:
    using Key = std::tuple<bool, int, std::uint32_t>; // bold, pixel size, code point

    const Glyph& rasterise(const Key& key);
    FT_Face face(bool bold, int pixelSize) const;

    FT_Library m_library = nullptr;
    FT_Face m_faces[2] = {nullptr, nullptr};
    mutable std::map<Key, int> m_advances;
    std::map<Key, Glyph> m_glyphs;
    std::vector<std::uint8_t> m_atlas; // RG8, kAtlasSize squared
    int m_shelfX = 0, m_shelfY = 0, m_shelfHeight = 0;
    bool m_dirty = true;
    GLuint m_texture = 0;
};

} // namespace atlas::render
