// tests/core/scale_bar_test.cpp: round scale-bar lengths and their text, and ground metres per
// pixel measured through a fake equirectangular projection.
#include <doctest/doctest.h>

#include <cmath>

#include "core/frame/scale_bar.hpp"
#include "core_test_helpers.hpp"

using namespace atlas::core;
using atlas::test::EquirectangularProjection;
using atlas::test::kDegree;
using atlas::test::kEarthRadius;

namespace {

// True when metres is 1, 2 or 5 times a power of ten.
bool isRound(double metres) {
    double power = std::pow(10.0, std::floor(std::log10(metres) + 1e-9));
    double mantissa = metres / power;
    for (double step : {1.0, 2.0, 5.0})
        if (std::abs(mantissa - step) < 1e-6) return true;
    return false;
}

} // namespace

TEST_CASE("makeScaleBar picks 500 km, 2 km and 200 m with their pixel lengths") {
    ScaleBar km500 = makeScaleBar(4000, 140, {16, 700});
    CHECK(km500.text == "500 km");
    CHECK(km500.lengthPixels == doctest::Approx(125));
    CHECK(km500.origin == Vec2{16, 700});

    ScaleBar km2 = makeScaleBar(10, 250, {});
    CHECK(km2.text == "2 km");
    CHECK(km2.lengthPixels == doctest::Approx(200));

    ScaleBar m200 = makeScaleBar(2, 140, {});
    CHECK(m200.text == "200 m");
    CHECK(m200.lengthPixels == doctest::Approx(100));

    CHECK(makeScaleBar(10, 100, {}).text == "1 km");
    CHECK(makeScaleBar(1, 60, {}).text == "50 m");
}

TEST_CASE("the scale bar is the longest 1-2-5 length that fits in maxPixels") {
    for (double mpp = 0.5; mpp < 50000; mpp *= 1.07) {
        const double maxPixels = 140;
        ScaleBar bar = makeScaleBar(mpp, maxPixels, {});
        double metres = bar.lengthPixels * mpp;
        CHECK(isRound(metres));
        CHECK(bar.lengthPixels <= maxPixels + 1e-9);
        // The next round length (at most 2.5 times longer) would not fit.
        CHECK(bar.lengthPixels > maxPixels / 2.5);
    }
}

TEST_CASE("groundMetresPerPixel follows the great-circle length of a pixel") {
    EquirectangularProjection projection;
    // On the equator a projected metre is a ground metre.
    Camera equator({0, 0}, 1000);
    CHECK(groundMetresPerPixel(equator, projection) == doctest::Approx(1000).epsilon(1e-6));
    // At 60° N the parallels are half as long: half the ground per pixel.
    Camera north({kEarthRadius * 80 * kDegree, kEarthRadius * 60 * kDegree}, 2000);
    CHECK(groundMetresPerPixel(north, projection) == doctest::Approx(1000).epsilon(1e-4));
    Camera at40({0, kEarthRadius * 40 * kDegree}, 500);
    CHECK(groundMetresPerPixel(at40, projection) == doctest::Approx(500 * std::cos(40 * kDegree)).epsilon(1e-4));
}

TEST_CASE("groundMetresPerPixel falls back to the camera's scale outside the projection") {
    EquirectangularProjection projection;
    Camera outside({kEarthRadius * 400 * kDegree, 0}, 1234);
    CHECK(groundMetresPerPixel(outside, projection) == 1234);
}
