// core/frame/map_style.hpp: the map's colours, line widths and type sizes, in layout pixels.
// State fills are Paul Tol's "light" scheme: distinct for colour-blind viewers and under labels.
// Standard library only.
#pragma once

#include <array>
#include <span>

#include "core/frame/color.hpp"

namespace atlas::core {

// The fills of the states in the organisation, given in the order they joined (see
// MembershipTimeline::joiningOrder); after the ninth the list starts again. Paul Tol's "light"
// scheme, ordered so that neighbours which joined together differ.
inline constexpr std::array<Color, 9> kStateColors = {
    Color::hex(0xEE8866), Color::hex(0xEEDD88), Color::hex(0x44BB99), Color::hex(0x77AADD), Color::hex(0xBBCC33),
    Color::hex(0xCC99CC), // lilac: a pale blue here would read as water
    Color::hex(0xAAAA00), Color::hex(0xFFAABB), Color::hex(0xDDDDDD),
};

struct MapStyle {
    std::span<const Color> stateColors = kStateColors;
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
    Color cardFill = Color::hex(0xFBFAF7); // behind the date and headline, legend, note and sources

    // The story over time: answers in Paul Tol's "vibrant" scheme, each also with its own symbol.
    Color request = Color::hex(0x0077BB);
    Color refused = Color::hex(0xCC3311);
    Color rebuffed = Color::hex(0xEE7733);
    Color granted = Color::hex(0x009988);
    Color deployment = Color::hex(0x882255);
    Color affectedRegion = Color::hex(0x7F3B08); // dark brown: no state's fill, not the refusal's red
    Color siteFill = Color::hex(0xFFFFFF);
    Color siteInk = Color::hex(0x2B2B2B);
    float formerMemberMix = 0.55f; // how far a former member's fill fades towards the land colour

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
    double dateLabelSize = 20;
    double headlineSize = 22; // bold, above the date
    double eventLabelSize = 12;
    double eventPlaceLabelSize = 12.5; // a place the story names, bold
    double legendLabelSize = 11;
    double sourcesLabelSize = 10;
    double siteRadius = 8;
    double hatchSpacing = 7; // between the lines over an affected region
    double requestRadius = 6;
    // Regions of non-members appear only when zoomed in closer than this.
    double otherRegionsBelowMetresPerPixel = 2500;
};

// The own fill of the state that joined the organisation n-th (0 first).
Color stateFill(std::size_t joiningOrder, const MapStyle& style);
// a towards b by amount (0..1), alpha included.
Color mix(const Color& a, const Color& b, float amount);

} // namespace atlas::core
