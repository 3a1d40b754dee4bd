// render/stroke_layer.hpp: the frame's strokes (deployment arcs, request arrows, region
// outlines), drawn every frame on top of the base map, one draw per run of the same style.
#pragma once

#include "core/frame/frame_state.hpp"
#include "render/shader_program.hpp"

namespace atlas::render {

void drawStrokes(const core::FrameState& frame, const ShaderProgram& lineProgram);

} // namespace atlas::render
