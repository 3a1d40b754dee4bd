// render/frame_texture.hpp: a frame kept as a texture to be shown smaller elsewhere (the
// presenter's view of the audience's frame and of the next chapter's): copied from the bound
// framebuffer, with mipmaps so that it stays sharp when scaled down.
#pragma once

#include <epoxy/gl.h>

namespace atlas::render {

class FrameTexture {
public:
    FrameTexture();
    ~FrameTexture();
    FrameTexture(const FrameTexture&) = delete;
    FrameTexture& operator=(const FrameTexture&) = delete;

    // Copies the lower left width x height pixels of the framebuffer bound for reading (the
    // window's back buffer after a frame was drawn, or an offscreen target).
    void copyFromBound(int width, int height);
    // Makes the smaller sizes of the last copy (once per copy, just before it is shown).
    void updateMipmaps();

    GLuint id() const { return m_texture; }
    int width() const { return m_width; }
    int height() const { return m_height; }
    bool empty() const { return m_width == 0; }

private:
    GLuint m_texture = 0;
    int m_width = 0;
    int m_height = 0;
    bool m_mipmapsStale = false;
};

} // namespace atlas::render
