// app/window/screen_placement.hpp: where the audience's window and the presenter's view go. With
// two displays or more, the presenter's view stays on the display it was opened on and the
// audience's window fills the first other one; with one display, they share it side by side.
#pragma once

#include <vector>

#include "platform/sdl_window.hpp"

namespace atlas::app {

struct ScreenPlacement {
    platform::DisplayBounds audience;
    bool audienceFullscreen = false;
    platform::DisplayBounds presenter;
};

// displays: at least one (SDL reports none only without video); presenterDisplay: an index into them.
ScreenPlacement placeScreens(const std::vector<platform::DisplayBounds>& displays, int presenterDisplay);

} // namespace atlas::app
