// render/line_layer.cpp: one instance per segment, read as two consecutive vertices of a line.
#include "render/line_layer.hpp"

#include "render/map_transform.hpp"

namespace atlas::render {

namespace {

// Each vertex is (x, y, distance along its line); a segment is a vertex and the next one, so
// lines are separated by a break vertex that the shader recognises and drops.
constexpr int kFloatsPerVertex = 3;
constexpr float kBreak = 1e30f;


GLsizei vertexCount(const std::vector<float>& data) { return GLsizei(data.size() / kFloatsPerVertex); }

// Appends a line; with ranges, also records runs of at most kVerticesPerRange vertices with
// their bounds (a run's last segment reaches into the next run's first vertex).
void appendLine(const core::Polyline& line, core::Vec2 origin, std::vector<float>& out,
                std::vector<FeatureRange>* ranges = nullptr) {
    constexpr GLsizei kVerticesPerRange = 256;
    if (line.size() < 2) return;
    double distance = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (i > 0) distance += core::length(line[i] - line[i - 1]);
        if (ranges) {
            if (i == 0 || ranges->back().count == kVerticesPerRange) ranges->push_back({vertexCount(out), 0, {}});
            ranges->back().count += 1;
            ranges->back().bounds.extend(line[i]);
            if (i + 1 < line.size()) ranges->back().bounds.extend(line[i + 1]);
        }
        core::Vec2 p = line[i] - origin;
        out.insert(out.end(), {float(p.x), float(p.y), float(distance)});
    }
    out.insert(out.end(), {kBreak, kBreak, 0.f});
    if (ranges) ranges->back().count += 1; // the break closes the line's last run
}

void uploadLines(GpuMesh& mesh, const std::vector<float>& data, GLenum usage) {
    mesh.upload(data, {{0, 2, 1, 0}, {2, 1, 1, 2}, {1, 2, 1, kFloatsPerVertex}}, usage, kFloatsPerVertex);
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
    : m_features(std::move(features)), m_origin(origin),
      m_levels([this](int level) { return build(level); },
               [](GpuMesh& mesh, const std::vector<float>& vertices) { uploadLines(mesh, vertices, GL_STATIC_DRAW); }) {}

MeshData LineLayer::build(int level) const {
    double tolerance = core::kDetailTolerances[std::size_t(level)];
    MeshData mesh;
    for (const LineFeature& feature : m_features) {
        for (const core::Ring* ring : feature.rings) {
            core::Ring simplified = core::simplifyRing(*ring, tolerance);
            if (simplified.empty()) continue;
            simplified.push_back(simplified.front());
            appendLine(simplified, m_origin, mesh.vertices, &mesh.ranges);
        }
        for (const core::Polyline* line : feature.lines)
            appendLine(core::simplifyLine(*line, tolerance), m_origin, mesh.vertices, &mesh.ranges);
    }
    mesh.vertices.insert(mesh.vertices.end(), {kBreak, kBreak, 0.f}); // read by the last run's last segment
    return mesh;
}

void LineLayer::draw(const core::FrameState& frame, const LineStyle& style, const ShaderProgram& program, DrawMode mode) {
    const GpuMesh& mesh = m_levels.mesh(frame.detailLevel, mode);
    program.use();
    setMapTransform(program, frame, m_origin);
    applyStyle(frame, style, program);
    mesh.bind();
    // Instanced draws have no base instance in GL 3.3: point the attributes at each run instead.
    core::Box visible = frame.camera.visibleBox(frame.viewport);
    // A run's last segment reaches into the vertex after it: a break vertex, or the next run's first.
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
    for (const core::Polyline& line : lines) appendLine(line, origin, data);
    if (data.empty()) return;
    GpuMesh mesh;
    uploadLines(mesh, data, GL_STREAM_DRAW);
    program.use();
    setMapTransform(program, frame, origin);
    applyStyle(frame, style, program);
    mesh.bind();
    glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, vertexCount(data) - 1);
    glBindVertexArray(0);
}

} // namespace atlas::render
