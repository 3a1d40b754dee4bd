// tests/core/fan_out_test.cpp: arcs to one destination bend apart, keep their ends, and a lone arc
// stays as it was.
#include <doctest/doctest.h>

#include "core/geo/fan_out.hpp"

using namespace atlas::core;

namespace {

Vec2 middleOf(const Polyline& line) { return line[line.size() / 2]; }

double cross(Vec2 a, Vec2 b) { return a.x * b.y - a.y * b.x; }

// Whether two polylines cross anywhere but at their last points (where arcs to one place meet).
bool cross(const Polyline& a, const Polyline& b) {
    for (std::size_t i = 1; i + 1 < a.size(); ++i)
        for (std::size_t j = 1; j + 1 < b.size(); ++j) {
            Vec2 p = a[i - 1], r = a[i] - p, q = b[j - 1], s = b[j] - q;
            double d = cross(r, s);
            if (d == 0) continue;
            double t = cross(q - p, s) / d, u = cross(q - p, r) / d;
            if (t > 0 && t < 1 && u > 0 && u < 1) return true;
        }
    return false;
}

} // namespace

TEST_CASE("three arcs from one side to one destination separate in the middle and meet at the end") {
    Polyline a = {{0, 100}, {100, 0}}, b = {{0, 95}, {100, 0}}, c = {{0, 90}, {100, 0}};
    REQUIRE(length(middleOf(a) - middleOf(b)) < 5);
    fanOut({&a, &b, &c}, 0.05);
    for (const Polyline* line : {&a, &b, &c}) {
        CHECK(line->size() >= 16);
        CHECK(line->back().x == doctest::Approx(100));
        CHECK(line->back().y == doctest::Approx(0));
    }
    CHECK(a.front().y == doctest::Approx(100));
    // Neighbours now run apart by several per cent of their length at the middle.
    CHECK(length(middleOf(a) - middleOf(b)) > 5);
    CHECK(length(middleOf(b) - middleOf(c)) > 5);
    CHECK(length(middleOf(a) - middleOf(c)) > 10);
    // They bend apart, not through each other.
    CHECK_FALSE(cross(a, b));
    CHECK_FALSE(cross(b, c));
    CHECK_FALSE(cross(a, c));
}

TEST_CASE("arcs arriving from due west, on both sides of the angle's wrap, bend apart too") {
    Polyline north = {{-100, 8}, {0, 0}}, middle = {{-100, 0}, {0, 0}}, south = {{-100, -8}, {0, 0}};
    fanOut({&south, &north, &middle}, 0.05);
    CHECK_FALSE(cross(north, middle));
    CHECK_FALSE(cross(middle, south));
    CHECK(middleOf(north).y > middleOf(middle).y + 3);
    CHECK(middleOf(middle).y > middleOf(south).y + 3);
    CHECK(middleOf(middle).y == doctest::Approx(0)); // the middle one stays straight
}

TEST_CASE("a lone arc is left as it is") {
    Polyline only = {{0, 0}, {50, 50}, {100, 0}};
    Polyline before = only;
    fanOut({&only}, 0.05);
    CHECK(only == before);
}
