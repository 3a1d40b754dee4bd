// core/time/playback_clock.cpp: stepping and playing over sorted event times.
#include "core/time/playback_clock.hpp"

#include <algorithm>

namespace atlas::core {

namespace {

constexpr double kSecondsPerDay = 86400;

} // namespace

PlaybackClock::PlaybackClock(std::vector<double> eventTimes, TimeRange range) : m_range(range), m_time(range.begin) {
    setEventTimes(std::move(eventTimes));
}

void PlaybackClock::setEventTimes(std::vector<double> eventTimes) {
    std::sort(eventTimes.begin(), eventTimes.end());
    m_events = std::move(eventTimes);
}

void PlaybackClock::setPlaying(bool playing) {
    m_playing = playing;
    m_holdLeft = 0;
    if (playing && m_time >= m_range.end) m_time = m_range.begin; // playing again from the start
}

void PlaybackClock::seek(double time) {
    m_time = time;
    m_holdLeft = 0;
}

bool PlaybackClock::stepNext() {
    auto next = std::upper_bound(m_events.begin(), m_events.end(), m_time + kSameTime);
    if (next == m_events.end()) return false;
    seek(*next);
    return true;
}

bool PlaybackClock::stepPrevious() {
    auto previous = std::lower_bound(m_events.begin(), m_events.end(), m_time - kSameTime);
    if (previous == m_events.begin()) return false;
    seek(*(previous - 1));
    return true;
}

void PlaybackClock::advance(double wallSeconds) {
    if (!m_playing || wallSeconds <= 0) return;
    if (m_holdLeft > 0) {
        m_holdLeft -= wallSeconds;
        if (m_holdLeft > 0) return;
        wallSeconds = -m_holdLeft;
        m_holdLeft = 0;
    }
    double target = m_warp.toTime(m_warp.toAxis(m_time) + m_speed * kSecondsPerDay * wallSeconds);
    if (m_hold > 0) {
        auto reached = std::upper_bound(m_events.begin(), m_events.end(), m_time);
        if (reached != m_events.end() && *reached <= target && *reached <= m_range.end) {
            m_time = *reached;
            m_holdLeft = m_hold;
            return;
        }
    }
    if (target >= m_range.end && (m_loop || m_time < m_range.end)) {
        if (m_loop) {
            m_time = m_range.begin;
        } else {
            m_time = m_range.end;
            m_playing = false;
        }
        return;
    }
    m_time = target;
}

} // namespace atlas::core
