// tests/render/map_renderer_test.cpp: when the map renderer works in the background, and when
// it says it has nothing left to draw.
#include <doctest/doctest.h>

#include <chrono>

#include "core/frame/evaluate.hpp"
#include "platform/egl_context.hpp"
#include "render/map_renderer.hpp"
#include "render/offscreen_target.hpp"
#include "session/map_session.hpp"

using namespace atlas;

namespace {

struct MinimalMap {
    core::Diagnostics diagnostics;
    std::unique_ptr<session::MapSession> session = session::loadSession(std::string(ATLAS_TEST_DATA_DIR) + "/good_minimal", diagnostics);
    platform::EglContext context;

    MinimalMap() {
        REQUIRE(session);
        context.makeCurrent();
    }
};

} // namespace

TEST_CASE_FIXTURE(MinimalMap, "told the first frame's detail level, the renderer starts building it when it is made") {
    render::MapRenderer told(session->data, 3);
    CHECK(told.building());
    render::MapRenderer untold(session->data);
    CHECK_FALSE(untold.building());
}

TEST_CASE_FIXTURE(MinimalMap, "after exact frames, the renderer is busy only until its levels are built") {
    render::MapRenderer renderer(session->data);
    const core::Viewport viewport{1280, 800, 1};
    render::OffscreenTarget target(viewport.width, viewport.height);
    core::EvaluateContext evaluateContext{*session->projection, renderer.font(), {}};
    auto frameAt = [&](double metresPerPixel) {
        return core::evaluate(session->data, core::Camera(session->data.bounds().center(), metresPerPixel), viewport,
                              evaluateContext);
    };
    target.bind();
    // Moving while zoomed in, where other states' regions show: one new tile a frame, so some
    // are missing, and their layers' levels start building.
    const core::FrameState zoomedIn = frameAt(1000);
    REQUIRE(zoomedIn.showOtherRegions);
    renderer.draw(zoomedIn, render::DrawMode::Interactive);
    CHECK(renderer.building());

    // Then still, zoomed out (no other regions): exact frames need no tile, and a level built
    // for a layer they do not draw keeps nothing going.
    const core::FrameState zoomedOut = frameAt(8000);
    REQUIRE_FALSE(zoomedOut.showOtherRegions);
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    do {
        renderer.draw(zoomedOut, render::DrawMode::Exact);
    } while (renderer.building() && std::chrono::steady_clock::now() < deadline);
    CHECK_FALSE(renderer.building());
}
