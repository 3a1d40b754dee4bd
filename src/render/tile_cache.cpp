// render/tile_cache.cpp: tile grid, rendering into per-tile framebuffers, least-recently-used
// eviction, and drawing tiles as quads over the frame.
#include "render/tile_cache.hpp"

#include <algorithm>
#include <cmath>
#include <functional>

#include "core/geo/simplify.hpp"
#include "render/base_content.hpp"
#include "render/map_transform.hpp"

namespace atlas::render {

namespace {

constexpr int kTileSize = 512;
constexpr double kBaseMetresPerPixel = 1.0; // zoom z renders at 2^z metres per pixel
constexpr std::size_t kSpareTiles = 8; // kept beyond what the view needs, for panning back

// The zoom nearest in scale, so a tile is drawn between 0.71 and 1.41 times its size.
int zoomFor(double metresPerPixel) { return int(std::lround(std::log2(metresPerPixel / kBaseMetresPerPixel))); }
double metresPerPixelAt(int zoom) { return kBaseMetresPerPixel * std::ldexp(1.0, zoom); }

} // namespace

TileCache::TileCache(DrawBase drawBase, CanFinish canFinish)
    : m_drawBase(std::move(drawBase)), m_canFinish(std::move(canFinish)) {}

TileCache::~TileCache() {
    for (auto& [key, tile] : m_tiles) release(tile);
}

void TileCache::release(Tile& tile) {
    glDeleteFramebuffers(1, &tile.framebuffer);
    glDeleteTextures(1, &tile.texture);
    tile = {};
}

TileCache::Key TileCache::parentOf(const Key& key) {
    auto [zoom, column, row] = key;
    return {zoom + 1, std::int64_t(std::floor(column / 2.0)), std::int64_t(std::floor(row / 2.0))};
}

std::array<TileCache::Key, 4> TileCache::childrenOf(const Key& key) {
    auto [zoom, column, row] = key;
    return {Key{zoom - 1, 2 * column, 2 * row}, Key{zoom - 1, 2 * column + 1, 2 * row}, Key{zoom - 1, 2 * column, 2 * row + 1},
            Key{zoom - 1, 2 * column + 1, 2 * row + 1}};
}

bool TileCache::canStandIn(const Key& key) const {
    if (m_tiles.count(parentOf(key))) return true;
    std::array<Key, 4> children = childrenOf(key);
    return std::all_of(children.begin(), children.end(), [&](const Key& child) { return m_tiles.count(child) > 0; });
}

core::Box TileCache::tileBox(const Key& key) const {
    auto [zoom, column, row] = key;
    double side = kTileSize * metresPerPixelAt(zoom);
    return {double(column) * side, double(row) * side, double(column + 1) * side, double(row + 1) * side};
}

std::vector<TileCache::Key> TileCache::visibleTiles(const core::FrameState& frame, int zoom) const {
    core::Box view = frame.camera.visibleBox(frame.viewport);
    double side = kTileSize * metresPerPixelAt(zoom);
    std::vector<Key> keys;
    for (auto row = std::int64_t(std::floor(view.minY / side)); row <= std::int64_t(std::floor(view.maxY / side)); ++row)
        for (auto column = std::int64_t(std::floor(view.minX / side)); column <= std::int64_t(std::floor(view.maxX / side));
             ++column)
            keys.emplace_back(zoom, column, row);
    return keys;
}

void TileCache::checkContent(const core::FrameState& frame) {
    std::uint64_t content = baseContentHash(frame);
    if (content == m_content) return;
    for (auto& [key, tile] : m_tiles) release(tile);
    m_tiles.clear();
    m_content = content;
}

// The tile as a frame of its own: its camera, its zoom's detail, a square viewport.
core::FrameState TileCache::tileFrame(const Key& key, const core::FrameState& frame) const {
    core::FrameState tile = frame;
    double mpp = metresPerPixelAt(std::get<0>(key));
    tile.camera = core::Camera(tileBox(key).center(), mpp);
    tile.viewport = {kTileSize, kTileSize, frame.viewport.pixelScale, 0};
    tile.detailLevel = core::detailLevelFor(mpp);
    tile.showOtherRegions = mpp < frame.style.otherRegionsBelowMetresPerPixel;
    return tile;
}

void TileCache::renderTile(Tile& tile, const core::FrameState& tileFrame) {
    if (!tile.texture) {
        glGenTextures(1, &tile.texture);
        glBindTexture(GL_TEXTURE_2D, tile.texture);
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, kTileSize, kTileSize, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
        glGenFramebuffers(1, &tile.framebuffer);
        glBindFramebuffer(GL_FRAMEBUFFER, tile.framebuffer);
        glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, tile.texture, 0);
    }
    glBindFramebuffer(GL_FRAMEBUFFER, tile.framebuffer);
    tile.provisional = !m_drawBase(tileFrame);
    ++m_rendered;
}

bool TileCache::finished(const Key& key) const {
    auto it = m_tiles.find(key);
    return it != m_tiles.end() && !it->second.provisional;
}

