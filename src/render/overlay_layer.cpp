// render/overlay_layer.cpp: glyph quads snapped to whole pixels, marker squares and panel
// rectangles.
#include "render/overlay_layer.hpp"

#include <cmath>

#include "core/text/utf8.hpp"

namespace atlas::render {

namespace {

void pushColor(std::vector<float>& out, const core::Color& c) { out.insert(out.end(), {c.r, c.g, c.b, c.a}); }

void setViewport(const ShaderProgram& program, const core::FrameState& frame) {
    glUniform2f(program.uniform("u_viewport"), float(frame.viewport.width), float(frame.viewport.height));
}

} // namespace

void OverlayLayer::drawMarkers(const core::FrameState& frame, const std::vector<core::Marker>& markers,
                               const ShaderProgram& program) {
    if (markers.empty()) return;
    std::vector<float> data;
    static const float kCorners[6][2] = {{-1, -1}, {1, -1}, {1, 1}, {-1, -1}, {1, 1}, {-1, 1}};
    for (const core::Marker& m : markers)
        for (const auto& corner : kCorners) {
            data.insert(data.end(), {float(m.screen.x), float(m.screen.y), corner[0], corner[1], float(m.radiusPixels)});
            pushColor(data, m.fill);
            pushColor(data, m.outline);
        }
    m_markers.upload(data, {{0, 2, 0}, {1, 2, 0}, {2, 1, 0}, {3, 4, 0}, {4, 4, 0}}, GL_STREAM_DRAW);
    program.use();
    setViewport(program, frame);
    m_markers.bind();
    glDrawArrays(GL_TRIANGLES, 0, GLsizei(markers.size() * 6));
    glBindVertexArray(0);
}

void OverlayLayer::drawPanels(const core::FrameState& frame, const ShaderProgram& program) {
    if (frame.panels.empty()) return;
    std::vector<float> data;
    for (const core::Panel& p : frame.panels) {
        const core::Box& b = p.box;
        const float corners[6][2] = {{float(b.minX), float(b.minY)}, {float(b.maxX), float(b.minY)},
                                     {float(b.maxX), float(b.maxY)}, {float(b.minX), float(b.minY)},
                                     {float(b.maxX), float(b.maxY)}, {float(b.minX), float(b.maxY)}};
        for (const auto& corner : corners) {
            data.insert(data.end(), {corner[0], corner[1], float(b.minX), float(b.minY), float(b.maxX), float(b.maxY),
                                     float(p.cornerPixels)});
            pushColor(data, p.fill);
        }
    }
    m_panels.upload(data, {{0, 2, 0}, {1, 4, 0}, {2, 1, 0}, {3, 4, 0}}, GL_STREAM_DRAW);
    program.use();
    setViewport(program, frame);
    m_panels.bind();
    glDrawArrays(GL_TRIANGLES, 0, GLsizei(frame.panels.size() * 6));
    glBindVertexArray(0);
}

void OverlayLayer::drawLabels(const core::FrameState& frame, const std::vector<core::Label>& labels, Font& font,
                              const ShaderProgram& program) {
    if (labels.empty()) return;
    std::vector<float> data;
    for (const core::Label& label : labels) {
        double penX = std::round(label.baseline.x);
        double penY = std::round(label.baseline.y);
        for (std::uint32_t cp : core::decodeUtf8(label.text)) {
            const Glyph& g = font.glyph(cp, label.sizePixels, label.bold);
            float x0 = float(penX + g.left), y0 = float(penY - g.top);
            float x1 = x0 + float(g.width), y1 = y0 + float(g.height);
            const float quad[6][4] = {{x0, y0, g.u0, g.v0}, {x1, y0, g.u1, g.v0}, {x1, y1, g.u1, g.v1},
                                      {x0, y0, g.u0, g.v0}, {x1, y1, g.u1, g.v1}, {x0, y1, g.u0, g.v1}};
            for (const auto& v : quad) {
                data.insert(data.end(), {v[0], v[1], v[2], v[3]});
                pushColor(data, label.color);
                pushColor(data, label.halo);
            }
            penX += g.advance;
        }
    }
    m_text.upload(data, {{0, 2, 0}, {1, 2, 0}, {2, 4, 0}, {3, 4, 0}}, GL_STREAM_DRAW);
    program.use();
    setViewport(program, frame);
    glActiveTexture(GL_TEXTURE0);
    font.bindAtlas();
    glUniform1i(program.uniform("u_atlas"), 0);
    m_text.bind();
    glDrawArrays(GL_TRIANGLES, 0, GLsizei(data.size() / 12));
    glBindVertexArray(0);
}

} // namespace atlas::render
