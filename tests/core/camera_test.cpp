// tests/core/camera_test.cpp: screen <-> map transforms, fitting a box, panning, zooming about
// the cursor and the zoom limits of core::Camera.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "core/geo/camera.hpp"

using namespace atlas::core;

namespace {

const Viewport kViewport{1280, 720, 1};

} // namespace

TEST_CASE("the camera centre is drawn at the middle of the viewport, map y up, screen y down") {
    Camera camera({1000, -500}, 250);
    Vec2 middle = camera.worldToScreen({1000, -500}, kViewport);
    CHECK(middle.x == doctest::Approx(640));
    CHECK(middle.y == doctest::Approx(360));
    Vec2 northEast = camera.worldToScreen({1000 + 250 * 10, -500 + 250 * 20}, kViewport);
    CHECK(northEast.x == doctest::Approx(650));
    CHECK(northEast.y == doctest::Approx(340));
}

TEST_CASE("worldToScreen and screenToWorld are inverse to each other") {
    Camera camera({3.5e6, 7.25e6}, 1234.5);
    for (Vec2 screen : {Vec2{0, 0}, Vec2{1280, 720}, Vec2{17.25, 600.5}, Vec2{-300, 2000}}) {
        Vec2 back = camera.worldToScreen(camera.screenToWorld(screen, kViewport), kViewport);
        CHECK(back.x == doctest::Approx(screen.x).epsilon(1e-9));
        CHECK(back.y == doctest::Approx(screen.y).epsilon(1e-9));
    }
    Vec2 world{-2e6, 4e5};
    Vec2 again = camera.screenToWorld(camera.worldToScreen(world, kViewport), kViewport);
    CHECK(again.x == doctest::Approx(world.x));
    CHECK(again.y == doctest::Approx(world.y));
}

TEST_CASE("visibleBox spans the viewport at the camera's scale") {
    Camera camera({100, 200}, 10);
    Box box = camera.visibleBox(kViewport);
    CHECK(box.width() == doctest::Approx(12800));
    CHECK(box.height() == doctest::Approx(7200));
    CHECK(box.center().x == doctest::Approx(100));
    CHECK(box.center().y == doctest::Approx(200));
}

TEST_CASE("fit shows the whole box inside the margin and fills one dimension") {
    Box box;
    box.extend(Vec2{-2e6, 1e6});
    box.extend(Vec2{3e6, 2.5e6});
    for (double pixelScale : {1.0, 2.0}) {
        Viewport viewport{1280 * int(pixelScale), 720 * int(pixelScale), pixelScale};
        const double margin = 24 * pixelScale;
        Camera camera = Camera::fit(box, viewport, 24);
        Vec2 lowLeft = camera.worldToScreen({box.minX, box.minY}, viewport);
        Vec2 topRight = camera.worldToScreen({box.maxX, box.maxY}, viewport);
        CHECK(lowLeft.x >= margin - 1e-6);
        CHECK(topRight.x <= viewport.width - margin + 1e-6);
        CHECK(topRight.y >= margin - 1e-6);
        CHECK(lowLeft.y <= viewport.height - margin + 1e-6);
        // Tight: the box is as wide as the usable width, or as tall as the usable height.
        double usedX = (topRight.x - lowLeft.x) / (viewport.width - 2 * margin);
        double usedY = (lowLeft.y - topRight.y) / (viewport.height - 2 * margin);
        CHECK(std::max(usedX, usedY) == doctest::Approx(1));
    }
}

TEST_CASE("fit of a tiny box stops at the closest zoom") {
    Box box;
    box.extend(Vec2{0, 0});
    box.extend(Vec2{10, 10});
    Camera camera = Camera::fit(box, kViewport);
    CHECK(camera.metresPerPixel() == doctest::Approx(5));
    CHECK(camera.center().x == doctest::Approx(5));
}

TEST_CASE("zoomAt keeps the map point under the cursor fixed") {
    Camera camera({2e6, 5e6}, 3000);
    for (double factor : {2.0, 0.5, 1.37, 1e6 /* clamped */}) {
        for (Vec2 cursor : {Vec2{100, 650}, Vec2{1279, 0}, Vec2{640, 360}}) {
            Camera zoomed = camera;
            Vec2 before = zoomed.screenToWorld(cursor, kViewport);
            zoomed.zoomAt(cursor, factor, kViewport);
            Vec2 after = zoomed.screenToWorld(cursor, kViewport);
            CHECK(std::abs(after.x - before.x) < 1e-6);
            CHECK(std::abs(after.y - before.y) < 1e-6);
        }
    }
    Camera zoomed = camera;
    zoomed.zoomAt({100, 100}, 2, kViewport);
    CHECK(zoomed.metresPerPixel() == doctest::Approx(1500));
}

TEST_CASE("panPixels moves the centre by the drag times metres per pixel, so the map follows the pointer") {
    Camera camera({1000, 2000}, 250);
    Vec2 grabbed = camera.screenToWorld({300, 400}, kViewport);
    camera.panPixels({10, -20});
    CHECK(camera.center().x == doctest::Approx(1000 - 10 * 250));
    CHECK(camera.center().y == doctest::Approx(2000 - 20 * 250));
    Vec2 now = camera.worldToScreen(grabbed, kViewport);
    CHECK(now.x == doctest::Approx(310));
    CHECK(now.y == doctest::Approx(380));
    CHECK(camera.metresPerPixel() == 250);
}

TEST_CASE("clampZoom keeps metres per pixel between 5 and 40000") {
    Camera close({0, 0}, 0.1);
    close.clampZoom();
    CHECK(close.metresPerPixel() == 5);
    Camera far({0, 0}, 1e9);
    far.clampZoom();
    CHECK(far.metresPerPixel() == 40000);
    Camera ok({0, 0}, 777);
    ok.clampZoom();
    CHECK(ok.metresPerPixel() == 777);
}