bool TileCache::ensure(const Key& key, const core::FrameState& frame, int& renderBudget) {
    auto it = m_tiles.find(key);
    bool missing = it == m_tiles.end();
    if (renderBudget > 0 && (missing || it->second.provisional)) {
        core::FrameState tile = tileFrame(key, frame);
        // A tile drawn with a stand-in detail level is drawn again once its own is built, so it is
        // drawn early only when no other tile (coarser or finer) can stand in for it meanwhile.
        if (m_canFinish(tile) || (missing && !canStandIn(key))) {
            --renderBudget;
            GLint target = 0;
            glGetIntegerv(GL_FRAMEBUFFER_BINDING, &target);
            if (missing) it = m_tiles.emplace(key, Tile{}).first;
            renderTile(it->second, tile);
            glBindFramebuffer(GL_FRAMEBUFFER, GLuint(target));
        }
    }
    if (it == m_tiles.end()) return false;
    it->second.lastUsed = ++m_clock;
    return true;
}

void TileCache::evict(std::size_t kept) {
    while (m_tiles.size() > kept) {
        auto oldest = m_tiles.begin();
        for (auto it = m_tiles.begin(); it != m_tiles.end(); ++it)
            if (it->second.lastUsed < oldest->second.lastUsed) oldest = it;
        release(oldest->second);
        m_tiles.erase(oldest);
    }
}

bool TileCache::prefetch(const core::FrameState& frame, int renderBudget) {
    checkContent(frame);
    int zoom = zoomFor(frame.camera.metresPerPixel());
    bool complete = true;
    std::size_t needed = 0;
    for (int z : {zoom, zoom + 1}) { // the view, and what stands in for it while zooming out
        std::vector<Key> keys = visibleTiles(frame, z);
        needed += keys.size();
        for (const Key& key : keys) complete = ensure(key, frame, renderBudget) && finished(key) && complete;
    }
    m_needed = needed;
    evict(needed + kSpareTiles);
    return complete;
}

void TileCache::releaseSpare() { evict(m_needed); }

bool TileCache::draw(const core::FrameState& frame, const ShaderProgram& program, int renderBudget) {
    checkContent(frame);
    int zoom = zoomFor(frame.camera.metresPerPixel());
    std::vector<Key> wanted = visibleTiles(frame, zoom);
    std::vector<Piece> pieces;
    std::size_t covered = 0; // wanted tiles shown, or stood in for whole
    bool complete = true;
    for (const Key& key : wanted) {
        if (ensure(key, frame, renderBudget)) {
            pieces.push_back({key, tileBox(key), {0, 0, 1, 1}});
            ++covered;
        } else if (auto parent = m_tiles.find(parentOf(key)); parent != m_tiles.end()) {
            parent->second.lastUsed = ++m_clock; // stand in with the quarter of the coarser tile over it
            float u = float(std::get<1>(key) - 2 * std::get<1>(parent->first)) / 2;
            float v = float(std::get<2>(key) - 2 * std::get<2>(parent->first)) / 2;
            pieces.push_back({parent->first, tileBox(key), {u, v, u + 0.5f, v + 0.5f}});
            ++covered;
        } else { // or with the finer tiles in it (zooming out)
            int children = 0;
            for (const Key& child : childrenOf(key))
                if (auto it = m_tiles.find(child); it != m_tiles.end()) {
                    it->second.lastUsed = ++m_clock;
                    pieces.push_back({child, tileBox(child), {0, 0, 1, 1}});
                    ++children;
                }
            covered += children == 4;
        }
        complete = complete && finished(key);
    }
    const core::Viewport& v = frame.viewport;
    useViewport(v);
    if (covered < wanted.size()) { // some of the view has no tile yet: show the sea there
        const core::Color& sea = frame.style.sea;
        glClearColor(sea.r, sea.g, sea.b, sea.a);
        glClear(GL_COLOR_BUFFER_BIT);
    }
    drawPieces(frame, pieces, program);
    m_needed = wanted.size() + visibleTiles(frame, zoom + 1).size(); // and the coarser ones that stand in
    evict(m_needed + kSpareTiles);
    return complete;
}

void TileCache::drawPieces(const core::FrameState& frame, const std::vector<Piece>& pieces, const ShaderProgram& program) {
    if (pieces.empty()) return;
    std::vector<float> quads;
    for (const Piece& piece : pieces) {
        core::Vec2 a = frame.camera.worldToScreen({piece.box.minX, piece.box.maxY}, frame.viewport); // top left
        core::Vec2 b = frame.camera.worldToScreen({piece.box.maxX, piece.box.minY}, frame.viewport); // bottom right
        auto [u0, v0, u1, v1] = piece.uv;
        const float corners[6][4] = {{float(a.x), float(a.y), u0, v1}, {float(b.x), float(a.y), u1, v1},
                                     {float(b.x), float(b.y), u1, v0}, {float(a.x), float(a.y), u0, v1},
                                     {float(b.x), float(b.y), u1, v0}, {float(a.x), float(b.y), u0, v0}};
        for (const auto& corner : corners) quads.insert(quads.end(), std::begin(corner), std::end(corner));
    }
    const core::Viewport& v = frame.viewport;
    m_quads.upload(quads, {{0, 2, 0}, {1, 2, 0}}, GL_STREAM_DRAW);
    program.use();
    glUniform2f(program.uniform("u_viewport"), float(v.width), float(v.height));
    glUniform1i(program.uniform("u_tile"), 0);
    glActiveTexture(GL_TEXTURE0);
    m_quads.bind();
    glDisable(GL_BLEND); // tiles are opaque, and no two pieces overlap
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        glBindTexture(GL_TEXTURE_2D, m_tiles.at(pieces[i].texture).texture);
        glDrawArrays(GL_TRIANGLES, GLint(i * 6), 6);
    }
    glEnable(GL_BLEND);
    glBindVertexArray(0);
}

} // namespace atlas::render
