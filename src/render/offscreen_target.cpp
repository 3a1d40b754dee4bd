// render/offscreen_target.cpp: an RGBA8 colour renderbuffer behind an FBO.
#include "render/offscreen_target.hpp"

#include <stdexcept>
#include <string>

#include "core/frame/premultiplied_rows.hpp"

namespace atlas::render {

OffscreenTarget::OffscreenTarget(int width, int height) : m_width(width), m_height(height) {
    GLint maxSize = 0;
    glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &maxSize);
    if (width <= 0 || height <= 0 || width > maxSize || height > maxSize)
        throw std::runtime_error("frame size " + std::to_string(width) + "x" + std::to_string(height) +
                                 " is outside this OpenGL's limit of " + std::to_string(maxSize));
    glGenFramebuffers(1, &m_framebuffer);
    glGenRenderbuffers(1, &m_color);
    glBindRenderbuffer(GL_RENDERBUFFER, m_color);
    glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, width, height);
    glBindFramebuffer(GL_FRAMEBUFFER, m_framebuffer);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, m_color);
    if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE)
        throw std::runtime_error("cannot create an offscreen framebuffer of " + std::to_string(width) + "x" +
                                 std::to_string(height));
}

OffscreenTarget::~OffscreenTarget() {
    glDeleteRenderbuffers(1, &m_color);
    glDeleteFramebuffers(1, &m_framebuffer);
}

void OffscreenTarget::bind() const { glBindFramebuffer(GL_FRAMEBUFFER, m_framebuffer); }

core::Image OffscreenTarget::read() const {
    std::vector<std::uint8_t> bottomUp(std::size_t(m_width) * std::size_t(m_height) * 4);
    bind();
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, m_width, m_height, GL_RGBA, GL_UNSIGNED_BYTE, bottomUp.data());
    return core::imageFromPremultipliedRows(bottomUp, m_width, m_height);
}

} // namespace atlas::render
