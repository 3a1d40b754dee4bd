// core/text/utf8.cpp: a strict UTF-8 decoder (no overlongs, no surrogates, nothing above U+10FFFF).
#include "core/text/utf8.hpp"

namespace atlas::core {

namespace {

// Decodes one code point at text[i]; returns its length in bytes, or 0 when invalid.
std::size_t decodeOne(std::string_view text, std::size_t i, std::uint32_t& out) {
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    unsigned char lead = byte(i);
    std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || i + length > text.size()) return 0;
    std::uint32_t cp = length == 1 ? lead : lead & (0x7F >> length);
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (byte(i + k) & 0x3F);
    }
    static constexpr std::uint32_t kMinimum[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMinimum[length] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    out = cp;
    return length;
}

} // namespace

bool isValidUtf8(std::string_view text) {
    std::uint32_t cp = 0;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t n = decodeOne(text, i, cp);
        if (n == 0) return false;
        i += n;
    }
    return true;
}

std::vector<std::uint32_t> decodeUtf8(std::string_view text) {
    std::vector<std::uint32_t> out;
    std::uint32_t cp = 0;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t n = decodeOne(text, i, cp);
        out.push_back(n ? cp : 0xFFFD);
        i += n ? n : 1;
    }
    return out;
}

} // namespace atlas::core
