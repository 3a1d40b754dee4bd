// render/draw_mode.hpp: how exactly a frame is drawn: every layer at its own detail level, or
// the base map from cached tiles while the view moves.
#pragma once

namespace atlas::render {

enum class DrawMode {
    Exact,       // every layer at the frame's own detail level (at rest, exports, render, tests)
    Interactive, // a level still being built is replaced by the nearest built one; the base map from tiles
};

} // namespace atlas::render
