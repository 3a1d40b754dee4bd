// tests/render/tile_cache_test.cpp: which tiles and views the caches render, keep and drop,
// counted through the drawing callbacks they are given (headless EGL on llvmpipe).
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <tuple>
#include <vector>

#include "core/frame/frame_state.hpp"
#include "platform/egl_context.hpp"
#include "render/offscreen_target.hpp"
#include "render/shader_program.hpp"
#include "render/tile_cache.hpp"
#include "render/view_cache.hpp"

namespace {

using namespace atlas;

platform::EglContext& context() {
    static platform::EglContext egl;
    egl.makeCurrent();
    return egl;
}

// A frame whose camera sits at metresPerPixel over a 1024x1024 viewport.
core::FrameState frameAt(core::Vec2 center, double metresPerPixel) {
    core::FrameState frame;
    frame.camera = core::Camera(center, metresPerPixel);
    frame.viewport = {1024, 1024, 1};
    return frame;
}

// The colours of a tile's quarters, as a tile of 512 pixels is painted below.
const std::uint8_t kBottomLeft[3] = {255, 0, 0}, kBottomRight[3] = {0, 255, 0}, kTopLeft[3] = {0, 0, 255},
                   kTopRight[3] = {255, 255, 0};

void paintQuarters() {
    glEnable(GL_SCISSOR_TEST);
    for (auto [x, y, colour] : {std::tuple{0, 0, kBottomLeft}, {256, 0, kBottomRight}, {0, 256, kTopLeft}, {256, 256, kTopRight}}) {
        glScissor(x, y, 256, 256);
        glClearColor(colour[0] / 255.f, colour[1] / 255.f, colour[2] / 255.f, 1);
        glClear(GL_COLOR_BUFFER_BIT);
    }
}

bool pixelIs(const core::Image& image, int x, int y, const std::uint8_t (&rgb)[3]) {
    const std::uint8_t* p = image.pixel(x, y);
    return p[0] == rgb[0] && p[1] == rgb[1] && p[2] == rgb[2];
}

// Counts tile renders; levelsBuilt says whether a tile could be drawn at its own detail level.
struct CountingTiles {
    int renders = 0;
    bool levelsBuilt = true;
    render::TileCache tiles{[this](const core::FrameState&) {
                                ++renders;
                                paintQuarters();
                                return levelsBuilt;
                            },
                            [this](const core::FrameState&) { return levelsBuilt; }};
};

// A tile cache drawing into a bound 1024x1024 target.
struct TileFixture {
    platform::EglContext& egl = context();
    render::ShaderProgram program{"tile"};
    render::OffscreenTarget target{1024, 1024};
    CountingTiles counting;
    TileFixture() { target.bind(); }
};

constexpr int kAnyBudget = 1000;

} // namespace

