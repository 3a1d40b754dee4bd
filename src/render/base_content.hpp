// render/base_content.hpp: what the base map (fills and borders) of a frame depends on beyond its
// camera, as one number: the caches of drawn base maps keep what they drew under it.
#pragma once

#include <cstdint>

#include "core/frame/frame_state.hpp"

namespace atlas::render {

// A hash of the country fills, the pixel scale and the base map's style (a presentation draws it
// in stronger colours and wider lines).
std::uint64_t baseContentHash(const core::FrameState& frame);

} // namespace atlas::render
