// tests/session/frame_source_test.cpp: the one frame path. Frames at rest are exact whatever was
// drawn before them: the window's frame after moving frames (base map from tiles, levels standing
// in) is byte for byte the frame a fresh source draws for export.
#include <doctest/doctest.h>

#include "core/story/story.hpp"
#include "core/story/story_index.hpp"
#include "session/headless_renderer.hpp"
#include "session/map_session.hpp"
#include "session/story_session.hpp"

using namespace atlas;

namespace {

std::chrono::sys_seconds january2022() { return std::chrono::sys_days{std::chrono::year{2022} / 1 / 7}; }

} // namespace

TEST_CASE("the frame at rest after moving frames is the exported frame, pixel for pixel") {
    core::Diagnostics diagnostics;
    auto session = session::loadSession(ATLAS_GEODATA_DIR, diagnostics);
    REQUIRE(session);
    core::Loaded<core::Story> story = session::loadStoryFolder(ATLAS_GEODATA_DIR);
    REQUIRE(story.value);
    core::StoryIndex index(*story.value, session->data, *session->projection);
    const core::Viewport viewport{640, 400, 1};
    core::Vec2 almaty = *session->projection->forward({76.9, 43.25});
    session::MapShot rest{&index, january2022(), core::Camera(almaty, 3000), viewport};

    session::HeadlessRenderer window(*session);
    for (int step = 0; step < 6; ++step) { // a drag towards Almaty, zooming in
        session::MapShot moving = rest;
        moving.camera = core::Camera({almaty.x - 40000.0 * (6 - step), almaty.y}, 3000 + 500 * (6 - step));
        window.render(moving, render::DrawMode::Interactive);
    }
    core::Image atRest = window.render(rest, render::DrawMode::Exact);

    session::HeadlessRenderer exporting(*session);
    core::Image exported = exporting.render(rest, render::DrawMode::Exact);
    REQUIRE(atRest.width == exported.width);
    REQUIRE(atRest.height == exported.height);
    std::size_t differing = 0;
    for (std::size_t i = 0; i < atRest.rgba.size(); ++i) differing += atRest.rgba[i] != exported.rgba[i];
    CHECK_MESSAGE(differing == 0, differing << " bytes differ");
}
