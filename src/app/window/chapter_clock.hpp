// app/window/chapter_clock.hpp: a presentation's clocks: the time since it started, the time on
// the chapter shown, and the time spent on each chapter over all its visits (what a rehearsal
// reports). Times are seconds of any steady clock.
#pragma once

#include <string>
#include <vector>

#include "core/presentation/chapter.hpp"

namespace atlas::app {

class ChapterClock {
public:
    void start(int chapters, int chapter, double now);
    // The chapter now shown (nothing changes when it is the same one); -1: none, the
    // presentation has ended.
    void enter(int chapter, double now);

    double elapsed(double now) const { return now - m_started; }
    double onChapter(double now) const { return now - m_entered; }
    // Seconds on each chapter, the current visit included.
    std::vector<double> spent(double now) const;

private:
    std::vector<double> m_spent;
    int m_chapter = 0;
    double m_started = 0;
    double m_entered = 0;
};

// "0:07", "12:34", "1:02:03".
std::string clockText(double seconds);
// A line per chapter: number, id, time on it ("-" for a chapter never shown); then the total.
std::string rehearsalReport(const core::Presentation& presentation, const std::vector<double>& spent);

} // namespace atlas::app
