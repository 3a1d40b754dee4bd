// core/frame/premultiplied_rows.cpp: flips the rows and un-premultiplies, rounding to nearest; an
// opaque row (every frame with a sea is opaque) is copied as it is.
#include "core/frame/premultiplied_rows.hpp"

#include <algorithm>

namespace atlas::core {

Image imageFromPremultipliedRows(const std::vector<std::uint8_t>& bottomUp, int width, int height) {
    Image image{width, height, std::vector<std::uint8_t>(bottomUp.size())};
    std::size_t row = std::size_t(width) * 4;
    for (int y = 0; y < height; ++y) {
        const std::uint8_t* src = &bottomUp[std::size_t(height - 1 - y) * row];
        std::uint8_t* dst = &image.rgba[std::size_t(y) * row];
        bool opaque = true;
        for (std::size_t i = 3; i < row && opaque; i += 4) opaque = src[i] == 255;
        if (opaque) {
            std::copy(src, src + row, dst);
            continue;
        }
        for (std::size_t i = 0; i < row; i += 4) {
            std::uint8_t a = src[i + 3];
            for (int c = 0; c < 3; ++c)
                dst[i + c] = a == 0 || a == 255 ? src[i + c] : std::uint8_t(std::min(255, (src[i + c] * 255 + a / 2) / a));
            dst[i + 3] = a;
        }
    }
    return image;
}

} // namespace atlas::core
