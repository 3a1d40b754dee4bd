// tests/core/geometry_test.cpp: boxes, ring orientation and containment, and label points of
// concave shapes and shapes with holes.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/geo/geometry.hpp"
#include "core_test_helpers.hpp"

using namespace atlas::core;
using atlas::test::rectangle;
using atlas::test::shapeOf;

namespace {

// A "C" open to the right: its area centroid (x ≈ 4.08, y = 5) lies in the notch, outside it.
Ring cShape() { return {{0, 0}, {10, 0}, {10, 2}, {2, 2}, {2, 8}, {10, 8}, {10, 10}, {0, 10}}; }

} // namespace

TEST_CASE("a default box is empty and has no size") {
    Box box;
    CHECK(box.empty());
    CHECK(box.width() == 0);
    CHECK(box.height() == 0);
}

TEST_CASE("extending a box by points grows it to their bounds") {
    Box box;
    box.extend(Vec2{3, -1});
    CHECK_FALSE(box.empty());
    CHECK(box.width() == 0);
    box.extend(Vec2{-2, 4});
    CHECK(box.minX == -2);
    CHECK(box.minY == -1);
    CHECK(box.maxX == 3);
    CHECK(box.maxY == 4);
    CHECK(box.center() == Vec2{0.5, 1.5});
}

TEST_CASE("extending a box by an empty box leaves it unchanged") {
    Box box = boundsOf(rectangle(0, 0, 2, 2));
    box.extend(Box{});
    CHECK(box.minX == 0);
    CHECK(box.maxX == 2);
    Box grown = box;
    grown.extend(boundsOf(rectangle(5, 5, 6, 7)));
    CHECK(grown.maxX == 6);
    CHECK(grown.maxY == 7);
    CHECK(grown.minX == 0);
}

TEST_CASE("boxes intersect when they overlap or touch, never when either is empty") {
    Box a = boundsOf(rectangle(0, 0, 10, 10));
    CHECK(a.intersects(boundsOf(rectangle(5, 5, 15, 15))));
    CHECK(a.intersects(boundsOf(rectangle(10, 0, 20, 10)))); // shared edge
    CHECK_FALSE(a.intersects(boundsOf(rectangle(10.5, 0, 20, 10))));
    CHECK_FALSE(a.intersects(boundsOf(rectangle(0, -5, 10, -0.1))));
    CHECK_FALSE(a.intersects(Box{}));
    CHECK_FALSE(Box{}.intersects(a));
}

TEST_CASE("signedArea is positive for counter-clockwise rings and negative for clockwise ones") {
    Ring ccw = rectangle(0, 0, 2, 3);
    CHECK(signedArea(ccw) == doctest::Approx(6));
    Ring cw(ccw.rbegin(), ccw.rend());
    CHECK(signedArea(cw) == doctest::Approx(-6));
    CHECK(signedArea(cShape()) == doctest::Approx(52));
}

TEST_CASE("ringContains tells inside from outside, including in a concave notch") {
    Ring c = cShape();
    CHECK(ringContains(c, {1, 5}));
    CHECK(ringContains(c, {9, 1}));
    CHECK(ringContains(c, {9, 9}));
    CHECK_FALSE(ringContains(c, {6, 5})); // the notch
    CHECK_FALSE(ringContains(c, {-1, 5}));
    CHECK_FALSE(ringContains(c, {5, 11}));
    Ring cw(c.rbegin(), c.rend());
    CHECK(ringContains(cw, {1, 5}));
    CHECK_FALSE(ringContains(cw, {6, 5}));
}

TEST_CASE("boundsOf covers the outer rings of every part") {
    std::vector<Polygon> parts{Polygon{{rectangle(0, 0, 1, 1)}}, Polygon{{rectangle(4, -2, 5, 3)}}};
    Box box = boundsOf(parts);
    CHECK(box.minX == 0);
    CHECK(box.minY == -2);
    CHECK(box.maxX == 5);
    CHECK(box.maxY == 3);
}

TEST_CASE("labelPoint of a convex shape is its centroid") {
    Vec2 p = labelPoint(shapeOf(rectangle(0, 0, 4, 2)));
    CHECK(p.x == doctest::Approx(2));
    CHECK(p.y == doctest::Approx(1));
}

TEST_CASE("labelPoint of a C-shaped polygon lies inside it although its centroid does not") {
    MultiPolygon shape = shapeOf(cShape());
    REQUIRE_FALSE(ringContains(cShape(), {212.0 / 52, 5})); // the centroid is in the notch
    Vec2 p = labelPoint(shape);
    CHECK(shapeContains(shape, p));
    CHECK(p.x == doctest::Approx(1)); // middle of the only chord at y = 5, the left bar
    CHECK(p.y == doctest::Approx(5));
}

TEST_CASE("labelPoint avoids a hole that covers the centroid") {
    MultiPolygon shape = shapeOf(rectangle(0, 0, 10, 10));
    shape.parts.front().rings.push_back(rectangle(4, 4, 6, 6));
    Vec2 p = labelPoint(shape);
    CHECK(shapeContains(shape, p));
    CHECK_FALSE(ringContains(rectangle(4, 4, 6, 6), p));
}

TEST_CASE("labelPoint answers a shape's kept anchor, which appendShape drops") {
    MultiPolygon shape = shapeOf(rectangle(0, 0, 4, 2));
    shape.labelAnchor = Vec2{3, 1.5};
    CHECK(labelPoint(shape).x == 3);
    appendShape(shape, shapeOf(rectangle(10, 0, 11, 1)));
    CHECK_FALSE(shape.labelAnchor);
    CHECK(labelPoint(shape).x == doctest::Approx(2)); // found again: the larger part's centroid
}

TEST_CASE("labelPoint picks the largest part") {
    MultiPolygon shape = shapeOf(rectangle(0, 0, 1, 1));
    shape.parts.push_back(Polygon{{rectangle(100, 100, 120, 110)}});
    shape.bounds = boundsOf(shape.parts);
    Vec2 p = labelPoint(shape);
    CHECK(p.x == doctest::Approx(110));
    CHECK(p.y == doctest::Approx(105));
}
