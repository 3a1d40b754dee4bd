// core/frame_state.hpp: everything one frame shows, already evaluated and placed; the renderer
// draws exactly this and decides nothing. Standard library only.
#pragma once

#include <string>
#include <vector>

#include "core/camera.hpp"
#include "core/color.hpp"
#include "core/geometry.hpp"
#include "core/map_style.hpp"

namespace atlas::core {

// A text placed on screen: anchor is the left end of its baseline, in framebuffer pixels.
struct Label {
    std::string text;
    Vec2 baseline;
    double sizePixels = 12;
    bool bold = false;
    Color color;
    Color halo;
    Box box; // screen box it occupies, halo included
};

struct Marker {
    Vec2 screen;
    double radiusPixels = 3;
    Color fill;
    Color outline;
};

struct ScaleBar {
    Vec2 origin;            // left end of the bar, framebuffer pixels
    double lengthPixels = 0;
    std::string text;       // "500 km"
};

struct FrameState {
    Camera camera;
    Viewport viewport;
    MapStyle style;
    int detailLevel = 0;
    std::vector<Color> countryFills; // one per MapData::countries entry
    bool showOtherRegions = false; // regions of non-members, once zoomed in far enough
    std::vector<Label> labels;
    std::vector<Marker> markers;
    ScaleBar scaleBar;
};

} // namespace atlas::core
