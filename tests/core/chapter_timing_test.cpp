// tests/core/chapter_timing_test.cpp: core::ChapterTiming, what a chapter shows some seconds after
// it was entered: the flight's story time, the title card then the caption card, fixed time,
// playback, pauses at holds, the length and the still end; the same moments every time.
#include <doctest/doctest.h>

#include <chrono>
#include <cmath>
#include <cstdlib>
#include <vector>

#include "core/presentation/chapter_timing.hpp"

using namespace atlas::core;
using namespace std::chrono;

namespace {

constexpr double kTitle = ChapterTiming::kTitleSeconds;
constexpr double kFade = ChapterTiming::kFadeSeconds;
constexpr double kEnd = ChapterTiming::kEndSeconds;
constexpr double kFlight = 2;

const sys_seconds kBegin = sys_days{2022y / January / 2};
const sys_seconds kEndTime = kBegin + days{100};
const sys_seconds kPrevious = sys_days{2010y / June / 1};

Chapter fixedChapter(double seconds) {
    Chapter c;
    c.id = "fixed";
    c.play = ChapterPlay::Fixed;
    c.begin = c.end = kBegin;
    c.seconds = seconds;
    return c;
}

Chapter playbackChapter(double seconds) {
    Chapter c = fixedChapter(seconds);
    c.id = "playback";
    c.play = ChapterPlay::Playback;
    c.end = kEndTime;
    return c;
}

// Holds at a quarter and at half of the range.
Chapter holdsChapter(double seconds, double holdSeconds) {
    Chapter c = playbackChapter(seconds);
    c.id = "holds";
    c.play = ChapterPlay::Holds;
    c.holdSeconds = holdSeconds;
    c.holds = {kBegin + days{25}, kBegin + days{50}};
    return c;
}

// Seconds into the chapter at which playback starts: after the flight and the title.
double playbackStart(double flight) { return flight + kTitle; }

// The story time `fraction` of the way from a to b, rounded to the second as the chapter does.
sys_seconds between(sys_seconds a, sys_seconds b, double fraction) {
    return a + seconds(std::llround(double((b - a).count()) * fraction));
}

// Samples the chapter every `step` seconds from entering it to a little past its end.
std::vector<ChapterMoment> samples(const ChapterTiming& timing, double step) {
    std::vector<ChapterMoment> out;
    for (double t = 0; t <= timing.length() + 1; t += step) out.push_back(timing.at(t));
    return out;
}

} // namespace

TEST_CASE("a chapter's length is its flight, title, playback and still end") {
    Chapter fixed = fixedChapter(4), playback = playbackChapter(10), holds = holdsChapter(10, 2);
    CHECK(ChapterTiming(fixed, kFlight, kPrevious).length() == doctest::Approx(kFlight + kTitle + 4 + kEnd));
    CHECK(ChapterTiming(fixed, 0, kBegin).length() == doctest::Approx(kTitle + 4 + kEnd));
    CHECK(ChapterTiming(playback, kFlight, kPrevious).length() == doctest::Approx(kFlight + kTitle + 10 + kEnd));
    CHECK(ChapterTiming(holds, kFlight, kPrevious).length() == doctest::Approx(kFlight + kTitle + 10 + 2 * 2 + kEnd));
    CHECK(ChapterTiming(holds, kFlight, kPrevious).playbackAndEndSeconds() == doctest::Approx(10 + 2 * 2 + kEnd));
    // A negative flight counts as none.
    CHECK(ChapterTiming(playback, -3, kPrevious).length() == doctest::Approx(kTitle + 10 + kEnd));
}

TEST_CASE("a fixed chapter stays at its time once the flight has landed") {
    Chapter chapter = fixedChapter(4);
    ChapterTiming timing(chapter, kFlight, kPrevious);
    for (double t = kFlight; t <= timing.length() + 2; t += 0.05) {
        CAPTURE(t);
        CHECK(timing.at(t).time == kBegin);
        CHECK(timing.at(t).flight == 1);
    }
}

