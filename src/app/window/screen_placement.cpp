// app/window/screen_placement.cpp: the audience full screen elsewhere, or the display halved.
#include "app/window/screen_placement.hpp"

#include <algorithm>

namespace atlas::app {

ScreenPlacement placeScreens(const std::vector<platform::DisplayBounds>& displays, int presenterDisplay) {
    int own = std::clamp(presenterDisplay, 0, int(displays.size()) - 1);
    const platform::DisplayBounds& home = displays[std::size_t(own)];
    if (displays.size() > 1) {
        int other = own == 0 ? 1 : 0;
        return {displays[std::size_t(other)], true, home};
    }
    int left = home.width / 2;
    return {{home.x, home.y, left, home.height}, false, {home.x + left, home.y, home.width - left, home.height}};
}

} // namespace atlas::app
