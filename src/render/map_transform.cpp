// render/map_transform.cpp: camera uniforms relative to a buffer origin, to keep float precision.
#include "render/map_transform.hpp"

namespace atlas::render {

void useViewport(const core::Viewport& v) {
    glViewport(v.left, v.bottom, v.width, v.height);
    glScissor(v.left, v.bottom, v.width, v.height);
    glEnable(GL_SCISSOR_TEST);
}

void setMapTransform(const ShaderProgram& program, const core::FrameState& frame, core::Vec2 origin) {
    core::Vec2 center = frame.camera.center() - origin;
    glUniform2f(program.uniform("u_center"), float(center.x), float(center.y));
    glUniform1f(program.uniform("u_pixelsPerMetre"), float(1.0 / frame.camera.metresPerPixel()));
    glUniform2f(program.uniform("u_viewport"), float(frame.viewport.width), float(frame.viewport.height));
}

} // namespace atlas::render
