// core/frame/map_style.cpp: the fill of a state in the organisation, and colour mixing.
#include "core/frame/map_style.hpp"

namespace atlas::core {

Color stateFill(std::size_t joiningOrder, const MapStyle& style) {
    if (style.stateColors.empty()) return style.land;
    return style.stateColors[joiningOrder % style.stateColors.size()];
}

Color mix(const Color& a, const Color& b, float amount) {
    auto at = [amount](float x, float y) { return x + (y - x) * amount; };
    return {at(a.r, b.r), at(a.g, b.g), at(a.b, b.b), at(a.a, b.a)};
}

} // namespace atlas::core
