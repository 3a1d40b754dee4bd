// core/map_style.hpp: the map's colours, line widths and type sizes, in layout pixels.
// Member fills are Paul Tol's "light" scheme: distinct for colour-blind viewers and under labels.
// Standard library only.
#pragma once

#include <array>
#include <string_view>

#include "core/color.hpp"

namespace atlas::core {

struct MemberColor {
    std::string_view isoA3;
    Color fill;
};

// The six member states of the organisation today, each with its own fill.
inline constexpr std::array<MemberColor, 6> kMemberColors = {{
    {"RUS", Color::hex(0x77AADD)},
    {"KAZ", Color::hex(0xEEDD88)},
    {"BLR", Color::hex(0xFFAABB)},
    {"ARM", Color::hex(0xEE8866)},
    {"KGZ", Color::hex(0x44BB99)},
    {"TJK", Color::hex(0xBBCC33)},
}};

struct MapStyle {
    Color sea = Color::hex(0xD4E3EC);
    Color land = Color::hex(0xF4F2EE);
    Color countryBorder = Color::hex(0x6E6A66);
    Color regionBorder = Color::hex(0xABA6A0);
    Color disputedBorder = Color::hex(0x8E3B46);
    Color labelText = Color::hex(0x2B2B2B);
    Color labelTextMinor = Color::hex(0x6A6661);
    Color labelHalo = Color::hex(0xFFFFFF, 0.85f);
    Color capitalFill = Color::hex(0xFFFFFF);
    Color capitalOutline = Color::hex(0x2B2B2B);

    double countryBorderWidth = 1.1;
    double regionBorderWidth = 0.6;
    double disputedBorderWidth = 1.4;
    double disputedDash = 5;
    double disputedGap = 4;
    double memberLabelSize = 15;
    double countryLabelSize = 12;
    double capitalLabelSize = 12;
    double capitalRadius = 3.2;
    double scaleBarLabelSize = 11;
    // Regions of non-members appear only when zoomed in closer than this.
    double otherRegionsBelowMetresPerPixel = 2500;
};

// The fill of a country: its member colour, or the neutral land colour.
Color countryFill(std::string_view isoA3, const MapStyle& style);
bool isMember(std::string_view isoA3);

} // namespace atlas::core
