// render/gpu_mesh.cpp: vertex array set-up and visibility runs.
#include "render/gpu_mesh.hpp"

namespace atlas::render {

GpuMesh::GpuMesh() {
    glGenVertexArrays(1, &m_vao);
    glGenBuffers(1, &m_vbo);
}

GpuMesh::~GpuMesh() {
    glDeleteBuffers(1, &m_vbo);
    glDeleteVertexArrays(1, &m_vao);
}

void GpuMesh::upload(const std::vector<float>& data, std::initializer_list<Attribute> attributes, GLenum usage,
                     GLint stride) {
    glBindVertexArray(m_vao);
    glBindBuffer(GL_ARRAY_BUFFER, m_vbo);
    glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(data.size() * sizeof(float)), data.data(), usage);
    m_attributes.assign(attributes.begin(), attributes.end());
    GLint packed = 0;
    for (Attribute& a : m_attributes) {
        if (a.offset < 0) a.offset = packed;
        packed = a.offset + a.components;
        glEnableVertexAttribArray(a.location);
        glVertexAttribDivisor(a.location, a.divisor);
    }
    m_stride = stride > 0 ? stride : packed;
    rebase(0);
    glBindVertexArray(0);
}

void GpuMesh::rebase(GLint first) const {
    glBindBuffer(GL_ARRAY_BUFFER, m_vbo);
    std::size_t base = std::size_t(first) * std::size_t(m_stride);
    for (const Attribute& a : m_attributes)
        glVertexAttribPointer(a.location, a.components, GL_FLOAT, GL_FALSE, GLsizei(m_stride * sizeof(float)),
                              reinterpret_cast<const void*>((base + std::size_t(a.offset)) * sizeof(float)));
}

std::vector<std::pair<GLint, GLsizei>> GpuMesh::visibleRuns(const core::Box& visible) const {
    std::vector<std::pair<GLint, GLsizei>> runs;
    for (const FeatureRange& range : ranges) {
        if (range.count == 0 || !range.bounds.intersects(visible)) continue;
        if (!runs.empty() && runs.back().first + runs.back().second == range.first)
            runs.back().second += range.count;
        else
            runs.emplace_back(range.first, range.count);
    }
    return runs;
}

} // namespace atlas::render
