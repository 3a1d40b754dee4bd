// core/presentation/card_style.hpp: the cards of a presentation (title, caption, pane headers,
// progress): colours and type sizes for a projector at the back of a hall. The map under them is
// drawn in the `presentation` map style. Standard library only.
#pragma once

#include "core/frame/color.hpp"

namespace atlas::core {

struct CardStyle {
    Color panel = Color::hex(0x14213D); // opaque: the map never shows through a card
    Color text = Color::hex(0xFFFFFF);
    Color textMinor = Color::hex(0xD5DCE8);
    Color paper = Color::hex(0xEDEAE3); // a cell of the frame that holds no map
    Color progress = Color::hex(0x14213D);
    Color progressDone = Color::hex(0x6C7A96);
    double titleSize = 56;
    double subtitleSize = 28;
    double headingSize = 28;
    double captionSize = 28;
    double sourcesSize = 18;
    double dateSize = 34;
    double paneTitleSize = 28;
    double paneTextSize = 28;
    double margin = 28;
    double padding = 20;
    double corner = 10;
};

} // namespace atlas::core