TEST_CASE("the title card shows through the flight and its own seconds, then fades into the caption") {
    Chapter chapter = fixedChapter(4);
    ChapterTiming timing(chapter, kFlight, kPrevious);
    double titleEnd = playbackStart(kFlight);
    for (double t = 0; t <= titleEnd; t += 0.05) {
        CAPTURE(t);
        CHECK(timing.at(t).title == 1);
        CHECK(timing.at(t).caption == 0);
    }
    ChapterMoment halfway = timing.at(titleEnd + kFade / 2);
    CHECK(halfway.title == doctest::Approx(0.5));
    CHECK(halfway.caption == doctest::Approx(0.5));
    double previousCaption = 0;
    for (double t = titleEnd; t <= titleEnd + kFade; t += 0.01) {
        ChapterMoment m = timing.at(t);
        CAPTURE(t);
        CHECK(m.title + m.caption == doctest::Approx(1));
        CHECK(m.caption >= previousCaption);
        previousCaption = m.caption;
    }
    for (double t = titleEnd + kFade; t <= timing.length() + 1; t += 0.1) {
        CAPTURE(t);
        CHECK(timing.at(t).title == doctest::Approx(0));
        CHECK(timing.at(t).caption == doctest::Approx(1));
    }
}

TEST_CASE("a chapter is finished only at its length") {
    for (const Chapter& chapter : {fixedChapter(4), playbackChapter(10), holdsChapter(10, 2)}) {
        CAPTURE(chapter.id);
        ChapterTiming timing(chapter, kFlight, kPrevious);
        double length = timing.length();
        CHECK_FALSE(timing.at(0).finished);
        CHECK_FALSE(timing.at(length - 0.01).finished);
        CHECK(timing.at(length).finished);
        CHECK(timing.at(length + 5).finished);
        for (const ChapterMoment& m : samples(timing, 0.1))
            if (m.finished) CHECK(m.time == (chapter.play == ChapterPlay::Fixed ? chapter.begin : chapter.end));
    }
}

TEST_CASE("during the flight, time moves from the previous chapter's time to the chapter's start") {
    Chapter chapter = playbackChapter(10);
    ChapterTiming timing(chapter, kFlight, kPrevious);
    CHECK(timing.at(0).time == kPrevious);
    CHECK(timing.at(0).flight == 0);
    CHECK(timing.at(kFlight / 2).flight == doctest::Approx(0.5));
    CHECK(timing.at(kFlight / 2).time == between(kPrevious, kBegin, 0.5));
    CHECK(timing.at(kFlight).time == kBegin);
    CHECK(timing.at(kFlight).flight == 1);
    sys_seconds previous = kPrevious;
    double previousFlight = 0;
    for (double t = 0; t < kFlight; t += 0.01) {
        ChapterMoment m = timing.at(t);
        CAPTURE(t);
        CHECK(m.time >= previous);
        CHECK(m.time <= kBegin);
        CHECK(m.flight >= previousFlight);
        CHECK(m.flight < 1);
        previous = m.time;
        previousFlight = m.flight;
    }
    // Backwards as well, when the previous chapter was later.
    ChapterTiming back(chapter, kFlight, kEndTime + days{365});
    for (double t = 0.01; t < kFlight; t += 0.01) CHECK(back.at(t).time <= back.at(t - 0.01).time);
}

TEST_CASE("playback runs from the chapter's start to its end linearly after the title") {
    Chapter chapter = playbackChapter(10);
    ChapterTiming timing(chapter, kFlight, kPrevious);
    double start = playbackStart(kFlight);
    CHECK(timing.at(start - 0.5).time == kBegin); // the title is read at the start
    for (double x : {0.0, 1.0, 2.5, 5.0, 7.25, 9.9, 10.0}) {
        CAPTURE(x);
        CHECK(timing.at(start + x).time == between(kBegin, kEndTime, x / 10));
    }
    CHECK(timing.at(start + 10 + kEnd / 2).time == kEndTime);
    CHECK(timing.at(timing.length() + 3).time == kEndTime);
}

