// render/fill_layer.hpp: filled polygons, one colour per feature from a small colour texture;
// each detail level is simplified and tessellated the first time a frame needs it.
#pragma once

#include <vector>

#include "core/frame/frame_state.hpp"
#include "render/detail_levels.hpp"
#include "render/shader_program.hpp"

namespace atlas::render {

class FillLayer {
public:
    // shapes must outlive the layer; origin is subtracted before coordinates become floats.
    FillLayer(std::vector<const core::MultiPolygon*> shapes, core::Vec2 origin);
    ~FillLayer();

    // Draws every visible feature in colors[i] (one per shape), at frame.detailLevel.
    void draw(const core::FrameState& frame, const std::vector<core::Color>& colors, const ShaderProgram& program,
              DrawMode mode);
    bool building() { return m_levels.building(); }
    void releaseFarFrom(int level) { m_levels.releaseFarFrom(level); }
    bool ready(int level) { return m_levels.ready(level); }

private:
    MeshData build(int level) const;

    std::vector<const core::MultiPolygon*> m_shapes;
    core::Vec2 m_origin;
    GLuint m_colorTexture = 0;
    DetailLevels m_levels; // last: its workers read the members above
};

} // namespace atlas::render
