// tests/core/timeline_axis_test.cpp: zooming and panning the timeline within its extent, and the
// calendar ticks that label it.
#include <doctest/doctest.h>

#include <chrono>

#include "core/time/timeline_axis.hpp"

using namespace atlas::core;

namespace {

double dayOf(int y, unsigned m, unsigned d) {
    using namespace std::chrono;
    return toSeconds(sys_days{year{y} / month{m} / d});
}

} // namespace

TEST_CASE("zoom keeps the time under the cursor and stays between hours and the whole span") {
    TimelineAxis axis(dayOf(1992, 1, 1), dayOf(2026, 1, 1));
    double under = axis.axisAt(0.25);
    axis.zoomAt(0.25, 4);
    CHECK(axis.axisAt(0.25) == doctest::Approx(under));
    CHECK(axis.end() - axis.begin() == doctest::Approx((dayOf(2026, 1, 1) - dayOf(1992, 1, 1)) / 4));
    for (int i = 0; i < 100; ++i) axis.zoomAt(0.5, 2);
    CHECK(axis.end() - axis.begin() == doctest::Approx(TimelineAxis::kMinSpan));
    for (int i = 0; i < 100; ++i) axis.zoomAt(0.5, 0.5);
    CHECK(axis.begin() == axis.extentBegin());
    CHECK(axis.end() == axis.extentEnd());
}

TEST_CASE("panning stops at the ends of the extent; follow brings a time into view") {
    TimelineAxis axis(0, 1000 * 86400.0);
    axis.show(100 * 86400.0, 200 * 86400.0);
    axis.pan(0.5);
    CHECK(axis.begin() == doctest::Approx(150 * 86400.0));
    axis.pan(-100);
    CHECK(axis.begin() == 0);
    CHECK(axis.end() == doctest::Approx(100 * 86400.0));
    axis.follow(500 * 86400.0);
    CHECK(axis.end() == doctest::Approx(500 * 86400.0));
    CHECK(axis.fractionOf(450 * 86400.0) == doctest::Approx(0.5));
}

TEST_CASE("ticks step by years over decades, by days over weeks, by hours over a day") {
    TimeWarp linear;
    TimelineAxis axis(dayOf(1992, 1, 1), dayOf(2026, 1, 1));
    std::vector<AxisTick> ticks = axisTicks(axis, linear, 10);
    REQUIRE(!ticks.empty());
    CHECK(ticks.size() <= 10);
    CHECK(ticks.front().label == "1995");
    axis.show(dayOf(2022, 1, 1), dayOf(2022, 1, 8));
    ticks = axisTicks(axis, linear, 10);
    CHECK(ticks.front().label == "1 Jan");
    CHECK(ticks.size() == 8);
    axis.show(dayOf(2022, 1, 5), dayOf(2022, 1, 5) + 5 * 3600);
    ticks = axisTicks(axis, linear, 10);
    CHECK(ticks[1].label == "01:00");
}

TEST_CASE("no ticks fall inside a break of the warp") {
    TimeWarp warp = TimeWarp::compressGaps({dayOf(2000, 1, 1), dayOf(2020, 1, 1)});
    TimelineAxis axis(warp.toAxis(dayOf(1999, 1, 1)), warp.toAxis(dayOf(2021, 1, 1)));
    for (const AxisTick& tick : axisTicks(axis, warp, 20)) {
        const WarpBreak& gap = warp.breaks().front();
        CHECK_FALSE((tick.time > gap.begin && tick.time < gap.end));
    }
}
