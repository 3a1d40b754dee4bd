// app/window/window_viewport.cpp: the map's viewport from the window's drawable size and the dock's width.
#include "app/window/window_viewport.hpp"

#include <algorithm>
#include <cmath>

#include "ui/status_bar.hpp"
#include "ui/timeline_panel.hpp"

namespace atlas::app {

core::Viewport windowViewport(const platform::SdlWindow& window, const ui::PanelDock& dock) {
    core::Viewport viewport;
    int width = 0, height = 0;
    window.drawableSize(width, height);
    viewport.pixelScale = window.pixelRatio();
    viewport.bottom = std::min(height - 1, int(std::lround((ui::kStatusBarHeight + ui::kTimelineHeight) * viewport.pixelScale)));
    int docked = std::min(width - 1, int(std::lround(ui::dockWidth(dock, float(width / viewport.pixelScale)) * viewport.pixelScale)));
    viewport.left = dock.left ? docked : 0;
    viewport.width = width - docked;
    viewport.height = height - viewport.bottom;
    return viewport;
}

} // namespace atlas::app
