// io/layout_report.hpp: what a frame drew, as JSON: every text with its box, size, colours and
// what it names, the markers, arcs and cards, and the labels that found no room. Written by
// `render --layout` and `export --layout` from the very frames they draw, and read by the tests.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/frame/frame_state.hpp"

namespace atlas::io {

// frames: the frames drawn into one picture, in order (a presentation's panes, then its cards);
// boxes are in the picture's pixels, origin top left.
std::string layoutReport(const std::vector<core::FrameState>& frames, std::string_view style, int width, int height);

} // namespace atlas::io
