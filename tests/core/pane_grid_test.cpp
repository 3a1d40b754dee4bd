// tests/core/pane_grid_test.cpp: where each frame shape puts three panes and the caption: side by
// side at 16:9 and 16:10, two by two with the caption in the fourth cell at 4:3 and square, one
// above another at 9:16; cells inside the frame, apart by the gap, never under the caption.
#include <doctest/doctest.h>

#include <cmath>
#include <utility>

#include "core/presentation/pane_grid.hpp"

namespace {

using namespace atlas::core;

constexpr double kGap = 6, kDots = 46, kMargin = 28;

PaneGrid grid(int width, int height, double captionHeight = 300) {
    return paneGrid(3, Viewport{width, height}, kGap, kDots, [&](double) { return captionHeight; }, kMargin);
}

bool apart(const Box& a, const Box& b) { return a.maxX <= b.minX || b.maxX <= a.minX || a.maxY <= b.minY || b.maxY <= a.minY; }

void checkCells(const PaneGrid& g, int width, int height) {
    REQUIRE(g.cells.size() == 3);
    for (std::size_t i = 0; i < g.cells.size(); ++i) {
        const Box& c = g.cells[i];
        CHECK(c.minX >= 0);
        CHECK(c.minY >= 0);
        CHECK(c.maxX <= width);
        CHECK(c.maxY <= height);
        for (std::size_t j = i + 1; j < g.cells.size(); ++j) CHECK(apart(c, g.cells[j]));
        if (g.captionInCell) CHECK(apart(c, g.captionArea));
    }
}

} // namespace

TEST_CASE("frame shapes: wide from 3:2, boxy down to 3:4, tall below") {
    CHECK(frameShape({1920, 1080}) == FrameShape::Wide);
    CHECK(frameShape({1728, 1080}) == FrameShape::Wide);
    CHECK(frameShape({1440, 1080}) == FrameShape::Boxy);
    CHECK(frameShape({1080, 1080}) == FrameShape::Boxy);
    CHECK(frameShape({1080, 1920}) == FrameShape::Tall);
}

TEST_CASE("16:9: three columns the frame's height, the caption across their feet") {
    PaneGrid g = grid(1920, 1080);
    checkCells(g, 1920, 1080);
    CHECK_FALSE(g.captionInCell);
    for (const Box& c : g.cells) CHECK(c.height() == 1080);
    CHECK(g.cells[1].minX - g.cells[0].maxX == doctest::Approx(kGap).epsilon(0.2));
    CHECK(g.gaps.size() == 2);
}

TEST_CASE("4:3 and square: two by two, the caption in the fourth cell, its row grown to hold it") {
    PaneGrid g = grid(1440, 1080);
    checkCells(g, 1440, 1080);
    REQUIRE(g.captionInCell);
    CHECK(g.captionArea.minX > g.cells[2].maxX);
    CHECK(g.captionArea.minY == g.cells[2].minY);
    CHECK(g.cells[0].minY == g.cells[1].minY);
    PaneGrid square = grid(1080, 1080, 520); // a caption taller than half the frame's row
    checkCells(square, 1080, 1080);
    REQUIRE(square.captionInCell);
    CHECK(square.captionArea.height() >= 520 + kDots + kMargin);
    // Cells on whole pixels, whatever the gap: each pane is drawn where its cell says.
    PaneGrid odd = paneGrid(3, Viewport{1280, 960}, 5.33, kDots, [](double) { return 300.0; }, kMargin);
    for (const Box& c : odd.cells) {
        CHECK(c.minY == std::round(c.minY));
        CHECK(c.maxY == std::round(c.maxY));
    }
}

TEST_CASE("a caption too tall for the fourth cell and most of the frame goes over the panes' feet") {
    PaneGrid g = grid(1080, 1080, 800);
    checkCells(g, 1080, 1080);
    CHECK_FALSE(g.captionInCell);
    for (const Box& c : g.cells) CHECK(c.height() == 1080);
}

TEST_CASE("a caption taller than most of a small frame goes over the panes' feet; no cell is empty") {
    for (auto [w, h] : {std::pair{120, 160}, std::pair{160, 120}, std::pair{90, 160}}) {
        INFO(w << "x" << h);
        PaneGrid g = grid(w, h, 500);
        checkCells(g, w, h);
        for (const Box& c : g.cells) CHECK(c.height() >= h * 0.2);
    }
}

TEST_CASE("9:16: three rows above the caption") {
    PaneGrid g = grid(1080, 1920, 400);
    checkCells(g, 1080, 1920);
    CHECK_FALSE(g.captionInCell);
    for (const Box& c : g.cells) CHECK(c.width() == 1080);
    CHECK(g.cells[0].maxY < g.cells[1].minY);
    CHECK(g.cells[2].maxY <= 1920 - kDots - 400);
}

TEST_CASE("a pane's viewport is drawn where its cell is, and says so back") {
    Viewport frame{1080, 1920};
    Box cell{0, 700, 1080, 1200};
    Viewport v = cellViewport(frame, cell);
    CHECK(v.height == 500);
    CHECK(v.bottom == 720); // rows under it in the framebuffer
    Vec2 at = offsetIn(v, frame);
    CHECK(at.x == 0);
    CHECK(at.y == 700);
}
