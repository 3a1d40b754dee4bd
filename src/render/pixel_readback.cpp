// render/pixel_readback.cpp: glReadPixels into GL_PIXEL_PACK_BUFFERs, mapped one frame later.
#include "render/pixel_readback.hpp"

#include <cstring>
#include <stdexcept>

namespace atlas::render {

namespace {

std::size_t frameBytes(int width, int height) { return std::size_t(width) * std::size_t(height) * 4; }

} // namespace

PixelReadback::PixelReadback(int width, int height) : m_width(width), m_height(height) {
    glGenBuffers(2, m_buffers);
    for (GLuint buffer : m_buffers) {
        glBindBuffer(GL_PIXEL_PACK_BUFFER, buffer);
        glBufferData(GL_PIXEL_PACK_BUFFER, GLsizeiptr(frameBytes(width, height)), nullptr, GL_STREAM_READ);
    }
    glBindBuffer(GL_PIXEL_PACK_BUFFER, 0);
}

PixelReadback::~PixelReadback() { glDeleteBuffers(2, m_buffers); }

std::optional<std::vector<std::uint8_t>> PixelReadback::exchange() {
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glBindBuffer(GL_PIXEL_PACK_BUFFER, m_buffers[m_next]);
    glReadPixels(0, 0, m_width, m_height, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    glBindBuffer(GL_PIXEL_PACK_BUFFER, 0);
    std::optional<std::vector<std::uint8_t>> previous = finish();
    m_pending = m_next;
    m_next = 1 - m_next;
    return previous;
}

std::optional<std::vector<std::uint8_t>> PixelReadback::finish() {
    if (!m_pending) return std::nullopt;
    int slot = *m_pending;
    m_pending.reset();
    return collect(slot);
}

std::vector<std::uint8_t> PixelReadback::collect(int slot) {
    std::vector<std::uint8_t> rows(frameBytes(m_width, m_height));
    glBindBuffer(GL_PIXEL_PACK_BUFFER, m_buffers[slot]);
    const void* mapped = glMapBufferRange(GL_PIXEL_PACK_BUFFER, 0, GLsizeiptr(rows.size()), GL_MAP_READ_BIT);
    if (!mapped) {
        glBindBuffer(GL_PIXEL_PACK_BUFFER, 0);
        throw std::runtime_error("cannot map the read-back buffer of a frame");
    }
    std::memcpy(rows.data(), mapped, rows.size());
    glUnmapBuffer(GL_PIXEL_PACK_BUFFER);
    glBindBuffer(GL_PIXEL_PACK_BUFFER, 0);
    return rows;
}

} // namespace atlas::render
