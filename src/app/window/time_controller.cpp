// app/window/time_controller.cpp: the clock, the axis and the warp kept in step.
#include "app/window/time_controller.hpp"

#include <chrono>
#include <cstdio>

namespace atlas::app {

namespace {

using namespace std::chrono;

// From the start of the year of the story's first event to the day after today.
core::TimeRange storySpan(const core::Story& story) {
    sys_days today = floor<days>(system_clock::now());
    return {core::toSeconds(story.begins().value_or(sys_seconds(today))), core::toSeconds(today + days{1})};
}

std::vector<double> eventTimes(const core::Story& story) {
    std::vector<double> times;
    for (const core::Event& event : story.events) times.push_back(core::toSeconds(event.start.begin));
    return times;
}

} // namespace

TimeController::TimeController(const core::Story& story, const Settings& settings)
    : m_span(storySpan(story)), m_clock(eventTimes(story), m_span), m_axis(m_span.begin, m_span.end), m_warp(settings.warp) {
    m_clock.setSpeed(settings.speed);
    m_clock.setLoop(settings.loop);
    m_clock.setHold(settings.hold);
    m_clock.seek(settings.time.value_or(core::toSeconds(floor<minutes>(system_clock::now()))));
    applyWarp();
    if (settings.viewBegin && settings.viewEnd) showRealTimes(*settings.viewBegin, *settings.viewEnd);
}

void TimeController::setStory(const core::Story& story) {
    core::TimeRange span = storySpan(story);
    bool wholeSpan = m_clock.range().begin == m_span.begin && m_clock.range().end == m_span.end;
    bool moved = span.begin != m_span.begin;
    m_span = span;
    if (wholeSpan) m_clock.setRange(span); // an episode's range stays
    m_clock.setEventTimes(eventTimes(story));
    applyWarp();
    if (wholeSpan && moved) showRealTimes(span.begin, span.end);
}

void TimeController::applyWarp() {
    const core::TimeWarp& old = m_clock.warp();
    double begin = old.toTime(m_axis.begin()), end = old.toTime(m_axis.end());
    std::vector<double> anchors = m_clock.eventTimes(); // the ends of the span too, so that the
    anchors.push_back(m_span.begin);                    // years before the first event and after
    anchors.push_back(m_span.end);                      // the last are compressed as well
    m_clock.setWarp(m_warp ? core::TimeWarp::compressGaps(std::move(anchors)) : core::TimeWarp{});
    const core::TimeWarp& warp = m_clock.warp();
    m_axis.setExtent(warp.toAxis(m_span.begin), warp.toAxis(m_span.end));
    showRealTimes(begin, end);
}

void TimeController::showRealTimes(double begin, double end) {
    m_axis.show(m_clock.warp().toAxis(begin), m_clock.warp().toAxis(end));
}

void TimeController::showEpisode(const core::Episode& episode) {
    core::TimeRange range{core::toSeconds(episode.begin), core::toSeconds(episode.end)};
    m_clock.setRange(range);
    m_clock.seek(range.begin);
    showRealTimes(range.begin, range.end);
}

void TimeController::showWholeSpan() {
    m_clock.setRange(m_span);
    showRealTimes(m_span.begin, m_span.end);
}

void TimeController::advance(double wallSeconds) {
    if (!m_clock.playing()) return;
    m_clock.advance(wallSeconds);
    m_axis.follow(m_clock.warp().toAxis(m_clock.time()));
}

std::string TimeController::title() const {
    sys_seconds t = m_clock.instant();
    year_month_day date{floor<days>(t)};
    hh_mm_ss clock{t - floor<days>(t)};
    char text[64];
    std::snprintf(text, sizeof text, "csto-atlas - %04d-%02u-%02u %02d:%02d UTC", int(date.year()), unsigned(date.month()),
                  unsigned(date.day()), int(clock.hours().count()), int(clock.minutes().count()));
    return text;
}

void TimeController::store(Settings& settings) const {
    settings.time = m_clock.time();
    settings.speed = m_clock.speed();
    settings.loop = m_clock.loop();
    settings.hold = m_clock.holdSeconds();
    settings.warp = m_warp;
    settings.viewBegin = m_clock.warp().toTime(m_axis.begin());
    settings.viewEnd = m_clock.warp().toTime(m_axis.end());
}

} // namespace atlas::app
