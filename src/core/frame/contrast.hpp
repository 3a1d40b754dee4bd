// core/frame/contrast.hpp: WCAG 2.x contrast between colours, compositing, and the darkest or
// lightest version of a text colour that still keeps its hue and reads on a background.
// Standard library only.
#pragma once

#include <optional>

#include "core/frame/color.hpp"

namespace atlas::core {

// The WCAG AA ratio for normal text.
inline constexpr double kReadableContrast = 4.5;

double relativeLuminance(const Color& c);
// (lighter + 0.05) / (darker + 0.05) of two opaque colours, 1 to 21.
double contrastRatio(const Color& a, const Color& b);
// top drawn over an opaque bottom with top's alpha: an opaque colour.
Color over(const Color& top, const Color& bottom);
// text's hue, darkened (or lightened on a dark background) until, drawn with opacity over
// background, it reads at kReadableContrast; nothing when no shade of it does at that opacity.
std::optional<Color> readableOn(const Color& text, double opacity, const Color& background);

} // namespace atlas::core
