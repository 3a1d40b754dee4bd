// tests/core/camera_flight_test.cpp: core::CameraFlight, the camera's path from one view to
// another: exact ends, no jumps, no overshoot of the target, no zooming closer than the nearer
// view, zooming out over a long pan, its length in seconds; and core::easeInOut.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/presentation/camera_flight.hpp"

using namespace atlas::core;

namespace {

constexpr double kViewportWidth = 1920;
constexpr int kSteps = 2000;

// The flight sampled at kSteps + 1 evenly spaced progresses, 0 and 1 included.
std::vector<Camera> sampled(const CameraFlight& flight) {
    std::vector<Camera> cameras;
    for (int i = 0; i <= kSteps; ++i) cameras.push_back(flight.at(double(i) / kSteps));
    return cameras;
}

double distance(Vec2 a, Vec2 b) { return std::hypot(a.x - b.x, a.y - b.y); }

double viewWidth(const Camera& camera) { return camera.metresPerPixel() * kViewportWidth; }

// How far c's centre has come along the line from `from` to `to`, in metres.
double progressAlong(const Camera& c, const Camera& from, const Camera& to) {
    Vec2 line = to.center() - from.center();
    Vec2 moved = c.center() - from.center();
    return (moved.x * line.x + moved.y * line.y) / std::hypot(line.x, line.y);
}

// The largest step between successive samples: the centre's move relative to the view's width,
// and the zoom's ratio (1 or more).
struct Steps {
    double move = 0;
    double zoom = 1;
};

Steps worstSteps(const std::vector<Camera>& cameras) {
    Steps worst;
    for (std::size_t i = 1; i < cameras.size(); ++i) {
        const Camera& a = cameras[i - 1];
        const Camera& b = cameras[i];
        double width = std::min(viewWidth(a), viewWidth(b));
        worst.move = std::max(worst.move, distance(a.center(), b.center()) / width);
        double ratio = b.metresPerPixel() / a.metresPerPixel();
        worst.zoom = std::max({worst.zoom, ratio, 1 / ratio});
    }
    return worst;
}

double largestZoom(const std::vector<Camera>& cameras) {
    double most = 0;
    for (const Camera& c : cameras) most = std::max(most, c.metresPerPixel());
    return most;
}

void checkSameCamera(const Camera& actual, const Camera& expected) {
    CHECK(actual.center().x == expected.center().x);
    CHECK(actual.center().y == expected.center().y);
    CHECK(actual.metresPerPixel() == expected.metresPerPixel());
}

// The flights every property below is checked on: long and short pans, in and out, diagonal.
struct Case {
    const char* name;
    Camera from;
    Camera to;
};

const std::vector<Case>& flights() {
    static const std::vector<Case> cases = {
        {"long pan at one zoom", Camera({0, 0}, 1000), Camera({4e6, 0}, 1000)},
        {"short pan at one zoom", Camera({0, 0}, 1000), Camera({2e5, 0}, 1000)},
        {"diagonal pan zooming in", Camera({-1e6, 2e6}, 4000), Camera({2e6, -5e5}, 300)},
        {"diagonal pan zooming out", Camera({2e6, -5e5}, 300), Camera({-1e6, 2e6}, 4000)},
        {"small pan, large zoom in", Camera({5e5, 5e5}, 8000), Camera({5.5e5, 4.8e5}, 50)},
        {"pure zoom in", Camera({1e5, 2e5}, 2000), Camera({1e5, 2e5}, 100)},
        {"pure zoom out", Camera({1e5, 2e5}, 100), Camera({1e5, 2e5}, 2000)},
    };
    return cases;
}

} // namespace

TEST_CASE("a flight starts exactly at the first camera and ends exactly at the second") {
    for (const Case& c : flights()) {
        CAPTURE(c.name);
        CameraFlight flight(c.from, c.to, kViewportWidth);
        checkSameCamera(flight.at(0), c.from);
        checkSameCamera(flight.at(1), c.to);
        checkSameCamera(flight.at(-0.5), c.from);
        checkSameCamera(flight.at(7), c.to);
    }
}

TEST_CASE("a flight has no jumps: successive cameras differ little relative to the view") {
    for (const Case& c : flights()) {
        CAPTURE(c.name);
        Steps worst = worstSteps(sampled(CameraFlight(c.from, c.to, kViewportWidth)));
        // At 2000 steps a smooth flight moves well under 1 % of the view and zooms well under
        // 1 % per step; a jump (a restart, a wrong end) would be far more.
        CHECK(worst.move < 0.01);
        CHECK(worst.zoom < 1.01);
    }
}

TEST_CASE("a flight's centre moves straight towards the target, never back, never past it") {
    for (const Case& c : flights()) {
        double length = distance(c.from.center(), c.to.center());
        if (length == 0) continue;
        CAPTURE(c.name);
        std::vector<Camera> cameras = sampled(CameraFlight(c.from, c.to, kViewportWidth));
        double previous = 0;
        for (const Camera& camera : cameras) {
            double along = progressAlong(camera, c.from, c.to);
            CHECK(along >= previous - 1e-6 * length);
            CHECK(along <= length * (1 + 1e-12));
            Vec2 onLine = c.from.center() + (c.to.center() - c.from.center()) * (along / length);
            CHECK(distance(camera.center(), onLine) <= 1e-6 * length);
            previous = along;
        }
    }
}