TEST_CASE_FIXTURE(TileFixture, "a tile whose detail level is still building waits while a coarser tile can stand in") {
    const core::Vec2 center{0, 0};

    // The coarser zoom (2^13 m/px) first: it can stand in for every tile of the zoom below.
    CHECK(counting.tiles.draw(frameAt(center, 8192), program, kAnyBudget));
    const int coarse = counting.renders;
    CHECK(coarse > 0);

    // Zoomed in while that zoom's level builds: nothing is drawn twice, and the quarter of a
    // coarser tile over each missing tile stands in for it. The view's centre is a corner of
    // four tiles, each a quarter of a different coarser tile: the one nearest the centre.
    counting.levelsBuilt = false;
    glClearColor(0, 0, 0, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    CHECK_FALSE(counting.tiles.draw(frameAt(center, 4096), program, kAnyBudget));
    CHECK(counting.renders == coarse);
    core::Image shown = target.read(); // top row first
    CHECK(pixelIs(shown, 256, 256, kBottomRight));
    CHECK(pixelIs(shown, 768, 256, kBottomLeft));
    CHECK(pixelIs(shown, 256, 768, kTopRight));
    CHECK(pixelIs(shown, 768, 768, kTopLeft));

    // Far away, with no coarser tile to stand in, tiles are drawn with the stand-in level...
    const core::Vec2 elsewhere{1e8, 1e8};
    CHECK_FALSE(counting.tiles.draw(frameAt(elsewhere, 4096), program, kAnyBudget));
    const int provisional = counting.renders - coarse;
    CHECK(provisional > 0);

    // ...and every one is drawn again once its level is built.
    counting.levelsBuilt = true;
    CHECK(counting.tiles.draw(frameAt(elsewhere, 4096), program, kAnyBudget));
    CHECK(counting.renders - coarse == 2 * provisional);
    CHECK(counting.tiles.rendered() == std::uint64_t(counting.renders));
}

TEST_CASE_FIXTURE(TileFixture, "zooming out, the four finer tiles stand in for a coarser one still building") {
    // The zoom-12 tiles around (-1, -1) tile widths: among them the four inside zoom-13 tile (-1, -1).
    const double tile12 = 512.0 * 4096;
    const core::Vec2 center{-tile12, -tile12};
    CHECK(counting.tiles.draw(frameAt(center, 4096), program, kAnyBudget));
    const int fine = counting.renders;

    // Zoomed out with a 256-pixel view inside that zoom-13 tile, while its level builds.
    counting.levelsBuilt = false;
    core::FrameState out = frameAt(center, 8192);
    out.viewport.width = out.viewport.height = 256;
    glClearColor(0, 0, 0, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    CHECK_FALSE(counting.tiles.draw(out, program, kAnyBudget));
    CHECK(counting.renders == fine);

    // The view's centre is the corner of the four finer tiles, each drawn at half size: a
    // quarter of the view shows the quarter of each nearest the centre. The view is the
    // bottom-left corner of the target, read top row first.
    core::Image shown = target.read();
    const int top = 1024 - 256;
    CHECK(pixelIs(shown, 64, top + 64, kBottomRight));
    CHECK(pixelIs(shown, 192, top + 64, kBottomLeft));
    CHECK(pixelIs(shown, 64, top + 192, kTopRight));
    CHECK(pixelIs(shown, 192, top + 192, kTopLeft));
}

TEST_CASE_FIXTURE(TileFixture, "at rest, only the tiles of the last view and its coarser zoom are kept") {

    // A pan to the east at one zoom: the tiles passed over stay in the cache, for panning back.
    for (int step = 0; step < 8; ++step)
        counting.tiles.draw(frameAt({step * 512.0 * 4096, 0}, 4096), program, kAnyBudget);
    const core::FrameState last = frameAt({7 * 512.0 * 4096, 0}, 4096);
    bool prefetched = false;
    for (int step = 0; step < 1000 && !prefetched; ++step) prefetched = counting.tiles.prefetch(last, kAnyBudget);
    REQUIRE(prefetched);
    const std::size_t panned = counting.tiles.size();

    counting.tiles.releaseSpare();
    // 1024 pixels at 2^12 m/px with a tile edge on the centre: 2x2 tiles (or 3 wide on an
    // edge), and the coarser zoom's 1 to 4 over them.
    const std::size_t kept = counting.tiles.size();
    CHECK(kept < panned);
    CHECK(kept >= 4 + 1);
    CHECK(kept <= 9 + 4);

    // What was kept is what the view needs: drawing it again renders nothing.
    const int renders = counting.renders;
    CHECK(counting.tiles.draw(last, program, kAnyBudget));
    CHECK(counting.renders == renders);
}

// A view cache whose base maps are counted, drawing into a 1024x1024 target.
struct ViewFixture {
    platform::EglContext& egl = context(); // first: the target needs it current
    render::OffscreenTarget target{1024, 1024};
    int draws = 0;
    render::ViewCache views{[this](const core::FrameState&) {
        ++draws;
        glClear(GL_COLOR_BUFFER_BIT);
    }};
};

TEST_CASE_FIXTURE(ViewFixture, "at rest, the view cache keeps only the view drawn last; moving, none") {
    // Views of two sizes (as after a resize): each is kept.
    core::FrameState first = frameAt({0, 0}, 4096), second = frameAt({1e6, 0}, 4096);
    first.viewport.width = 512;
    target.bind();
    views.draw(first);
    views.draw(second);
    CHECK(views.size() == 2);
    CHECK(draws == 2);

    views.releaseAllButLatest();
    CHECK(views.size() == 1);
    views.draw(second); // kept: a copy, not drawn again
    CHECK(draws == 2);
    views.draw(first); // dropped: drawn again
    CHECK(draws == 3);

    views.releaseAll(); // the camera moves
    CHECK(views.size() == 0);
    views.draw(first);
    CHECK(draws == 4);
}

TEST_CASE_FIXTURE(ViewFixture, "the view cache keeps a presentation's three panes of one size, and a flight's frames take turns") {
    target.bind();
    std::vector<core::FrameState> panes = {frameAt({0, 0}, 4096), frameAt({1e6, 0}, 2048), frameAt({0, 1e6}, 1024)};
    for (int frame = 0; frame < 5; ++frame)
        for (const core::FrameState& pane : panes) views.draw(pane);
    CHECK(draws == 3); // each pane drawn once, then copied
    CHECK(views.size() == 3);

    for (int step = 1; step <= 20; ++step) views.draw(frameAt({step * 1e5, 0}, 4096 - step * 100));
    CHECK(draws == 23);
    CHECK(views.size() == 4); // bounded: the flight's frames reuse the oldest buffers

    // The flight lands on panes of another size: they push the flight's views out, not each other.
    for (core::FrameState& pane : panes) pane.viewport.width = 340;
    for (int frame = 0; frame < 5; ++frame)
        for (const core::FrameState& pane : panes) views.draw(pane);
    CHECK(draws == 26);
    CHECK(views.size() == 4);
}
