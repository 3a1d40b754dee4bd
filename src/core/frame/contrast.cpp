// core/frame/contrast.cpp: sRGB luminance as WCAG defines it, and a search along text's hue
// towards black or white.
#include "core/frame/contrast.hpp"

#include <algorithm>
#include <cmath>

#include "core/frame/map_style.hpp"

namespace atlas::core {

namespace {

double linear(float channel) {
    return channel <= 0.04045f ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

} // namespace

double relativeLuminance(const Color& c) { return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b); }

double contrastRatio(const Color& a, const Color& b) {
    double la = relativeLuminance(a), lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Color over(const Color& top, const Color& bottom) {
    Color opaque = mix(bottom, top.withAlpha(1), top.a);
    return opaque.withAlpha(1);
}

std::optional<Color> readableOn(const Color& text, double opacity, const Color& background) {
    Color towards = relativeLuminance(background) > 0.18 ? Color::hex(0x000000) : Color::hex(0xFFFFFF);
    for (int step = 0; step <= 20; ++step) {
        Color shade = mix(text.withAlpha(1), towards, float(step) / 20);
        if (contrastRatio(over(shade.withAlpha(float(opacity)), background), background) >= kReadableContrast)
            return shade.withAlpha(float(opacity));
    }
    return std::nullopt;
}

} // namespace atlas::core
