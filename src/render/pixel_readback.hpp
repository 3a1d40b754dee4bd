// render/pixel_readback.hpp: asynchronous read-back through two pixel-pack buffers: the read of
// one frame is started, and collected only after the next frame is drawn.
#pragma once

#include <epoxy/gl.h>

#include <cstdint>
#include <optional>
#include <vector>

namespace atlas::render {

class PixelReadback {
public:
    // Needs a current GL context; reads frames of this size from the bound read framebuffer.
    PixelReadback(int width, int height);
    ~PixelReadback();
    PixelReadback(const PixelReadback&) = delete;
    PixelReadback& operator=(const PixelReadback&) = delete;

    // Starts reading the bound framebuffer and returns the rows of the read started before this
    // one (bottom row first), or nothing for the first.
    std::optional<std::vector<std::uint8_t>> exchange();
    // The rows of the last read started, or nothing when none is pending.
    std::optional<std::vector<std::uint8_t>> finish();

private:
    std::vector<std::uint8_t> collect(int slot);

    int m_width;
    int m_height;
    GLuint m_buffers[2] = {0, 0};
    int m_next = 0;
    std::optional<int> m_pending;
};

} // namespace atlas::render
