// tests/app/redraw_scheduler_test.cpp: the window draws moving frames interactively and, once the
// map has been still for a moment, one exact frame: the frame export would draw.
#include <doctest/doctest.h>

#include "app/window/redraw_scheduler.hpp"

using atlas::app::RedrawScheduler;
using atlas::render::DrawMode;

TEST_CASE("frames are interactive while the map moves, and one exact frame follows once it is still") {
    RedrawScheduler scheduler;
    while (scheduler.shouldDraw(0)) scheduler.drawn(scheduler.mode(0)); // the first frames
    CHECK(scheduler.mode(0) == DrawMode::Exact);

    scheduler.input(true, 1000);
    REQUIRE(scheduler.shouldDraw(1000));
    CHECK(scheduler.mode(1000) == DrawMode::Interactive);
    scheduler.drawn(DrawMode::Interactive);
    scheduler.drawn(DrawMode::Interactive);
    CHECK_FALSE(scheduler.shouldDraw(1000 + RedrawScheduler::kSettleMs - 1));
    CHECK(scheduler.waitMs(1000 + RedrawScheduler::kSettleMs - 1) == 1);

    const std::uint32_t still = 1000 + RedrawScheduler::kSettleMs;
    REQUIRE(scheduler.shouldDraw(still));
    CHECK(scheduler.mode(still) == DrawMode::Exact);
    scheduler.drawn(DrawMode::Exact);
    CHECK_FALSE(scheduler.shouldDraw(still + 1000));
}

TEST_CASE("input that does not move the map redraws exactly") {
    RedrawScheduler scheduler;
    while (scheduler.shouldDraw(0)) scheduler.drawn(scheduler.mode(0));
    scheduler.input(false, 500);
    REQUIRE(scheduler.shouldDraw(500));
    CHECK(scheduler.mode(500) == DrawMode::Exact);
}
