// render/screen_target.hpp: the window's own framebuffer as a target: bound for a frame, or
// cleared to a grey level (a presentation's black or white screen).
#pragma once

#include "core/geo/camera.hpp"

namespace atlas::render {

void bindScreen();
// level: 0 black, 1 white.
void clearScreen(const core::Viewport& viewport, float level);

} // namespace atlas::render
