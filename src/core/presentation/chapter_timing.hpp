// core/presentation/chapter_timing.hpp: what a chapter shows a number of seconds after it was entered: the
// flight into it (time moving from where the previous chapter left it), the title card, then the
// caption card while time plays, then a still end. Pure: a chapter looks the same every time.
// Standard library only.
#pragma once

#include <chrono>

#include "core/presentation/chapter.hpp"

namespace atlas::core {

struct ChapterMoment {
    std::chrono::sys_seconds time; // the story time shown
    double flight = 1;             // the camera's flight into the chapter: 0 .. 1 (there)
    double title = 0;              // the title card's opacity
    double caption = 0;            // the caption card's opacity
    bool finished = false;         // holding still at the end
};

class ChapterTiming {
public:
    // flightSeconds: the flight into the chapter (0 for none); previousTime: the story time the
    // flight starts from.
    ChapterTiming(const Chapter& chapter, double flightSeconds, std::chrono::sys_seconds previousTime);

    // Seconds from entering the chapter to its still end.
    double length() const;
    // Seconds from the caption's arrival (the title's departure) to the end.
    double playbackAndEndSeconds() const { return playbackSeconds() + kEndSeconds; }
    ChapterMoment at(double secondsInto) const;

    static constexpr double kTitleSeconds = 2.5; // the title card alone, after the flight
    static constexpr double kFadeSeconds = 0.6;  // title out, caption in
    static constexpr double kEndSeconds = 1.0;   // still before the end counts as reached

private:
    double playbackSeconds() const;
    std::chrono::sys_seconds playbackTime(double secondsIntoPlayback) const;

    const Chapter& m_chapter;
    double m_flight;
    std::chrono::sys_seconds m_previousTime;
};

} // namespace atlas::core
