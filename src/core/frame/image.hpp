// core/frame/image.hpp: an 8-bit RGBA image, rows top to bottom, straight (not premultiplied) alpha.
// Standard library only.
#pragma once

#include <cstdint>
#include <vector>

namespace atlas::core {

struct Image {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgba; // width * height * 4

    std::uint8_t* pixel(int x, int y) { return &rgba[(std::size_t(y) * std::size_t(width) + std::size_t(x)) * 4]; }
    const std::uint8_t* pixel(int x, int y) const {
        return &rgba[(std::size_t(y) * std::size_t(width) + std::size_t(x)) * 4];
    }
};

} // namespace atlas::core
