// render/map_renderer.hpp: draws one FrameState into whatever framebuffer is bound, with the
// same code for the window, presentations and exported frames. Needs a current GL 3.3 context.
#pragma once

#include <memory>
#include <optional>

#include "core/frame/frame_state.hpp"
#include "core/geo/map_data.hpp"
#include "render/fill_layer.hpp"
#include "render/font.hpp"
#include "render/line_layer.hpp"
#include "render/overlay_layer.hpp"
#include "render/shader_program.hpp"
#include "render/tile_cache.hpp"
#include "render/view_cache.hpp"

namespace atlas::render {

class MapRenderer {
public:
    // data must outlive the renderer. Throws std::runtime_error when a shader or font is missing.
    // With firstDetailLevel (that of the first frame to come), the meshes of that level start
    // building on workers before the shaders compile and the font is made, so the first frame
    // waits less for them.
    explicit MapRenderer(const core::MapData& data, std::optional<int> firstDetailLevel = {});

    // Exact frames draw every layer (the base map once per still view); interactive ones take
    // the base map from cached tiles.
    void draw(const core::FrameState& frame, DrawMode mode = DrawMode::Exact);
    // True while something is being built or is missing from the last frame, or was built since
    // the last call: draw again soon.
    bool building();
    // Renders a missing tile of this view while the app is idle; false once none is missing.
    bool prefetch(const core::FrameState& frame);
    // Whether the frame's detail level has every mesh, starting on workers those it lacks.
    bool meshesReady(const core::FrameState& frame) { return levelsReady(frame); }
    // Keeps only what the last frame drew from (its view, its tiles and their stand-ins, the
    // detail levels around its own), for a window at rest with a single map; what is dropped is
    // drawn or built again when needed.
    void releaseUnused();

    // How many base-map tiles interactive frames and prefetching have rendered so far.
    std::uint64_t tilesRendered() const { return m_tiles.rendered(); }

    // The font, for measuring labels while evaluating frames.
    Font& font() { return m_font; }

private:
    void useFrameState(const core::FrameState& frame) const;
    void prepare(const core::FrameState& frame) const;
    void drawBase(const core::FrameState& frame, DrawMode mode);
    // Starts building, on workers and all at once, every layer mesh the frame's detail level
    // lacks; true when none is missing.
    bool levelsReady(const core::FrameState& frame);
    bool levelsReady(int level, bool otherRegions);
    // Draws the base map of a tile; false when a layer stood in a coarser level for its own.
    bool drawTile(const core::FrameState& tile);
    void drawScaleBar(const core::FrameState& frame);
    template <class Action> void forEachLayer(Action action) {
        action(m_countryFills);
        action(m_countryBorders);
        action(m_memberRegionBorders);
        action(m_otherRegionBorders);
        action(m_disputedBorders);
    }

    // Starts building the base layers' meshes of a detail level on workers; returns the level.
    std::optional<int> startBuilding(std::optional<int> level);

    // The layers come first, so that their first level builds while the members after them are made.
    core::Vec2 m_origin; // map metres subtracted before coordinates become floats
    FillLayer m_countryFills;
    LineLayer m_countryBorders;
    LineLayer m_memberRegionBorders;
    LineLayer m_otherRegionBorders;
    LineLayer m_disputedBorders;
    std::optional<int> m_firstDetailLevel; // initialised by startBuilding, between the layers and the shaders
    ShaderProgram m_fillProgram{"fill"};
    ShaderProgram m_lineProgram{"line"};
    ShaderProgram m_textProgram{"text"};
    ShaderProgram m_markerProgram{"marker"};
    ShaderProgram m_tileProgram{"tile"};
    ShaderProgram m_panelProgram{"panel"};
    Font m_font;
    OverlayLayer m_overlay;
    TileCache m_tiles{[this](const core::FrameState& tile) { return drawTile(tile); },
                      [this](const core::FrameState& tile) { return levelsReady(tile); }};
    ViewCache m_views{[this](const core::FrameState& view) { drawBase(view, DrawMode::Exact); }};
    bool m_tilesComplete = true;
    int m_lastDetailLevel = 0; // of the last frame with a map
};

} // namespace atlas::render
