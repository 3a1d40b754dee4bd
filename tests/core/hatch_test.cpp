// tests/core/hatch_test.cpp: hatch lines stay inside the area, keep out of holes and come at the
// spacing asked for.
#include <doctest/doctest.h>

#include <cmath>

#include "core/geo/hatch.hpp"
#include "core_test_helpers.hpp"

using namespace atlas::core;
using atlas::test::rectangle;

namespace {

Polyline closed(Ring ring) {
    ring.push_back(ring.front());
    return ring;
}

bool inside(Vec2 p, double x0, double y0, double x1, double y1) { return p.x >= x0 - 1e-6 && p.x <= x1 + 1e-6 && p.y >= y0 - 1e-6 && p.y <= y1 + 1e-6; }

} // namespace

TEST_CASE("a square is crossed by diagonal lines, spacing apart, each ending on its edges") {
    std::vector<Polyline> lines = hatch({closed(rectangle(0, 0, 100, 100))}, 10);
    // v = (y - x)/sqrt(2) runs over +-70.7: a line at each multiple of 10 from -70 to 70.
    CHECK(lines.size() == 15);
    for (const Polyline& line : lines) {
        REQUIRE(line.size() == 2);
        CHECK(inside(line[0], 0, 0, 100, 100));
        CHECK(inside(line[1], 0, 0, 100, 100));
        Vec2 d = line[1] - line[0];
        CHECK(d.x == doctest::Approx(d.y)); // 45 degrees
    }
    // Neighbouring lines lie the spacing apart, measured across them.
    for (std::size_t i = 1; i < lines.size(); ++i) {
        double across = ((lines[i][0].y - lines[i][0].x) - (lines[i - 1][0].y - lines[i - 1][0].x)) / std::sqrt(2.0);
        CHECK(std::abs(across) == doctest::Approx(10));
    }
}

TEST_CASE("a hole stays clear of hatching") {
    std::vector<Polyline> rings = {closed(rectangle(0, 0, 100, 100)), closed(rectangle(40, 40, 60, 60))};
    for (const Polyline& line : hatch(rings, 5)) {
        Vec2 middle = (line[0] + line[1]) * 0.5;
        CHECK_FALSE((middle.x > 40.5 && middle.x < 59.5 && middle.y > 40.5 && middle.y < 59.5));
    }
}

TEST_CASE("no spacing or no area gives no lines, and a spacing far too fine for the area is refused") {
    CHECK(hatch({closed(rectangle(0, 0, 100, 100))}, 0).empty());
    CHECK(hatch({}, 10).empty());
    CHECK(hatch({closed(rectangle(0, 0, 1e6, 1e6))}, 1).empty());
}
