// render/base_content.cpp: an FNV-style mix of the values a base map is drawn from.
#include "render/base_content.hpp"

#include <functional>

namespace atlas::render {

std::uint64_t baseContentHash(const core::FrameState& frame) {
    std::uint64_t hash = std::hash<double>{}(frame.viewport.pixelScale);
    auto add = [&](double v) { hash = hash * 1099511628211ull ^ std::hash<double>{}(v); };
    auto addColor = [&](const core::Color& c) {
        for (float v : {c.r, c.g, c.b, c.a}) add(v);
    };
    for (const core::Color& c : frame.countryFills) addColor(c);
    const core::MapStyle& s = frame.style;
    for (const core::Color& c : {s.sea, s.land, s.countryBorder, s.regionBorder, s.disputedBorder}) addColor(c);
    for (double width : {s.countryBorderWidth, s.regionBorderWidth, s.disputedBorderWidth, s.disputedDash, s.disputedGap})
        add(width);
    return hash;
}

} // namespace atlas::render
