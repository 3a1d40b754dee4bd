// render/map_renderer.hpp: draws one FrameState into whatever framebuffer is bound, with the
// same code for the window, presentations and exported frames. Needs a current GL 3.3 context.
#pragma once

#include <memory>

#include "core/frame_state.hpp"
#include "core/map_data.hpp"
#include "render/fill_layer.hpp"
#include "render/font.hpp"
#include "render/line_layer.hpp"
#include "render/overlay_layer.hpp"
#include "render/shader_program.hpp"

namespace atlas::render {

class MapRenderer {
public:
    // data must outlive the renderer. Throws std::runtime_error when a shader or font is missing.
    explicit MapRenderer(const core::MapData& data);

    void draw(const core::FrameState& frame, DrawMode mode = DrawMode::Exact);
    // True while a detail level is being built in the background: draw again soon.
    bool building() const;

    // The font, for measuring labels while evaluating frames.
    Font& font() { return m_font; }

private:
    void drawScaleBar(const core::FrameState& frame);

    ShaderProgram m_fillProgram{"fill"};
    ShaderProgram m_lineProgram{"line"};
    ShaderProgram m_textProgram{"text"};
    ShaderProgram m_markerProgram{"marker"};
    Font m_font;
    core::Vec2 m_origin; // map metres subtracted before coordinates become floats
    FillLayer m_countryFills;
    LineLayer m_countryBorders;
    LineLayer m_memberRegionBorders;
    LineLayer m_otherRegionBorders;
    LineLayer m_disputedBorders;
    OverlayLayer m_overlay;
};

} // namespace atlas::render