TEST_CASE("holds pause time at each hold for the hold's seconds, then playback goes on") {
    Chapter chapter = holdsChapter(10, 2);
    ChapterTiming timing(chapter, kFlight, kPrevious);
    double start = playbackStart(kFlight);
    // The first hold (a quarter of the range) is reached after 2.5 s of playback, the second
    // (half of it) after 5 s of playback plus the first hold's 2 s.
    const double reached[] = {start + 2.5, start + 5 + 2};
    for (std::size_t i = 0; i < chapter.holds.size(); ++i) {
        CAPTURE(i);
        for (double t = reached[i]; t < reached[i] + chapter.holdSeconds; t += 0.1) {
            CAPTURE(t);
            CHECK(timing.at(t).time == chapter.holds[i]);
        }
        CHECK(timing.at(reached[i] - 0.5).time < chapter.holds[i]);
        CHECK(timing.at(reached[i] + chapter.holdSeconds + 0.5).time > chapter.holds[i]);
    }
    // Between the holds and after the last, time runs at the playback rate, shifted by the holds.
    CHECK(timing.at(start + 1).time == between(kBegin, kEndTime, 0.1));
    CHECK(timing.at(start + 2 + 4).time == between(kBegin, kEndTime, 0.4));
    CHECK(timing.at(start + 4 + 8).time == between(kBegin, kEndTime, 0.8));
    CHECK(timing.at(start + 4 + 10).time == kEndTime);
}

TEST_CASE("a chapter's time never jumps more than its rate allows") {
    constexpr double kStep = 1.0 / 60;
    for (const Chapter& chapter : {fixedChapter(4), playbackChapter(10), holdsChapter(10, 2)}) {
        CAPTURE(chapter.id);
        ChapterTiming timing(chapter, kFlight, kPrevious);
        // The eased flight moves at most 3 times its mean rate; playback runs at one rate.
        double flightRate = 3 * double((kBegin - kPrevious).count()) / kFlight;
        double playbackRate = double((chapter.end - chapter.begin).count()) / std::max(chapter.seconds, 1e-9);
        double limit = std::max(flightRate, playbackRate) * kStep * 1.01 + 2; // + rounding to the second
        std::vector<ChapterMoment> moments = samples(timing, kStep);
        for (std::size_t i = 1; i < moments.size(); ++i) {
            CAPTURE(i);
            CHECK(std::abs(double((moments[i].time - moments[i - 1].time).count())) <= limit);
        }
    }
}

TEST_CASE("two timings of the same chapter give the same moments") {
    Chapter chapter = holdsChapter(10, 2);
    ChapterTiming one(chapter, kFlight, kPrevious), two(chapter, kFlight, kPrevious);
    for (double t = 0; t <= one.length() + 1; t += 0.037) {
        ChapterMoment a = one.at(t), b = two.at(t);
        CAPTURE(t);
        CHECK(a.time == b.time);
        CHECK(a.flight == b.flight);
        CHECK(a.title == b.title);
        CHECK(a.caption == b.caption);
        CHECK(a.finished == b.finished);
        CHECK(one.at(t).time == a.time); // and the same timing twice
    }
}

TEST_CASE("without a flight the chapter opens on its title at its own time") {
    Chapter chapter = playbackChapter(10);
    ChapterTiming timing(chapter, 0, kPrevious);
    ChapterMoment first = timing.at(0);
    CHECK(first.flight == 1);
    CHECK(first.time == kBegin);
    CHECK(first.title == 1);
    CHECK(timing.at(kTitle + 5).time == between(kBegin, kEndTime, 0.5));
}
