// tests/core/label_placer_test.cpp: greedy label boxes: on screen, no overlaps, groups placed
// all-or-nothing, and the same candidates always giving the same result.
#include <doctest/doctest.h>

#include <algorithm>
#include <vector>

#include "core/frame/label_placer.hpp"
#include "core_test_helpers.hpp"

using namespace atlas::core;
using atlas::test::rectangle;

namespace {

Box box(double minX, double minY, double maxX, double maxY) { return boundsOf(rectangle(minX, minY, maxX, maxY)); }

const Box kScreen = box(0, 0, 800, 600);

} // namespace

TEST_CASE("a free on-screen box is placed, one overlapping it is refused") {
    LabelPlacer placer(kScreen);
    CHECK(placer.tryPlace(box(10, 10, 110, 30)));
    CHECK_FALSE(placer.tryPlace(box(100, 20, 200, 40)));  // overlaps the first
    CHECK_FALSE(placer.tryPlace(box(10, 10, 110, 30)));   // identical
    CHECK_FALSE(placer.tryPlace(box(50, 15, 60, 25)));    // inside the first
    CHECK(placer.tryPlace(box(120, 10, 220, 30)));        // beside it
}

TEST_CASE("a box reaching off screen is refused") {
    LabelPlacer placer(kScreen);
    CHECK_FALSE(placer.tryPlace(box(-1, 10, 50, 30)));
    CHECK_FALSE(placer.tryPlace(box(790, 10, 801, 30)));
    CHECK_FALSE(placer.tryPlace(box(10, -5, 50, 10)));
    CHECK_FALSE(placer.tryPlace(box(10, 590, 50, 600.5)));
    CHECK(placer.tryPlace(box(0, 0, 800, 600))); // exactly the screen fits, nothing was taken
}

TEST_CASE("a group of boxes is placed all or nothing") {
    LabelPlacer placer(kScreen);
    REQUIRE(placer.tryPlace(box(300, 300, 400, 320)));
    // The second box of the group collides, so the first must not be taken either.
    CHECK_FALSE(placer.tryPlace(std::vector<Box>{box(10, 10, 50, 30), box(350, 310, 360, 330)}));
    CHECK(placer.tryPlace(box(10, 10, 50, 30)));
    // A group that fits takes all its boxes.
    CHECK(placer.tryPlace(std::vector<Box>{box(500, 500, 520, 520), box(530, 500, 560, 520)}));
    CHECK_FALSE(placer.tryPlace(box(505, 505, 510, 510)));
    CHECK_FALSE(placer.tryPlace(box(540, 505, 545, 510)));
    // A group with an off-screen box is refused too.
    CHECK_FALSE(placer.tryPlace(std::vector<Box>{box(600, 100, 620, 120), box(790, 100, 820, 120)}));
    CHECK(placer.tryPlace(box(600, 100, 620, 120)));
}

TEST_CASE("the same candidates in the same order give the same placements") {
    std::vector<Box> candidates;
    for (int i = 0; i < 200; ++i) {
        double x = (i * 37) % 760;
        double y = (i * 53) % 580;
        candidates.push_back(box(x, y, x + 40 + i % 7, y + 12));
    }
    auto run = [&] {
        LabelPlacer placer(kScreen);
        std::vector<bool> placed;
        for (const Box& b : candidates) placed.push_back(placer.tryPlace(b));
        return placed;
    };
    std::vector<bool> first = run();
    CHECK(first == run());
    auto count = std::count(first.begin(), first.end(), true);
    CHECK(count > 0);
    CHECK(count < long(candidates.size())); // some collided, so the order mattered
}

TEST_CASE("a box crossing a line kept clear, or within its clearance, is refused") {
    LabelPlacer placer(kScreen);
    placer.keepClear({{0, 100}, {800, 100}}, 2);
    CHECK_FALSE(placer.tryPlace(box(10, 90, 60, 110)));  // across the line
    CHECK_FALSE(placer.tryPlace(box(10, 101, 60, 120))); // within its clearance
    CHECK(placer.tryPlace(box(10, 103, 60, 120)));       // clear of it
    CHECK(placer.tryPlace(box(100, 80, 150, 97)));       // above it
}

TEST_CASE("a reserved box is taken even where it overlaps another") {
    LabelPlacer placer(kScreen);
    placer.reserve(box(10, 10, 30, 30));
    placer.reserve(box(20, 20, 40, 40)); // overlaps the first: a marker beside a marker
    CHECK_FALSE(placer.tryPlace(box(32, 32, 50, 50)));
}

TEST_CASE("a leader may start under a marker but not run through a text") {
    LabelPlacer placer(kScreen);
    placer.reserve(box(0, 0, 20, 20));                      // the marker the leader starts under
    REQUIRE(placer.tryPlace(box(100, 0, 200, 20)));           // a text
    CHECK(placer.crossesTaken({10, 10}, {300, 10}));          // through the text
    CHECK_FALSE(placer.crossesTaken({10, 10}, {10, 300}));    // out from under the marker, clear
    CHECK(segmentMeetsBox({150, -50}, {150, 50}, box(100, 0, 200, 20)));
    CHECK_FALSE(segmentMeetsBox({0, 50}, {90, 50}, box(100, 0, 200, 20)));
}
