// render/line_layer.hpp: anti-aliased lines of a fixed pixel width over map features (polygon
// outlines or open lines), simplified per detail level on first use.
#pragma once

#include <vector>

#include "core/frame/frame_state.hpp"
#include "render/detail_levels.hpp"
#include "render/shader_program.hpp"

namespace atlas::render {

// The lines of one feature: rings are drawn closed, polylines open.
struct LineFeature {
    std::vector<const core::Ring*> rings;
    std::vector<const core::Polyline*> lines;
};

struct LineStyle {
    core::Color color;
    double widthPixels = 1;
    double dashPixels = 0; // 0 for a solid line
    double gapPixels = 0;
};

class LineLayer {
public:
    LineLayer(std::vector<LineFeature> features, core::Vec2 origin);

    // Draws the visible features with style; widths and dashes are in layout pixels.
    void draw(const core::FrameState& frame, const LineStyle& style, const ShaderProgram& program, DrawMode mode);
    bool building() { return m_levels.building(); }
    void releaseFarFrom(int level) { m_levels.releaseFarFrom(level); }
    bool ready(int level) { return m_levels.ready(level); }

    // Draws a one-off set of lines in map metres (scale bar, overlays) without caching.
    static void drawOnce(const core::FrameState& frame, const std::vector<core::Polyline>& lines,
                         const LineStyle& style, const ShaderProgram& program);

private:
    MeshData build(int level) const;

    std::vector<LineFeature> m_features;
    core::Vec2 m_origin;
    DetailLevels m_levels; // last: its workers read the members above
};

} // namespace atlas::render
