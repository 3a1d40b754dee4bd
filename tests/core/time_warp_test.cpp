// tests/core/time_warp_test.cpp: the non-linear time axis: monotonic, reversible, with breaks
// where quiet gaps are compressed and real speed around each event.
#include <doctest/doctest.h>

#include <chrono>

#include "core/time/time_warp.hpp"

using namespace atlas::core;

namespace {

constexpr double kDay = 86400;

double dayOf(int y, unsigned m, unsigned d) {
    using namespace std::chrono;
    return toSeconds(sys_days{year{y} / month{m} / d});
}

TimeWarp storyWarp() {
    return TimeWarp::compressGaps({dayOf(2022, 1, 6), dayOf(1992, 5, 15), dayOf(2010, 6, 14), dayOf(2010, 6, 12),
                                   dayOf(2022, 1, 5), dayOf(2021, 5, 13)});
}

} // namespace

TEST_CASE("the default warp is linear time") {
    TimeWarp warp;
    CHECK(warp.linear());
    CHECK(warp.toAxis(1234.5) == 1234.5);
    CHECK(warp.toTime(-99) == -99);
    CHECK(TimeWarp::compressGaps({}).linear());
}

TEST_CASE("the warp is strictly monotonic and its inverse gives the time back") {
    TimeWarp warp = storyWarp();
    double previous = warp.toAxis(dayOf(1990, 1, 1));
    for (double t = dayOf(1990, 1, 1) + 3600; t < dayOf(2025, 1, 1); t += 3.3 * kDay) {
        double axis = warp.toAxis(t);
        CHECK(axis > previous);
        CHECK(warp.toTime(axis) == doctest::Approx(t).epsilon(1e-12));
        previous = axis;
    }
}

TEST_CASE("quiet gaps become breaks of fixed length; time around events runs at real speed") {
    WarpSettings settings;
    TimeWarp warp = storyWarp();
    // Events 1992, 2010 (two, merged), 2021, 2022 (two, merged): three gaps, all longer than a break.
    REQUIRE(warp.breaks().size() == 3);
    for (const WarpBreak& b : warp.breaks()) {
        CHECK(b.axisEnd - b.axisBegin == doctest::Approx(double(settings.breakLength.count())));
        CHECK(warp.toAxis(b.begin) == doctest::Approx(b.axisBegin));
        CHECK(warp.toAxis(b.end) == doctest::Approx(b.axisEnd));
    }
    const WarpBreak& osh = warp.breaks()[0];
    CHECK(osh.begin == dayOf(1992, 5, 22)); // a week after the treaty
    CHECK(osh.end == dayOf(2010, 6, 5));    // a week before the first Osh event
    // A day near an event is a day on the axis; the years 1992-2010 are five days.
    CHECK(warp.toAxis(dayOf(2010, 6, 13)) - warp.toAxis(dayOf(2010, 6, 12)) == doctest::Approx(kDay));
    CHECK(warp.toAxis(dayOf(2010, 6, 5)) - warp.toAxis(dayOf(1992, 5, 22)) == doctest::Approx(5 * kDay));
    // Before the first event the axis is real time shifted not at all.
    CHECK(warp.toAxis(dayOf(1992, 5, 1)) == dayOf(1992, 5, 1));
}

TEST_CASE("gaps no longer than a break are kept as they are") {
    TimeWarp warp = TimeWarp::compressGaps({0, 10 * kDay, 20 * kDay}, {std::chrono::days{4}, std::chrono::days{5}});
    CHECK(warp.breaks().empty());
    CHECK(warp.toAxis(15 * kDay) == doctest::Approx(15 * kDay));
}
