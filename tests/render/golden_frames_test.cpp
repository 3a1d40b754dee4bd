// tests/render/golden_frames_test.cpp: base-map frames (no story: every state in the land colour)
// rendered headless on llvmpipe against committed PNGs.
#include <doctest/doctest.h>

#include "session/headless_renderer.hpp"
#include "session/map_session.hpp"
#include "image_compare.hpp"

namespace {

using namespace atlas;

struct RenderedMap {
    core::Diagnostics diagnostics;
    std::unique_ptr<session::MapSession> session;
    std::unique_ptr<session::HeadlessRenderer> renderer;

    explicit RenderedMap(const std::string& folder) : session(session::loadSession(folder, diagnostics)) {
        REQUIRE(session);
        renderer = std::make_unique<session::HeadlessRenderer>(*session);
    }

    core::Image render(const core::Box& view, int width, int height) {
        core::Viewport viewport{width, height, session::exportPixelScale(width, height)};
        return renderer->render(core::Camera::fit(view, viewport), viewport);
    }
};

RenderedMap& shippedMap() {
    static RenderedMap map(ATLAS_GEODATA_DIR);
    return map;
}

} // namespace

TEST_CASE("the member states render like the golden frame") {
    RenderedMap& map = shippedMap();
    core::Image image = map.render(session::memberBounds(map.session->data), 640, 360);
    auto result = test::compareWithGolden(image, "members_640x360");
    INFO(result.report);
    CHECK(result.matches);
}

TEST_CASE("Central Asia renders like the golden frame") {
    RenderedMap& map = shippedMap();
    core::Box view = core::projectedBox({{66, 36}, {82, 46}}, *map.session->projection);
    auto result = test::compareWithGolden(map.render(view, 480, 320), "central_asia_480x320");
    INFO(result.report);
    CHECK(result.matches);
}

TEST_CASE("a tiny data folder renders like the golden frame") {
    RenderedMap map(std::string(ATLAS_TEST_DATA_DIR) + "/good_minimal");
    // Small and plain: four quads, three regions, a line; its labels are few pixels each.
    auto result = test::compareWithGolden(map.render(map.session->data.bounds(), 240, 160), "good_minimal_240x160",
                                          {.channel = 16, .pixels = 12, .perBlock = 3});
    INFO(result.report);
    CHECK(result.matches);
}

TEST_CASE("an interactive frame drawn from cached tiles matches the exact frame at a tile zoom") {
    RenderedMap& map = shippedMap();
    core::Viewport viewport{800, 500, 1};
    core::Vec2 almaty = *map.session->projection->forward({76.9, 43.25});
    core::Camera camera(almaty, 2048); // 2^11 metres per pixel: tiles are drawn at their own scale
    core::Image exact = map.renderer->render(camera, viewport, render::DrawMode::Exact);
    core::Image tiled = map.renderer->render(camera, viewport, render::DrawMode::Interactive);
    long differing = 0;
    for (std::size_t i = 0; i < exact.rgba.size(); i += 4) {
        int worst = 0;
        for (int c = 0; c < 3; ++c) worst = std::max(worst, std::abs(int(exact.rgba[i + c]) - int(tiled.rgba[i + c])));
        if (worst > 40) ++differing;
    }
    INFO(differing << " of " << exact.rgba.size() / 4 << " pixels differ");
    CHECK(differing < long(exact.rgba.size() / 4 / 200));
}
