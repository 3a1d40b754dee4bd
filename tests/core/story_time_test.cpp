// tests/core/story_time_test.cpp: the pieces of the map over time: envelopes, the time index
// (against a plain scan), membership standings and great-circle arcs.
#include <doctest/doctest.h>

#include <random>

#include "core/geo/great_circle.hpp"
#include "core/story/membership_timeline.hpp"
#include "core/time/envelope.hpp"
#include "core/time/time_index.hpp"

using namespace atlas::core;
using namespace std::chrono;

namespace {

sys_seconds on(int y, unsigned m, unsigned d) { return sys_days{year{y} / month{m} / d}; }

MembershipChange row(std::string state, Change change, sys_seconds begin, sys_seconds end, std::string source) {
    return {std::move(state), change, {Precision::Year, begin, end, std::nullopt}, {std::move(source)}, ""};
}

} // namespace

TEST_CASE("an envelope fades in, holds, fades out and leaves a faint trace") {
    Envelope e{on(2022, 1, 6), on(2022, 1, 13), hours(24), hours(24 * 14)};
    CHECK_FALSE(phaseAt(e, on(2022, 1, 5)));
    auto start = phaseAt(e, on(2022, 1, 6) + hours(6));
    REQUIRE(start);
    CHECK(start->phase == Phase::FadeIn);
    CHECK(start->opacity == doctest::Approx(0.25));
    CHECK(phaseAt(e, on(2022, 1, 10))->phase == Phase::Hold);
    CHECK(phaseAt(e, on(2022, 1, 13) + hours(12))->phase == Phase::FadeOut);
    auto trace = phaseAt(e, on(2022, 1, 20));
    CHECK(trace->phase == Phase::Trace);
    CHECK(trace->opacity == doctest::Approx(kTraceOpacity));
    CHECK_FALSE(phaseAt(e, on(2022, 1, 28)));
}

TEST_CASE("an envelope without a trace fades out to nothing") {
    Envelope e{on(2010, 6, 1), on(2010, 7, 1)};
    CHECK(phaseAt(e, on(2010, 7, 1) + hours(23))->opacity < 0.05);
    CHECK_FALSE(phaseAt(e, on(2010, 7, 2)));
}

TEST_CASE("the time index finds the same intervals as a scan of them all") {
    std::mt19937 random(7);
    std::uniform_int_distribution<long> start(0, 30L * 365 * 86400), length(0, 40L * 86400), rare(0, 20);
    std::vector<TimeIndex::Interval> intervals;
    for (std::size_t i = 0; i < 20000; ++i) {
        sys_seconds begin{seconds(start(random))};
        long span = rare(random) == 0 ? 5L * 365 * 86400 : length(random); // a few long ones
        intervals.push_back({begin, begin + seconds(span), i});
    }
    TimeIndex index(intervals);
    CHECK(index.size() == intervals.size());
    for (int q = 0; q < 300; ++q) {
        sys_seconds t{seconds(start(random))};
        std::vector<std::size_t> expected;
        for (const auto& interval : intervals)
            if (interval.begin <= t && t < interval.end) expected.push_back(interval.item);
        REQUIRE(index.at(t) == expected);
    }
    CHECK(TimeIndex().at(on(2000, 1, 1)).empty());
}

TEST_CASE("membership: the earliest claim of a change wins and repeats change nothing") {
    std::vector<MembershipChange> rows = {
        row("UZB", Change::Signed, on(1992, 5, 1), on(1992, 6, 1), "a"),
        row("UZB", Change::Left, on(1999, 1, 1), on(2000, 1, 1), "a"),
        row("UZB", Change::Rejoined, on(2006, 1, 1), on(2007, 1, 1), "a"),
        row("UZB", Change::Left, on(2021, 1, 1), on(2022, 1, 1), "b"), // a later claim of the same exit
        row("UZB", Change::Left, on(2012, 1, 1), on(2013, 1, 1), "c"),
        row("UZB", Change::Joined, on(1994, 1, 1), on(1995, 1, 1), "d"), // already a member
    };
    MembershipTimeline timeline(rows);
    CHECK_FALSE(timeline.at("UZB", on(1990, 1, 1)));
    CHECK(timeline.at("UZB", on(1995, 1, 1))->standing == Standing::Member);
    CHECK(timeline.at("UZB", on(2003, 1, 1))->standing == Standing::Former);
    auto rejoined = timeline.at("UZB", on(2007, 6, 1));
    CHECK(rejoined->standing == Standing::Member);
    CHECK(rejoined->previous == Standing::Former);
    auto left = timeline.at("UZB", on(2012, 1, 2));
    CHECK(left->standing == Standing::Former);
    CHECK(left->settled == doctest::Approx(0.25)); // one day into a four-day fade
    CHECK(left->change->sources.front() == "c");
    CHECK(timeline.at("UZB", on(2015, 1, 1))->settled == 1);
    CHECK(timeline.states() == std::vector<std::string>{"UZB"});
}

TEST_CASE("a great circle runs from one place to the other, north of the straight line") {
    auto points = greatCircle({37.6, 55.8}, {77.0, 43.4}, 20);
    REQUIRE(points.size() == 21);
    CHECK(points.front().lon == doctest::Approx(37.6));
    CHECK(points.back().lat == doctest::Approx(43.4));
    CHECK(points[10].lat > (55.8 + 43.4) / 2);
    Polyline line = {{0, 0}, {10, 0}, {20, 0}};
    Polyline half = partOf(line, 0.75);
    REQUIRE(half.size() == 3);
    CHECK(half.back().x == doctest::Approx(15));
    CHECK(partOf(line, 1).size() == 3);
}
