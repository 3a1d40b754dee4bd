// render/offscreen_target.cpp: an RGBA8 colour renderbuffer behind an FBO.
#include "render/offscreen_target.hpp"

#include <stdexcept>
#include <string>

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
    core::Image image{m_width, m_height, std::vector<std::uint8_t>(std::size_t(m_width) * std::size_t(m_height) * 4)};
    std::vector<std::uint8_t> bottomUp(image.rgba.size());
    bind();
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, m_width, m_height, GL_RGBA, GL_UNSIGNED_BYTE, bottomUp.data());
    std::size_t row = std::size_t(m_width) * 4;
    for (int y = 0; y < m_height; ++y) {
        const std::uint8_t* src = &bottomUp[std::size_t(m_height - 1 - y) * row];
        std::uint8_t* dst = &image.rgba[std::size_t(y) * row];
        for (std::size_t i = 0; i < row; i += 4) {
            std::uint8_t a = src[i + 3];
            for (int c = 0; c < 3; ++c)
                dst[i + c] = a == 0 || a == 255 ? src[i + c] : std::uint8_t(std::min(255, (src[i + c] * 255 + a / 2) / a));
            dst[i + 3] = a;
        }
    }
    return image;
}

} // namespace atlas::render
