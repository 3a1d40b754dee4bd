// render/frame_texture.cpp: glCopyTexSubImage2D into an RGBA8 texture sized on first use; its
// mipmaps made when it is next shown.
#include "render/frame_texture.hpp"

namespace atlas::render {

FrameTexture::FrameTexture() {
    glGenTextures(1, &m_texture);
    glBindTexture(GL_TEXTURE_2D, m_texture);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR_MIPMAP_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
}

FrameTexture::~FrameTexture() { glDeleteTextures(1, &m_texture); }

void FrameTexture::copyFromBound(int width, int height) {
    glBindTexture(GL_TEXTURE_2D, m_texture);
    if (width != m_width || height != m_height) {
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
        m_width = width;
        m_height = height;
    }
    glCopyTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, 0, 0, width, height);
    m_mipmapsStale = true;
}

void FrameTexture::updateMipmaps() {
    if (!m_mipmapsStale) return;
    glBindTexture(GL_TEXTURE_2D, m_texture);
    glGenerateMipmap(GL_TEXTURE_2D);
    m_mipmapsStale = false;
}

} // namespace atlas::render
