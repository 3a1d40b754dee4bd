// core/frame/map_hover.hpp: what lies under the pointer on the map at a time, for its tooltip: the
// topmost of a guarded site, a request, a contingent's arc, an affected region, a state; each
// with its dates and figures as the sources give them, and the sources. Standard library only.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "core/frame/frame_state.hpp"
#include "core/story/story_index.hpp"

namespace atlas::core {

struct HoverInfo {
    std::string title;
    std::vector<std::string> lines;
    std::string event; // the story event it stands for, which a click shows in the inspector; or ""
};

// frame: the frame on screen (its camera, viewport and style), evaluated at time.
std::optional<HoverInfo> hoverAt(const MapData& data, const StoryIndex& story, std::chrono::sys_seconds time,
                                 const FrameState& frame, Vec2 screen);

} // namespace atlas::core
