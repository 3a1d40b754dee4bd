// app/window/window_viewport.hpp: the part of the window the map fills: above the timeline and the
// status line, beside the panels' dock, in drawable pixels.
#pragma once

#include "core/geo/camera.hpp"
#include "platform/sdl_window.hpp"
#include "ui/panel_dock.hpp"

namespace atlas::app {

core::Viewport windowViewport(const platform::SdlWindow& window, const ui::PanelDock& dock);

} // namespace atlas::app
