// core/frame/map_style.cpp: which fill each country gets, and colour mixing.
#include "core/frame/map_style.hpp"

namespace atlas::core {

bool isMember(std::string_view isoA3) {
    for (const MemberColor& member : kMemberColors)
        if (member.isoA3 == isoA3) return true;
    return false;
}

Color countryFill(std::string_view isoA3, const MapStyle& style) {
    for (const MemberColor& member : style.memberFills)
        if (member.isoA3 == isoA3) return member.fill;
    return style.land;
}

Color stateFill(std::string_view isoA3, const MapStyle& style) {
    for (const MemberColor& past : style.pastMemberFills)
        if (past.isoA3 == isoA3) return past.fill;
    return countryFill(isoA3, style);
}

Color mix(const Color& a, const Color& b, float amount) {
    auto at = [amount](float x, float y) { return x + (y - x) * amount; };
    return {at(a.r, b.r), at(a.g, b.g), at(a.b, b.b), at(a.a, b.a)};
}

} // namespace atlas::core
