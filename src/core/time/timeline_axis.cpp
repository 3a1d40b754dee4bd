// core/time/timeline_axis.cpp: zoom and pan clamped to the extent; tick steps from decades to hours.
#include "core/time/timeline_axis.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>

#include "core/time/fuzzy_time.hpp"

namespace atlas::core {

TimelineAxis::TimelineAxis(double extentBegin, double extentEnd)
    : m_extentBegin(extentBegin), m_extentEnd(std::max(extentEnd, extentBegin + kMinSpan)), m_begin(m_extentBegin),
      m_end(m_extentEnd) {}

void TimelineAxis::setExtent(double extentBegin, double extentEnd) {
    m_extentBegin = extentBegin;
    m_extentEnd = std::max(extentEnd, extentBegin + kMinSpan);
    clamp();
}

void TimelineAxis::show(double begin, double end) {
    m_begin = begin;
    m_end = end;
    clamp();
}

void TimelineAxis::zoomAt(double fraction, double factor) {
    double anchor = axisAt(fraction);
    double span = std::clamp((m_end - m_begin) / factor, kMinSpan, m_extentEnd - m_extentBegin);
    m_begin = anchor - fraction * span;
    m_end = m_begin + span;
    clamp();
}

void TimelineAxis::pan(double fractionDelta) {
    double shift = fractionDelta * (m_end - m_begin);
    m_begin += shift;
    m_end += shift;
    clamp();
}

void TimelineAxis::follow(double axis) {
    double span = m_end - m_begin;
    if (axis < m_begin) show(axis, axis + span);
    else if (axis > m_end) show(axis - span, axis);
}

void TimelineAxis::clamp() {
    double span = std::clamp(m_end - m_begin, kMinSpan, m_extentEnd - m_extentBegin);
    m_begin = std::clamp(m_begin, m_extentBegin, m_extentEnd - span);
    m_end = m_begin + span;
}

namespace {

using namespace std::chrono;

enum class Unit { Year, Month, Day, Hour };
struct Step {
    Unit unit;
    int count;
    double approxSeconds;
};
constexpr std::array<Step, 12> kSteps{{{Unit::Hour, 1, 3600},
                                       {Unit::Hour, 3, 3 * 3600},
                                       {Unit::Hour, 6, 6 * 3600},
                                       {Unit::Day, 1, 86400},
                                       {Unit::Day, 7, 7 * 86400},
                                       {Unit::Month, 1, 30.4 * 86400},
                                       {Unit::Month, 3, 91 * 86400},
                                       {Unit::Year, 1, 365.25 * 86400},
                                       {Unit::Year, 2, 2 * 365.25 * 86400},
                                       {Unit::Year, 5, 5 * 365.25 * 86400},
                                       {Unit::Year, 10, 10 * 365.25 * 86400},
                                       {Unit::Year, 50, 50 * 365.25 * 86400}}};

// The first tick of the step at or before t.
sys_seconds firstTick(sys_seconds t, const Step& step) {
    sys_days day = floor<days>(t);
    year_month_day date{day};
    switch (step.unit) {
    case Unit::Hour: return floor<hours>(t);
    case Unit::Day: return day;
    case Unit::Month: return sys_days{date.year() / date.month() / 1};
    case Unit::Year: return sys_days{year{int(date.year()) - int(date.year()) % step.count} / January / 1};
    }
    return t;
}

sys_seconds nextTick(sys_seconds t, const Step& step) {
    year_month_day date{floor<days>(t)};
    switch (step.unit) {
    case Unit::Hour: return t + hours{step.count};
    case Unit::Day: return t + days{step.count};
    case Unit::Month: return sys_days{(date.year() / date.month() / 1) + months{step.count}};
    case Unit::Year: return sys_days{(date.year() / January / 1) + years{step.count}};
    }
    return t;
}

std::string tickLabel(sys_seconds t, Unit unit) {
    year_month_day date{floor<days>(t)};
    std::string month(monthName(unsigned(date.month())).substr(0, 3));
    char text[32];
    switch (unit) {
    case Unit::Year: std::snprintf(text, sizeof text, "%d", int(date.year())); break;
    case Unit::Month: std::snprintf(text, sizeof text, "%s %d", month.c_str(), int(date.year())); break;
    case Unit::Day: std::snprintf(text, sizeof text, "%u %s", unsigned(date.day()), month.c_str()); break;
    case Unit::Hour: {
        hh_mm_ss clock{t - floor<days>(t)};
        std::snprintf(text, sizeof text, "%02d:00", int(clock.hours().count()));
        break;
    }
    }
    return text;
}

// The break a time falls strictly inside, if any.
const WarpBreak* breakAround(double time, const TimeWarp& warp) {
    for (const WarpBreak& b : warp.breaks())
        if (time > b.begin && time < b.end) return &b;
    return nullptr;
}

} // namespace

std::vector<AxisTick> axisTicks(const TimelineAxis& axis, const TimeWarp& warp, int maxTicks) {
    std::vector<AxisTick> ticks;
    if (maxTicks < 1) return ticks;
    double span = axis.end() - axis.begin();
    const Step* step = &kSteps.back();
    for (const Step& s : kSteps)
        if (span / s.approxSeconds <= maxTicks) {
            step = &s;
            break;
        }
    sys_seconds last = fromSeconds(warp.toTime(axis.end()));
    sys_seconds t = firstTick(fromSeconds(warp.toTime(axis.begin())), *step);
    while (t <= last && ticks.size() <= std::size_t(2 * maxTicks)) {
        double time = toSeconds(t);
        if (const WarpBreak* gap = breakAround(time, warp)) {
            t = firstTick(fromSeconds(gap->end), *step); // no ticks inside a break
            if (toSeconds(t) < gap->end) t = nextTick(t, *step);
            continue;
        }
        if (warp.toAxis(time) >= axis.begin()) ticks.push_back({time, tickLabel(t, step->unit)});
        t = nextTick(t, *step);
    }
    return ticks;
}

} // namespace atlas::core
