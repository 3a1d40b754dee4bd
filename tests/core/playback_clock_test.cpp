// tests/core/playback_clock_test.cpp: play, pause, speed, loop, hold and stepping between events,
// in linear and warped time.
#include <doctest/doctest.h>

#include "core/time/playback_clock.hpp"

using namespace atlas::core;

namespace {

constexpr double kDay = 86400;

// Events on days 10, 20, 20 (two at once) and 400, over days 0..1000.
PlaybackClock fourEvents() { return PlaybackClock({400 * kDay, 20 * kDay, 10 * kDay, 20 * kDay}, {0, 1000 * kDay}); }

} // namespace

TEST_CASE("a new clock is paused at the start of its range and does not move") {
    PlaybackClock clock = fourEvents();
    CHECK_FALSE(clock.playing());
    CHECK(clock.time() == 0);
    clock.advance(5);
    CHECK(clock.time() == 0);
}

TEST_CASE("playing moves time on at the speed in days per second; pausing stops it") {
    PlaybackClock clock = fourEvents();
    clock.toggle();
    clock.advance(2);
    CHECK(clock.time() == doctest::Approx(2 * kDay));
    clock.setSpeed(kSpeedPresets[3]); // a week per second
    clock.advance(0.5);
    CHECK(clock.time() == doctest::Approx(5.5 * kDay));
    clock.toggle();
    clock.advance(10);
    CHECK(clock.time() == doctest::Approx(5.5 * kDay));
    clock.setSpeed(-3); // ignored
    CHECK(clock.speed() == 7);
}

TEST_CASE("stepping goes from event time to event time, both ways, and stops at the ends") {
    PlaybackClock clock = fourEvents();
    CHECK(clock.stepNext());
    CHECK(clock.time() == 10 * kDay);
    CHECK(clock.stepNext());
    CHECK(clock.time() == 20 * kDay); // two events at once are one step
    CHECK(clock.stepNext());
    CHECK(clock.time() == 400 * kDay);
    CHECK_FALSE(clock.stepNext());
    CHECK(clock.time() == 400 * kDay);
    CHECK(clock.stepPrevious());
    CHECK(clock.time() == 20 * kDay);
    clock.seek(15 * kDay);
    CHECK(clock.stepPrevious());
    CHECK(clock.time() == 10 * kDay);
    CHECK_FALSE(clock.stepPrevious());
    CHECK(clock.time() == 10 * kDay);
}

TEST_CASE("at the end of the range playback stops, or starts again when looping") {
    PlaybackClock clock = fourEvents();
    clock.setRange({5 * kDay, 30 * kDay});
    clock.seek(28 * kDay);
    clock.setPlaying(true);
    clock.advance(5);
    CHECK(clock.time() == 30 * kDay);
    CHECK_FALSE(clock.playing());
    clock.setPlaying(true); // again from the start of the range
    CHECK(clock.time() == 5 * kDay);
    clock.setLoop(true);
    clock.seek(29 * kDay);
    clock.advance(2);
    CHECK(clock.time() == 5 * kDay);
    CHECK(clock.playing());
}

TEST_CASE("with a hold, playback stops at each event it reaches for that many seconds") {
    PlaybackClock clock = fourEvents();
    clock.setHold(2);
    clock.setSpeed(7);
    clock.setPlaying(true);
    clock.advance(2); // would reach day 14; stops at day 10
    CHECK(clock.time() == 10 * kDay);
    CHECK(clock.holding());
    clock.advance(1.5);
    CHECK(clock.time() == 10 * kDay);
    clock.advance(1); // half a second of hold left, then half a second at a week per second
    CHECK_FALSE(clock.holding());
    CHECK(clock.time() == doctest::Approx(13.5 * kDay));
    clock.advance(1);
    CHECK(clock.time() == 20 * kDay);
    clock.stepNext(); // stepping ends the hold
    CHECK_FALSE(clock.holding());
}

TEST_CASE("in warped time playback crosses a quiet gap in the length of a break") {
    PlaybackClock clock = fourEvents();
    clock.setWarp(TimeWarp::compressGaps(clock.eventTimes(), {std::chrono::days{7}, std::chrono::days{5}}));
    REQUIRE(clock.warp().breaks().size() == 1); // days 27..393
    clock.seek(27 * kDay);
    clock.setPlaying(true);
    clock.advance(5); // five axis days: the whole break
    CHECK(clock.time() == doctest::Approx(393 * kDay));
    clock.advance(1);
    CHECK(clock.time() == doctest::Approx(394 * kDay));
}
