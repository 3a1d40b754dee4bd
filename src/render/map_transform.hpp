// render/map_transform.hpp: where a frame lies in the framebuffer, and the uniforms that place
// map metres on it, shared by the fill and line programs.
#pragma once

#include <epoxy/gl.h>

#include "core/frame/frame_state.hpp"
#include "render/shader_program.hpp"

namespace atlas::render {

// Draws into the frame's viewport only (a pane of the framebuffer, or all of it above `bottom`).
void useViewport(const core::Viewport& viewport);

// Sets u_center, u_pixelsPerMetre and u_viewport; origin is the buffer's own origin in metres.
void setMapTransform(const ShaderProgram& program, const core::FrameState& frame, core::Vec2 origin);

} // namespace atlas::render
