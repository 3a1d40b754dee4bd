// app/window/time_controller.hpp: the window's time: the playback clock over the story's event times,
// the timeline's axis, the non-linear option, episodes, and what of it the settings keep.
#pragma once

#include <string>

#include "app/window/settings.hpp"
#include "core/story/story.hpp"
#include "core/time/playback_clock.hpp"
#include "core/time/timeline_axis.hpp"

namespace atlas::app {

class TimeController {
public:
    // The whole span runs from the year of the story's first event to the day after today; the time
    // is the saved one, else now.
    TimeController(const core::Story& story, const Settings& settings);

    core::PlaybackClock& clock() { return m_clock; }
    core::TimelineAxis& axis() { return m_axis; }
    bool& warp() { return m_warp; } // the non-linear option; applyWarp() after a change

    // New event times, and the span from the year of the first (the story was reloaded).
    void setStory(const core::Story& story);
    // Rebuilds the warp for the option; the timeline keeps showing the same real times.
    void applyWarp();
    // Plays over the episode from its start, the timeline showing just it; or the whole story.
    void showEpisode(const core::Episode& episode);
    void showWholeSpan();
    // Moves playback on and keeps the playhead in view.
    void advance(double wallSeconds);

    // "csto-atlas - 2022-01-06 14:00 UTC": the window title (ASCII: X11 window managers get the
    // title through Latin-1 in the C locale).
    std::string title() const;
    void store(Settings& settings) const;

private:
    void showRealTimes(double begin, double end);

    core::TimeRange m_span;
    core::PlaybackClock m_clock;
    core::TimelineAxis m_axis;
    bool m_warp = false;
};

} // namespace atlas::app
