// render/screen_target.cpp: framebuffer 0.
#include "render/screen_target.hpp"

#include <epoxy/gl.h>

namespace atlas::render {

void bindScreen() { glBindFramebuffer(GL_FRAMEBUFFER, 0); }

void clearScreen(const core::Viewport& viewport, float level) {
    bindScreen();
    glDisable(GL_SCISSOR_TEST);
    glViewport(0, 0, viewport.width, viewport.height);
    glClearColor(level, level, level, 1);
    glClear(GL_COLOR_BUFFER_BIT);
}

} // namespace atlas::render
