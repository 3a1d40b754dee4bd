// tests/core/simplify_test.cpp: Douglas-Peucker on lines, rings and shapes, and the zoom to
// detail-level ladder; includes a 100k-point ring checked against its tolerance.
#include <doctest/doctest.h>

#include <cmath>
#include <numbers>
#include <random>

#include "core/geo/simplify.hpp"
#include "core_test_helpers.hpp"

using namespace atlas::core;
using atlas::test::distanceToSegment;
using atlas::test::rectangle;
using atlas::test::shapeOf;

namespace {

// A circle of the given radius with radial noise of up to ±noise, n points, counter-clockwise.
Ring noisyCircle(std::size_t n, double radius, double noise) {
    std::mt19937 random(12345);
    std::uniform_real_distribution<double> jitter(-noise, noise);
    Ring ring;
    ring.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        double angle = 2 * std::numbers::pi * double(i) / double(n);
        double r = radius + jitter(random);
        ring.push_back({r * std::cos(angle), r * std::sin(angle)});
    }
    return ring;
}

// Indices in original of the points of simplified, which must be a subsequence of it; empty if not.
std::vector<std::size_t> keptIndices(const Ring& original, const Ring& simplified) {
    std::vector<std::size_t> indices;
    std::size_t next = 0;
    for (std::size_t i = 0; i < original.size() && next < simplified.size(); ++i)
        if (original[i] == simplified[next]) {
            indices.push_back(i);
            ++next;
        }
    if (next != simplified.size()) indices.clear();
    return indices;
}

} // namespace

TEST_CASE("simplifyLine keeps the endpoints and drops collinear points") {
    Polyline line{{0, 0}, {1, 0}, {2.5, 0}, {3, 0}, {10, 0}};
    Polyline out = simplifyLine(line, 0.5);
    REQUIRE(out.size() == 2);
    CHECK(out.front() == line.front());
    CHECK(out.back() == line.back());
}

TEST_CASE("simplifyLine keeps a point farther than the tolerance and drops a nearer one") {
    Polyline line{{0, 0}, {2, 0.4}, {5, 100}, {8, -0.3}, {10, 0}};
    Polyline out = simplifyLine(line, 10);
    REQUIRE(out.size() == 3);
    CHECK(out[1] == Vec2{5, 100});
    CHECK(simplifyLine(line, 200).size() == 2);
}

TEST_CASE("a zero tolerance returns the input unchanged") {
    Polyline line{{0, 0}, {1, 0}, {2, 0}, {3, 0.001}};
    CHECK(simplifyLine(line, 0) == line);
    Ring ring = rectangle(0, 0, 1, 1);
    ring.insert(ring.begin() + 1, Vec2{0.5, 0});
    CHECK(simplifyRing(ring, 0) == ring);
    MultiPolygon shape = shapeOf(ring);
    MultiPolygon same = simplifyShape(shape, 0);
    REQUIRE(same.parts.size() == 1);
    CHECK(same.parts.front().rings.front() == ring);
}

TEST_CASE("a ring smaller than the tolerance collapses to empty") {
    CHECK(simplifyRing(rectangle(0, 0, 100, 80), 150).empty());
    CHECK(simplifyRing(rectangle(0, 0, 1000, 800), 150).size() == 4);
}

TEST_CASE("simplifyRing drops collinear points of a large ring") {
    Ring ring{{0, 0}, {500, 0}, {1000, 0}, {1000, 500}, {1000, 1000}, {500, 1000}, {0, 1000}, {0, 500}};
    Ring out = simplifyRing(ring, 10);
    CHECK(out.size() == 4);
    CHECK(std::abs(signedArea(out)) == doctest::Approx(1e6));
}

TEST_CASE("simplifyShape drops collapsed holes and parts but keeps the rest and the bounds") {
    MultiPolygon shape = shapeOf(rectangle(0, 0, 100000, 100000));
    shape.parts.front().rings.push_back(rectangle(10000, 10000, 10050, 10050));  // tiny hole
    shape.parts.front().rings.push_back(rectangle(50000, 50000, 60000, 60000));  // big hole
    shape.parts.push_back(Polygon{{rectangle(200000, 0, 200100, 100)}});         // tiny island
    shape.bounds = boundsOf(shape.parts);
    MultiPolygon out = simplifyShape(shape, 600);
    REQUIRE(out.parts.size() == 1);
    REQUIRE(out.parts.front().rings.size() == 2);
    CHECK(out.parts.front().rings[1] == rectangle(50000, 50000, 60000, 60000));
    CHECK(out.bounds.maxX == shape.bounds.maxX);
}

TEST_CASE("detailLevelFor is 0 when zoomed in close and grows monotonically with metres per pixel") {
    const int last = int(kDetailTolerances.size()) - 1;
    CHECK(detailLevelFor(0.001) == 0);
    CHECK(detailLevelFor(kDetailTolerances[1] * 0.4) == 0);
    CHECK(detailLevelFor(kDetailTolerances[1] * 2) >= 1);
    CHECK(detailLevelFor(1e9) == last);
    int previous = 0;
    for (double mpp = 1; mpp < 1e6; mpp *= 1.1) {
        int level = detailLevelFor(mpp);
        CHECK(level >= previous);
        // The tolerance stays within a pixel, and the next level's would not stay within half of one.
        CHECK(kDetailTolerances[std::size_t(level)] <= mpp);
        if (level < last) CHECK(kDetailTolerances[std::size_t(level) + 1] > mpp * 0.5);
        previous = level;
    }
    CHECK(previous == last);
}

TEST_CASE("a 100k-point noisy ring shrinks a lot and stays within the tolerance of the original") {
    const double tolerance = 2400;
    Ring ring = noisyCircle(100000, 1e6, 300);
    Ring out = simplifyRing(ring, tolerance);
    REQUIRE(out.size() >= 3);
    CHECK(out.size() < ring.size() / 100);

    std::vector<std::size_t> kept = keptIndices(ring, out);
    REQUIRE(kept.size() == out.size()); // kept points are original points, in order
    CHECK(kept.front() == 0);
    // Every original point lies within the tolerance of the simplified edge that replaced it.
    double worst = 0;
    for (std::size_t k = 0; k < kept.size(); ++k) {
        std::size_t from = kept[k];
        std::size_t to = k + 1 < kept.size() ? kept[k + 1] : ring.size();
        Vec2 a = ring[from];
        Vec2 b = ring[to % ring.size()];
        for (std::size_t i = from; i <= to; ++i) worst = std::max(worst, distanceToSegment(ring[i % ring.size()], a, b));
    }
    CHECK(worst <= tolerance);
    CHECK(worst > tolerance / 10); // the check above did measure something
}
