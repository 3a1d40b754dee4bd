// render/overlay_layer.hpp: what is drawn in screen pixels on top of the map: labels with their
// halos, point markers and the panels behind cards of text. Rebuilt every frame from the FrameState.
#pragma once

#include <vector>

#include "core/frame/frame_state.hpp"
#include "render/font.hpp"
#include "render/gpu_mesh.hpp"
#include "render/shader_program.hpp"

namespace atlas::render {

class OverlayLayer {
public:
    void drawMarkers(const core::FrameState& frame, const std::vector<core::Marker>& markers, const ShaderProgram& program);
    void drawPanels(const core::FrameState& frame, const ShaderProgram& program);
    void drawLabels(const core::FrameState& frame, const std::vector<core::Label>& labels, Font& font,
                    const ShaderProgram& program);

private:
    GpuMesh m_markers;
    GpuMesh m_panels;
    GpuMesh m_text;
};

} // namespace atlas::render
