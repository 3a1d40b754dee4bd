// tests/render/map_renderer_test.cpp: what the map renderer starts before its first frame.
#include <doctest/doctest.h>

#include "app/map_session.hpp"
#include "platform/egl_context.hpp"
#include "render/map_renderer.hpp"

using namespace atlas;

TEST_CASE("told the first frame's detail level, the renderer starts building it when it is made") {
    core::Diagnostics diagnostics;
    auto session = app::loadSession(std::string(ATLAS_TEST_DATA_DIR) + "/good_minimal", diagnostics);
    REQUIRE(session);
    platform::EglContext context;
    context.makeCurrent();

    render::MapRenderer told(session->data, 3);
    CHECK(told.building());
    render::MapRenderer untold(session->data);
    CHECK_FALSE(untold.building());
}
