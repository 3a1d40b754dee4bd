// core/frame/color.hpp: an sRGB colour with alpha, written as 0xRRGGBB in code. Standard library only.
#pragma once

#include <cstdint>

namespace atlas::core {

struct Color {
    float r = 0, g = 0, b = 0, a = 1;

    static constexpr Color hex(std::uint32_t rgb, float alpha = 1) {
        return {float((rgb >> 16) & 0xff) / 255.f, float((rgb >> 8) & 0xff) / 255.f, float(rgb & 0xff) / 255.f, alpha};
    }
    constexpr Color withAlpha(float alpha) const { return {r, g, b, alpha}; }
};

} // namespace atlas::core
