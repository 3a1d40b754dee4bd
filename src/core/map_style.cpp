// core/map_style.cpp: which fill each country gets.
#include "core/map_style.hpp"

namespace atlas::core {

bool isMember(std::string_view isoA3) {
    for (const MemberColor& member : kMemberColors)
        if (member.isoA3 == isoA3) return true;
    return false;
}

Color countryFill(std::string_view isoA3, const MapStyle& style) {
    for (const MemberColor& member : kMemberColors)
        if (member.isoA3 == isoA3) return member.fill;
    return style.land;
}

} // namespace atlas::core
