// render/line_layer.cpp: one instance per segment (p0, p1, distance along the line at p0).
#include "render/line_layer.hpp"

#include "render/map_transform.hpp"

namespace atlas::render {

namespace {

constexpr int kFloatsPerSegment = 5;

void appendSegments(const core::Polyline& line, core::Vec2 origin, std::vector<float>& out) {
    double distance = 0;
    for (std::size_t i = 0; i + 1 < line.size(); ++i) {
        core::Vec2 a = line[i] - origin;
        core::Vec2 b = line[i + 1] - origin;
        out.insert(out.end(), {float(a.x), float(a.y), float(b.x), float(b.y), float(distance)});
        distance += core::length(b - a);
    }
}

void applyStyle(const core::FrameState& frame, const LineStyle& style, const ShaderProgram& program) {
    double scale = frame.viewport.pixelScale;
    const core::Color& c = style.color;
    glUniform4f(program.uniform("u_color"), c.r * c.a, c.g * c.a, c.b * c.a, c.a);
    glUniform1f(program.uniform("u_halfWidth"), float(style.widthPixels * scale / 2));
    glUniform2f(program.uniform("u_dash"), float(style.dashPixels * scale), float(style.gapPixels * scale));
}

} // namespace

LineLayer::LineLayer(std::vector<LineFeature> features, core::Vec2 origin)
    : m_features(std::move(features)), m_origin(origin) {}

const GpuMesh& LineLayer::level(int detail) {
    std::unique_ptr<GpuMesh>& mesh = m_levels[std::size_t(detail)];
    if (mesh) return *mesh;
    mesh = std::make_unique<GpuMesh>();
    double tolerance = core::kDetailTolerances[std::size_t(detail)];
    std::vector<float> data;
    for (const LineFeature& feature : m_features) {
        GLint first = GLint(data.size() / kFloatsPerSegment);
        for (const core::Ring* ring : feature.rings) {
            core::Ring simplified = core::simplifyRing(*ring, tolerance);
            if (simplified.empty()) continue;
            simplified.push_back(simplified.front());
            appendSegments(simplified, m_origin, data);
        }
        for (const core::Polyline* line : feature.lines) appendSegments(core::simplifyLine(*line, tolerance), m_origin, data);
        mesh->ranges.push_back({first, GLsizei(data.size() / kFloatsPerSegment) - first, feature.bounds});
    }
    mesh->upload(data, {{0, 2, 1}, {1, 2, 1}, {2, 1, 1}});
    return *mesh;
}

void LineLayer::draw(const core::FrameState& frame, const LineStyle& style, const ShaderProgram& program) {
    const GpuMesh& mesh = level(frame.detailLevel);
    program.use();
    setMapTransform(program, frame, m_origin);
    applyStyle(frame, style, program);
    mesh.bind();
    // Instanced draws have no base instance in GL 3.3: point the attributes at each run instead.
    core::Box visible = frame.camera.visibleBox(frame.viewport);
    for (auto [first, count] : mesh.visibleRuns(visible)) {
        mesh.rebase(first);
        glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, count);
    }
    glBindVertexArray(0);
}

void LineLayer::drawOnce(const core::FrameState& frame, const std::vector<core::Polyline>& lines, const LineStyle& style,
                         const ShaderProgram& program) {
    core::Vec2 origin = frame.camera.center();
    std::vector<float> data;
    for (const core::Polyline& line : lines) appendSegments(line, origin, data);
    GpuMesh mesh;
    mesh.upload(data, {{0, 2, 1}, {1, 2, 1}, {2, 1, 1}}, GL_STREAM_DRAW);
    program.use();
    setMapTransform(program, frame, origin);
    applyStyle(frame, style, program);
    mesh.bind();
    glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, GLsizei(data.size() / kFloatsPerSegment));
    glBindVertexArray(0);
}

} // namespace atlas::render
