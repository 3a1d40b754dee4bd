// core/time/playback_clock.hpp: the time the window shows and how it moves: play and pause, a speed in
// days per second, a range played once or looped, steps to the next and previous event time, an
// optional hold at each event, all along the (possibly warped) time axis. Standard library only.
#pragma once

#include <array>
#include <chrono>
#include <vector>

#include "core/time/time_warp.hpp"

namespace atlas::core {

// Days of axis time per second of playback, slowest first: an hour, a quarter day, a day, a week,
// a month, a quarter, a year.
inline constexpr std::array<double, 7> kSpeedPresets{1.0 / 24, 0.25, 1, 7, 30, 91, 365};

struct TimeRange {
    double begin = 0, end = 0; // seconds since the epoch
};

class PlaybackClock {
public:
    static constexpr double kSameTime = 0.5; // seconds within which an event counts as the current time

    // Starts paused at range.begin, at a day per second, over range, linear time.
    PlaybackClock(std::vector<double> eventTimes, TimeRange range);

    double time() const { return m_time; }
    std::chrono::sys_seconds instant() const { return fromSeconds(m_time); }
    bool playing() const { return m_playing; }
    bool holding() const { return m_holdLeft > 0; }
    double speed() const { return m_speed; }
    bool loop() const { return m_loop; }
    double holdSeconds() const { return m_hold; }
    const TimeWarp& warp() const { return m_warp; }
    const std::vector<double>& eventTimes() const { return m_events; }

    void setPlaying(bool playing);
    void toggle() { setPlaying(!m_playing); }
    void setSpeed(double daysPerSecond) { m_speed = daysPerSecond > 0 ? daysPerSecond : m_speed; }
    void setLoop(bool loop) { m_loop = loop; }
    void setHold(double seconds) { m_hold = seconds > 0 ? seconds : 0; }
    // The range playback runs over: at its end it stops, or starts again from its beginning.
    void setRange(TimeRange range) { m_range = range; }
    const TimeRange& range() const { return m_range; }
    void setWarp(TimeWarp warp) { m_warp = std::move(warp); }
    void setEventTimes(std::vector<double> eventTimes);

    // Moves to a time; ends any hold.
    void seek(double time);
    // To the first event time after (or last before) the current time; false when there is none.
    bool stepNext();
    bool stepPrevious();
    // Moves playback on by wallSeconds of real time: along the axis at the speed, stopping for the
    // hold at each event time it reaches, looping or stopping at the end of the range.
    void advance(double wallSeconds);

private:
    std::vector<double> m_events; // sorted
    TimeRange m_range;
    TimeWarp m_warp;
    double m_time = 0;
    double m_speed = 1;
    double m_hold = 0;
    double m_holdLeft = 0;
    bool m_playing = false;
    bool m_loop = false;
};

} // namespace atlas::core
