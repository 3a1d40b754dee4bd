// render/offscreen_target.hpp: a framebuffer object of a given size to render frames into
// without a window, and its read-back as an image.
#pragma once

#include <epoxy/gl.h>

#include "core/frame/image.hpp"

namespace atlas::render {

class OffscreenTarget {
public:
    // Throws std::runtime_error when the size exceeds the GL limits or the FBO is incomplete.
    OffscreenTarget(int width, int height);
    ~OffscreenTarget();
    OffscreenTarget(const OffscreenTarget&) = delete;
    OffscreenTarget& operator=(const OffscreenTarget&) = delete;

    void bind() const;
    // Reads the frame back, top row first, with alpha un-premultiplied.
    core::Image read() const;

private:
    int m_width;
    int m_height;
    GLuint m_framebuffer = 0;
    GLuint m_color = 0;
};

} // namespace atlas::render
