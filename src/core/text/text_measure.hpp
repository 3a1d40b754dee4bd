// core/text/text_measure.hpp: how wide a text is, so labels can be placed without knowing the font
// library. Implemented by the renderer's font. Standard library only.
#pragma once

#include <string_view>

namespace atlas::core {

class TextMeasure {
public:
    virtual ~TextMeasure() = default;
    // Advance width in pixels of a UTF-8 text at a pixel size.
    virtual double width(std::string_view utf8, double sizePixels, bool bold) const = 0;
};

} // namespace atlas::core
