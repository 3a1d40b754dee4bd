// render/tile_cache.hpp: interactive frames draw the base map (fills and borders) from tiles of
// 512 pixels rendered at power-of-two zooms and kept in a small cache; a frame renders only a
// couple of missing tiles and shows the tile a zoom coarser (or the four a zoom finer) meanwhile.
// Exact frames never use it.
#pragma once

#include <epoxy/gl.h>

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <tuple>
#include <vector>

#include "core/frame/frame_state.hpp"
#include "render/gpu_mesh.hpp"
#include "render/shader_program.hpp"

namespace atlas::render {

class TileCache {
public:
    // Draws the base layers of a frame into the bound framebuffer (whose viewport it sets);
    // false when it had to stand in a coarser detail level for one still being built.
    using DrawBase = std::function<bool(const core::FrameState&)>;

    // True when a frame's base layers can be drawn at their own detail (nothing still building).
    using CanFinish = std::function<bool(const core::FrameState&)>;

    TileCache(DrawBase drawBase, CanFinish canFinish);
    ~TileCache();
    TileCache(const TileCache&) = delete;
    TileCache& operator=(const TileCache&) = delete;

    // Draws the base map of frame from tiles over the frame's viewport (the sea where a tile
    // and its stand-in are both missing), rendering at most renderBudget missing ones. Returns
    // true when every tile of the view was there.
    bool draw(const core::FrameState& frame, const ShaderProgram& program, int renderBudget);
    // Renders up to renderBudget missing tiles of the view (and of the zoom above it) without
    // drawing anything; returns true when none is missing.
    bool prefetch(const core::FrameState& frame, int renderBudget);
    // Drops the tiles kept for panning back: only those the last view needed stay.
    void releaseSpare();
    std::size_t size() const { return m_tiles.size(); }
    // How many tile renders there have been, provisional ones and redraws included.
    std::uint64_t rendered() const { return m_rendered; }

private:
    using Key = std::tuple<int, std::int64_t, std::int64_t>; // zoom, column, row
    struct Tile {
        GLuint texture = 0;
        GLuint framebuffer = 0;
        std::uint64_t lastUsed = 0;
        bool provisional = true; // drawn with a stand-in detail level: render again when possible
    };

    // Where a tile's texture (or a quarter of it, standing in) is drawn: u0, v0, u1, v1.
    struct Piece {
        Key texture;
        core::Box box;
        std::array<float, 4> uv;
    };

    std::vector<Key> visibleTiles(const core::FrameState& frame, int zoom) const;
    // The tile of the next coarser zoom that covers this one, and the four of the next finer.
    static Key parentOf(const Key& key);
    static std::array<Key, 4> childrenOf(const Key& key);
    // True when a missing tile can be shown meanwhile by its parent, or by all its children.
    bool canStandIn(const Key& key) const;
    core::Box tileBox(const Key& key) const;
    // Renders the tile if it is missing or provisional and the budget allows (a missing one with a
    // stand-in detail level only when no other tile can stand in); true when it can be shown.
    bool ensure(const Key& key, const core::FrameState& frame, int& renderBudget);
    bool finished(const Key& key) const;
    core::FrameState tileFrame(const Key& key, const core::FrameState& frame) const;
    void renderTile(Tile& tile, const core::FrameState& tileFrame);
    void drawPieces(const core::FrameState& frame, const std::vector<Piece>& pieces, const ShaderProgram& program);
    void release(Tile& tile);
    // Drops the least recently used tiles until kept are left.
    void evict(std::size_t kept);
    void checkContent(const core::FrameState& frame);

    DrawBase m_drawBase;
    CanFinish m_canFinish;
    std::map<Key, Tile> m_tiles;
    std::uint64_t m_clock = 0;
    std::uint64_t m_rendered = 0;
    std::size_t m_needed = 0; // tiles of the last view: its zoom's and the next coarser zoom's
    std::uint64_t m_content = 0; // hash of what tiles depend on beyond the camera
    GpuMesh m_quads;
};

} // namespace atlas::render
