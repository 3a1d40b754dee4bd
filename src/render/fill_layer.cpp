// render/fill_layer.cpp: builds triangle meshes per detail level and draws the visible runs.
#include "render/fill_layer.hpp"

#include "render/map_transform.hpp"
#include "render/tessellator.hpp"

namespace atlas::render {

FillLayer::FillLayer(std::vector<const core::MultiPolygon*> shapes, core::Vec2 origin)
    : m_shapes(std::move(shapes)), m_origin(origin) {
    glGenTextures(1, &m_colorTexture);
}

FillLayer::~FillLayer() { glDeleteTextures(1, &m_colorTexture); }

const GpuMesh& FillLayer::level(int detail) {
    std::unique_ptr<GpuMesh>& mesh = m_levels[std::size_t(detail)];
    if (mesh) return *mesh;
    mesh = std::make_unique<GpuMesh>();
    std::vector<float> data;
    std::vector<core::Vec2> triangles;
    for (std::size_t feature = 0; feature < m_shapes.size(); ++feature) {
        const core::MultiPolygon simplified = core::simplifyShape(*m_shapes[feature], core::kDetailTolerances[std::size_t(detail)]);
        triangles.clear();
        for (const core::Polygon& part : simplified.parts) tessellate(part, triangles);
        mesh->ranges.push_back({GLint(data.size() / 3), GLsizei(triangles.size()), m_shapes[feature]->bounds});
        for (core::Vec2 p : triangles) {
            data.push_back(float(p.x - m_origin.x));
            data.push_back(float(p.y - m_origin.y));
            data.push_back(float(feature));
        }
    }
    mesh->upload(data, {{0, 2, 0}, {1, 1, 0}});
    return *mesh;
}

void FillLayer::draw(const core::FrameState& frame, const std::vector<core::Color>& colors, const ShaderProgram& program) {
    std::vector<float> texels;
    texels.reserve(colors.size() * 4);
    for (const core::Color& c : colors) texels.insert(texels.end(), {c.r * c.a, c.g * c.a, c.b * c.a, c.a});
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, m_colorTexture);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA32F, GLsizei(colors.size()), 1, 0, GL_RGBA, GL_FLOAT, texels.data());
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);

    const GpuMesh& mesh = level(frame.detailLevel);
    program.use();
    setMapTransform(program, frame, m_origin);
    glUniform1i(program.uniform("u_colors"), 0);
    mesh.bind();
    core::Box visible = frame.camera.visibleBox(frame.viewport);
    for (auto [first, count] : mesh.visibleRuns(visible)) glDrawArrays(GL_TRIANGLES, first, count);
    glBindVertexArray(0);
}

} // namespace atlas::render
