// render/gpu_mesh.hpp: a vertex array with one float vertex buffer, and the vertex range each
// feature occupies in it so that only visible features are drawn.
#pragma once

#include <epoxy/gl.h>

#include <initializer_list>
#include <utility>
#include <vector>

#include "core/geo/geometry.hpp"

namespace atlas::render {

// A run of vertices with its bounds; a large feature is split into several so a frame can skip
// the parts of it that are off screen.
struct FeatureRange {
    GLint first = 0;
    GLsizei count = 0;
    core::Box bounds;
};

struct Attribute {
    GLuint location;
    GLint components;
    GLuint divisor;   // 0 per vertex, 1 per instance
    GLint offset = -1; // floats from the element's start; -1 packs it after the previous one
};

class GpuMesh {
public:
    GpuMesh();
    ~GpuMesh();
    GpuMesh(const GpuMesh&) = delete;
    GpuMesh& operator=(const GpuMesh&) = delete;

    // Uploads interleaved floats laid out as the attributes say; stride is floats per element
    // (0: the attributes packed one after another).
    void upload(const std::vector<float>& data, std::initializer_list<Attribute> attributes, GLenum usage = GL_STATIC_DRAW,
                GLint stride = 0);
    void bind() const { glBindVertexArray(m_vao); }
    // Points the bound attributes at element first (a vertex or an instance): a base instance for GL 3.3.
    void rebase(GLint first) const;

    std::vector<FeatureRange> ranges;

    // Runs of consecutive ranges that intersect visible, merged: (first, count) pairs.
    std::vector<std::pair<GLint, GLsizei>> visibleRuns(const core::Box& visible) const;

private:
    GLuint m_vao = 0;
    GLuint m_vbo = 0;
    std::vector<Attribute> m_attributes;
    GLint m_stride = 0; // floats per element
};

} // namespace atlas::render
