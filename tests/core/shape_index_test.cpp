// tests/core/shape_index_test.cpp: ShapeIndex answers as shapeContains does, point for point:
// random points, points at the latitude of every vertex (where the edge rule is decided), on
// the bounds, outside them, and not a number; for a many-pointed star with a hole and an island.
#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <random>

#include "core/geo/shape_index.hpp"

using namespace atlas::core;

namespace {

Ring star(Vec2 centre, double outer, double inner, int points) {
    Ring ring;
    for (int i = 0; i < 2 * points; ++i) {
        double angle = 3.14159265358979 * i / points, r = i % 2 ? inner : outer;
        ring.push_back({centre.x + r * std::cos(angle), centre.y + r * std::sin(angle)});
    }
    return ring;
}

MultiPolygon starWithHoleAndIsland() {
    MultiPolygon shape;
    shape.parts.push_back({{star({0, 0}, 100, 40, 300), star({0, 0}, 20, 10, 7)}});
    shape.parts.push_back({{{{150, -5}, {170, -5}, {170, 5}, {150, 5}}}}); // a square island
    shape.parts.push_back({{}});                                         // an empty part
    shape.bounds = boundsOf(shape.parts);
    return shape;
}

} // namespace

TEST_CASE("the index answers as the plain test at random points, every vertex's latitude and outside") {
    MultiPolygon plain = starWithHoleAndIsland();
    ShapeIndex index(plain);
    std::mt19937 random(7);
    std::uniform_real_distribution<double> x(-120, 190), y(-120, 120);
    int inside = 0;
    for (int i = 0; i < 20000; ++i) {
        Vec2 p{x(random), y(random)};
        CAPTURE(p.x);
        CAPTURE(p.y);
        bool expected = shapeContains(plain, p);
        REQUIRE(index.contains(p) == expected);
        inside += expected;
    }
    CHECK(inside > 2000); // the points test both answers
    for (const Polygon& part : plain.parts)
        for (const Ring& ring : part.rings)
            for (Vec2 v : ring)
                for (double dx : {-3.0, -0.5, 0.0, 0.5, 3.0}) {
                    Vec2 p{v.x + dx, v.y};
                    REQUIRE(index.contains(p) == shapeContains(plain, p));
                }
    CHECK_FALSE(index.contains({0, 0}));  // in the hole
    CHECK(index.contains({0, 30}));       // in the star
    CHECK(index.contains({160, 0}));      // on the island
    CHECK_FALSE(index.contains({500, 0}));
    CHECK_FALSE(index.contains({0, std::numeric_limits<double>::quiet_NaN()}));
}

TEST_CASE("shapeContains uses a shape's index, and appendShape drops it") {
    MultiPolygon shape = starWithHoleAndIsland();
    shape.index = std::make_shared<const ShapeIndex>(MultiPolygon{}); // an index of nothing: answers no
    CHECK_FALSE(shapeContains(shape, {0, 30}));
    MultiPolygon more;
    more.parts.push_back({{{{200, 0}, {210, 0}, {210, 10}}}});
    more.bounds = boundsOf(more.parts);
    appendShape(shape, std::move(more));
    CHECK_FALSE(shape.index);
    CHECK(shapeContains(shape, {0, 30}));
}
