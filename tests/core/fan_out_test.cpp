// tests/core/fan_out_test.cpp: arcs to one destination bend apart, keep their ends, and a lone arc
// stays as it was.
#include <doctest/doctest.h>

#include "core/geo/fan_out.hpp"

using namespace atlas::core;

namespace {

Vec2 middleOf(const Polyline& line) { return line[line.size() / 2]; }

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
}

TEST_CASE("a lone arc is left as it is") {
    Polyline only = {{0, 0}, {50, 50}, {100, 0}};
    Polyline before = only;
    fanOut({&only}, 0.05);
    CHECK(only == before);
}
