// core/presentation/chapter_timing.cpp: flight, title, playback (with its holds), end; times rounded to the
// second so a frame's time never depends on floating-point noise.
#include "core/presentation/chapter_timing.hpp"

#include <algorithm>
#include <cmath>

#include "core/presentation/camera_flight.hpp"

namespace atlas::core {

using namespace std::chrono;

namespace {

sys_seconds between(sys_seconds a, sys_seconds b, double fraction) {
    return a + seconds(std::llround(double((b - a).count()) * std::clamp(fraction, 0.0, 1.0)));
}

} // namespace

ChapterTiming::ChapterTiming(const Chapter& chapter, double flightSeconds, sys_seconds previousTime)
    : m_chapter(chapter), m_flight(std::max(0.0, flightSeconds)), m_previousTime(previousTime) {}

double ChapterTiming::playbackSeconds() const {
    double holds = m_chapter.play == ChapterPlay::Holds ? double(m_chapter.holds.size()) * m_chapter.holdSeconds : 0;
    return std::max(0.0, m_chapter.seconds) + holds;
}

double ChapterTiming::length() const { return m_flight + kTitleSeconds + playbackSeconds() + kEndSeconds; }

sys_seconds ChapterTiming::playbackTime(double into) const {
    const Chapter& c = m_chapter;
    if (c.play == ChapterPlay::Fixed || c.seconds <= 0) return into <= 0 || c.play == ChapterPlay::Fixed ? c.begin : c.end;
    double span = double((c.end - c.begin).count());
    double held = 0; // seconds spent in holds before `into`
    if (c.play == ChapterPlay::Holds) {
        for (sys_seconds hold : c.holds) {
            double reached = double((hold - c.begin).count()) / span * c.seconds + held;
            if (into < reached) break;
            if (into < reached + c.holdSeconds) return hold;
            held += c.holdSeconds;
        }
    }
    return between(c.begin, c.end, (into - held) / c.seconds);
}

ChapterMoment ChapterTiming::at(double into) const {
    ChapterMoment moment;
    into = std::max(0.0, into);
    double titleEnd = m_flight + kTitleSeconds;
    if (into < m_flight) {
        moment.flight = into / m_flight;
        moment.time = between(m_previousTime, m_chapter.begin, easeInOut(moment.flight));
    } else {
        moment.time = playbackTime(into - titleEnd);
    }
    double fade = std::clamp((into - titleEnd) / kFadeSeconds, 0.0, 1.0);
    moment.title = 1 - fade;
    moment.caption = fade;
    moment.finished = into >= length();
    return moment;
}

} // namespace atlas::core
