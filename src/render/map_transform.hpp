// render/map_transform.hpp: the uniforms that place map metres on the framebuffer, shared by
// the fill and line programs.
#pragma once

#include <epoxy/gl.h>

#include "core/frame_state.hpp"
#include "render/shader_program.hpp"

namespace atlas::render {

// Sets u_center, u_pixelsPerMetre and u_viewport; origin is the buffer's own origin in metres.
void setMapTransform(const ShaderProgram& program, const core::FrameState& frame, core::Vec2 origin);

} // namespace atlas::render
