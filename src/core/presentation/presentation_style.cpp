// core/presentation/presentation_style.cpp: the projector's map colours and sizes.
#include "core/presentation/presentation_style.hpp"

namespace atlas::core {

namespace {

constexpr std::array<MemberColor, 6> kBrightMembers = {{
    {"RUS", Color::hex(0x4477AA)},
    {"KAZ", Color::hex(0xCCBB44)},
    {"BLR", Color::hex(0xEE6677)},
    {"ARM", Color::hex(0xAA3377)},
    {"KGZ", Color::hex(0x228833)},
    {"TJK", Color::hex(0x66CCEE)},
}};

constexpr std::array<MemberColor, 3> kBrightPastMembers = {{
    {"UZB", Color::hex(0xBB5599)},
    {"AZE", Color::hex(0x009988)},
    {"GEO", Color::hex(0xBBBBBB)},
}};

} // namespace

MapStyle presentationMapStyle() {
    MapStyle s;
    s.memberFills = kBrightMembers;
    s.pastMemberFills = kBrightPastMembers;
    s.sea = Color::hex(0xA9CCE3);
    s.land = Color::hex(0xF7F5F0);
    s.countryBorder = Color::hex(0x2E2B28);
    s.regionBorder = Color::hex(0x7D7771);
    s.labelText = Color::hex(0x111111);
    s.labelTextMinor = Color::hex(0x3A3835);
    s.labelHalo = Color::hex(0xFFFFFF, 0.92f);
    s.formerMemberMix = 0.45f;
    s.countryBorderWidth = 1.8;
    s.regionBorderWidth = 0.9;
    s.disputedBorderWidth = 2.2;
    s.disputedDash = 8;
    s.disputedGap = 6;
    s.memberLabelSize = 26;
    s.countryLabelSize = 20;
    s.capitalLabelSize = 20;
    s.capitalRadius = 5;
    s.scaleBarLabelSize = 16;
    s.dateLabelSize = 40;
    s.eventLabelSize = 22;
    s.legendLabelSize = 22;
    s.sourcesLabelSize = 15;
    s.siteRadius = 15;
    s.requestRadius = 10;
    return s;
}

} // namespace atlas::core