TEST_CASE("a flight never zooms closer than the nearer of its two views") {
    for (const Case& c : flights()) {
        CAPTURE(c.name);
        double nearest = std::min(c.from.metresPerPixel(), c.to.metresPerPixel());
        for (const Camera& camera : sampled(CameraFlight(c.from, c.to, kViewportWidth)))
            CHECK(camera.metresPerPixel() >= nearest * (1 - 1e-9));
    }
}

TEST_CASE("a long pan zooms out in the middle, beyond both views") {
    Camera from({0, 0}, 1000), to({4e6, 0}, 1000); // the centres are two view widths apart
    std::vector<Camera> cameras = sampled(CameraFlight(from, to, kViewportWidth));
    CHECK(largestZoom(cameras) > 1.2 * std::max(from.metresPerPixel(), to.metresPerPixel()));
    // The widest view comes near the middle of the flight, not at an end.
    auto widest = std::max_element(cameras.begin(), cameras.end(), [](const Camera& a, const Camera& b) {
        return a.metresPerPixel() < b.metresPerPixel();
    });
    double at = double(widest - cameras.begin()) / kSteps;
    CHECK(at > 0.3);
    CHECK(at < 0.7);
}

TEST_CASE("a pure zoom changes the zoom monotonically and keeps the centre") {
    for (const Case& c : flights()) {
        if (distance(c.from.center(), c.to.center()) != 0) continue;
        CAPTURE(c.name);
        bool zoomingIn = c.to.metresPerPixel() < c.from.metresPerPixel();
        std::vector<Camera> cameras = sampled(CameraFlight(c.from, c.to, kViewportWidth));
        for (std::size_t i = 1; i < cameras.size(); ++i) {
            double before = cameras[i - 1].metresPerPixel(), after = cameras[i].metresPerPixel();
            if (zoomingIn) CHECK(after <= before);
            else CHECK(after >= before);
            CHECK(cameras[i].center() == c.from.center());
        }
        CHECK(largestZoom(cameras) == std::max(c.from.metresPerPixel(), c.to.metresPerPixel()));
    }
}

TEST_CASE("a far zoom out with a pan of a few pixels is finite and lands smoothly on the target") {
    // From 10 to 10,000 metres per pixel (the map's zoom range is 5 to 40,000), the centres 2 to
    // 100 pixels of the first view apart: a flight back out from a close look at a place.
    for (double pan : {20.0, 30.0, 100.0, 1000.0}) {
        CAPTURE(pan);
        Camera from({0, 0}, 10), to({pan, 0}, 10000);
        std::vector<Camera> cameras = sampled(CameraFlight(from, to, kViewportWidth));
        bool finite = std::all_of(cameras.begin(), cameras.end(), [](const Camera& c) {
            return std::isfinite(c.center().x) && std::isfinite(c.center().y) && std::isfinite(c.metresPerPixel());
        });
        CHECK(finite);
        if (!finite) continue;
        Steps worst = worstSteps(cameras);
        CHECK(worst.move < 0.01);
        CHECK(worst.zoom < 1.02); // a thousandfold zoom in 2000 eased steps: about 1 % at the steepest
    }
}

TEST_CASE("a flight lasts up to 4 seconds, longer for a longer path, nothing between equal views") {
    for (const Case& c : flights()) {
        CAPTURE(c.name);
        double seconds = CameraFlight(c.from, c.to, kViewportWidth).seconds();
        CHECK(seconds > 0);
        CHECK(seconds <= 4);
    }
    Camera start({0, 0}, 1000);
    double shortPan = CameraFlight(start, Camera({3e5, 0}, 1000), kViewportWidth).seconds();
    double mediumPan = CameraFlight(start, Camera({2e6, 0}, 1000), kViewportWidth).seconds();
    CHECK(shortPan < mediumPan);
    double smallZoom = CameraFlight(start, Camera({0, 0}, 700), kViewportWidth).seconds();
    double largeZoom = CameraFlight(start, Camera({0, 0}, 100), kViewportWidth).seconds();
    CHECK(smallZoom < largeZoom);
    // Across a thousand view widths: as long as a flight gets.
    CHECK(CameraFlight(start, Camera({2e9, 0}, 1000), kViewportWidth).seconds() == 4);
    CHECK(CameraFlight(start, start, kViewportWidth).seconds() == 0);
}

TEST_CASE("a flight between equal cameras stays put") {
    Camera camera({123456, -654321}, 777);
    CameraFlight flight(camera, camera, kViewportWidth);
    for (double p : {0.0, 0.25, 0.5, 0.75, 1.0}) {
        CAPTURE(p);
        CHECK(flight.at(p).center() == camera.center());
        CHECK(flight.at(p).metresPerPixel() == doctest::Approx(camera.metresPerPixel()));
    }
}

TEST_CASE("easeInOut starts and ends at rest, passes the middle at one half and never turns back") {
    CHECK(easeInOut(0) == 0);
    CHECK(easeInOut(1) == 1);
    CHECK(easeInOut(0.5) == doctest::Approx(0.5));
    CHECK(easeInOut(-1) == 0);
    CHECK(easeInOut(2) == 1);
    // At rest at both ends: the first and last steps move far less than a linear ramp's.
    CHECK(easeInOut(0.01) < 0.001);
    CHECK(1 - easeInOut(0.99) < 0.001);
    // Symmetric about the middle.
    for (double t : {0.1, 0.2, 0.35, 0.45}) CHECK(easeInOut(t) + easeInOut(1 - t) == doctest::Approx(1));
    double previous = 0;
    for (int i = 1; i <= 1000; ++i) {
        double value = easeInOut(i / 1000.0);
        CHECK(value >= previous);
        previous = value;
    }
}
