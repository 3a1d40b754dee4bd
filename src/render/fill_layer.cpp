// render/fill_layer.cpp: builds triangle meshes per detail level and draws the visible runs.
#include "render/fill_layer.hpp"

#include <algorithm>

#include "render/map_transform.hpp"
#include "render/tessellator.hpp"

namespace atlas::render {

FillLayer::FillLayer(std::vector<const core::MultiPolygon*> shapes, core::Vec2 origin)
    : m_shapes(std::move(shapes)), m_origin(origin),
      m_levels([this](int level) { return build(level); },
               [](GpuMesh& mesh, const std::vector<float>& vertices) { mesh.upload(vertices, {{0, 2, 0}, {1, 1, 0}}); }) {
    glGenTextures(1, &m_colorTexture);
}

FillLayer::~FillLayer() { glDeleteTextures(1, &m_colorTexture); }

MeshData FillLayer::build(int level) const {
    constexpr std::size_t kTrianglesPerRange = 256;
    MeshData mesh;
    std::vector<core::Vec2> triangles;
    for (std::size_t feature = 0; feature < m_shapes.size(); ++feature) {
        const core::MultiPolygon simplified = core::simplifyShape(*m_shapes[feature], core::kDetailTolerances[std::size_t(level)]);
        triangles.clear();
        for (const core::Polygon& part : simplified.parts) tessellate(part, triangles);
        for (std::size_t i = 0; i < triangles.size(); ++i) {
            if (i % (3 * kTrianglesPerRange) == 0) mesh.ranges.push_back({GLint(mesh.vertices.size() / 3), 0, {}});
            mesh.ranges.back().count += 1;
            mesh.ranges.back().bounds.extend(triangles[i]);
            mesh.vertices.insert(mesh.vertices.end(),
                                 {float(triangles[i].x - m_origin.x), float(triangles[i].y - m_origin.y), float(feature)});
        }
    }
    return mesh;
}

void FillLayer::draw(const core::FrameState& frame, const std::vector<core::Color>& colors, const ShaderProgram& program,
                     DrawMode mode) {
    std::vector<float> texels;
    texels.reserve(colors.size() * 4);
    for (const core::Color& c : colors) texels.insert(texels.end(), {c.r * c.a, c.g * c.a, c.b * c.a, c.a});
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, m_colorTexture);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA32F, GLsizei(colors.size()), 1, 0, GL_RGBA, GL_FLOAT, texels.data());
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);

    const GpuMesh& mesh = m_levels.mesh(frame.detailLevel, mode);
    program.use();
    setMapTransform(program, frame, m_origin);
    glUniform1i(program.uniform("u_colors"), 0);
    mesh.bind();
    // Opaque fills replace what is under them: blending them would only cost time, not change a pixel.
    bool opaque = std::all_of(colors.begin(), colors.end(), [](const core::Color& c) { return c.a == 0 || c.a == 1; });
    if (opaque) glDisable(GL_BLEND);
    core::Box visible = frame.camera.visibleBox(frame.viewport);
    for (auto [first, count] : mesh.visibleRuns(visible)) glDrawArrays(GL_TRIANGLES, first, count);
    if (opaque) glEnable(GL_BLEND);
    glBindVertexArray(0);
}

} // namespace atlas::render
