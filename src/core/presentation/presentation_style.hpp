// core/presentation/presentation_style.hpp: the look of a presentation, made for a projector at the back of a
// hall: stronger fills (Paul Tol's "bright" scheme, still safe for colour-blind viewers), darker
// and wider lines, larger type, and the cards' colours. Standard library only.
#pragma once

#include "core/frame/map_style.hpp"

namespace atlas::core {

struct CardStyle {
    Color panel = Color::hex(0x14213D, 0.88f);
    Color text = Color::hex(0xFFFFFF);
    Color textMinor = Color::hex(0xD5DCE8);
    Color progress = Color::hex(0x14213D);
    Color progressDone = Color::hex(0x6C7A96);
    double titleSize = 56;
    double subtitleSize = 28;
    double headingSize = 28;
    double captionSize = 26;
    double sourcesSize = 17;
    double dateSize = 34;
    double creditSize = 14;
    double paneTitleSize = 28;
    double paneTextSize = 22;
    double margin = 28;
    double padding = 20;
    double corner = 10;
};

MapStyle presentationMapStyle();

} // namespace atlas::core
