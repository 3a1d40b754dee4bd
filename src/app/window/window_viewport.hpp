// app/window/window_viewport.hpp: the part of the window the map fills: all of it above the
// timeline and the status line, in drawable pixels.
#pragma once

#include "core/geo/camera.hpp"
#include "platform/sdl_window.hpp"

namespace atlas::app {

core::Viewport windowViewport(const platform::SdlWindow& window);

} // namespace atlas::app
