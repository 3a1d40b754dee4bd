// core/frame/map_styles.cpp: the type scale and line weights of each style; the colours are the
// defaults of MapStyle in all of them.
#include "core/frame/map_styles.hpp"

namespace atlas::core {

namespace {

// Weights and sizes for a frame seen from afar: a hall or a phone.
MapStyle large(MapStyle s) {
    s.countryBorderWidth = 1.8;
    s.regionBorderWidth = 0.9;
    s.disputedBorderWidth = 2.2;
    s.disputedDash = 8;
    s.disputedGap = 6;
    s.capitalRadius = 5;
    s.siteRadius = 15;
    s.requestRadius = 10;
    s.hatchSpacing = 10;
    return s;
}

} // namespace

std::optional<StyleName> styleNamed(std::string_view name) {
    for (StyleName style : {StyleName::Screen, StyleName::Presentation, StyleName::Video})
        if (nameOf(style) == name) return style;
    return std::nullopt;
}

std::string_view nameOf(StyleName style) {
    switch (style) {
    case StyleName::Screen: return "screen";
    case StyleName::Presentation: return "presentation";
    case StyleName::Video: return "video";
    }
    return "screen";
}

MapStyle mapStyle(StyleName style) {
    MapStyle s;
    if (style == StyleName::Screen) return s;
    s = large(s);
    s.labelText = Color::hex(0x1A1A1A);
    s.labelTextMinor = Color::hex(0x3A3835);
    s.memberLabelSize = 30;
    s.countryLabelSize = 20;
    s.capitalLabelSize = 20;
    s.scaleBarLabelSize = 18;
    s.dateLabelSize = 40;
    s.headlineSize = 36;
    s.eventLabelSize = 22;
    s.eventPlaceLabelSize = 24;
    s.legendLabelSize = 20;
    s.sourcesLabelSize = 18;
    if (style == StyleName::Presentation) s.sourcesLabelSize = 15; // in the caption card, not on the map
    return s;
}

} // namespace atlas::core
