// ui/status_bar.hpp: the line along the bottom of the window: the cursor's longitude and
// latitude, the scale, the button that shows or hides the panels, and how many load messages there are.
#pragma once

#include <optional>

#include "core/geo/geometry.hpp"

namespace atlas::ui {

// Height of the status line in window coordinates.
inline constexpr float kStatusBarHeight = 26;

struct StatusInfo {
    std::optional<core::LonLat> cursor; // none when the cursor is off the map
    double kilometresPerPixel = 0;
    int messageCount = 0;
    bool panelsShown = true;
};

struct StatusRequest {
    bool messages = false;     // the message count was clicked (show the messages)
    bool togglePanels = false; // show or hide the panels' dock
};

StatusRequest drawStatusBar(const StatusInfo& info);

} // namespace atlas::ui
