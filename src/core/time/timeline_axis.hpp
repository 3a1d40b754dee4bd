// core/time/timeline_axis.hpp: the part of the time axis a timeline shows, zoomed from the whole span
// down to hours and panned within it, and the calendar ticks to label it with. Axis units are
// those of TimeWarp (seconds). Standard library only.
#pragma once

#include <string>
#include <vector>

#include "core/time/time_warp.hpp"

namespace atlas::core {

class TimelineAxis {
public:
    static constexpr double kMinSpan = 3 * 3600; // the closest zoom: three hours across

    TimelineAxis(double extentBegin, double extentEnd);

    double begin() const { return m_begin; }
    double end() const { return m_end; }
    double extentBegin() const { return m_extentBegin; }
    double extentEnd() const { return m_extentEnd; }

    // Where an axis value falls across the view, 0 at its left edge and 1 at its right; and back.
    double fractionOf(double axis) const { return (axis - m_begin) / (m_end - m_begin); }
    double axisAt(double fraction) const { return m_begin + fraction * (m_end - m_begin); }

    // A new extent (the warp changed); the view is set to show [begin, end] within it.
    void setExtent(double extentBegin, double extentEnd);
    void show(double begin, double end);
    // factor > 1 zooms in, keeping the axis value under `fraction` in place.
    void zoomAt(double fraction, double factor);
    // Moves the view by a share of its width (positive: later times come into view).
    void pan(double fractionDelta);
    // Pans the least needed to bring an axis value into view.
    void follow(double axis);

private:
    void clamp();
    double m_extentBegin, m_extentEnd;
    double m_begin, m_end;
};

struct AxisTick {
    double time = 0;   // real time, seconds since the epoch (UTC)
    std::string label; // "2010", "Jun 2010", "6 Jan", "14:00"
};

// Calendar ticks (years, months, days or hours, whichever gives at most maxTicks over the view)
// for the real times the view shows, leaving out those inside the warp's breaks.
std::vector<AxisTick> axisTicks(const TimelineAxis& axis, const TimeWarp& warp, int maxTicks);

} // namespace atlas::core
