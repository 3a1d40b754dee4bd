// core/time/time_warp.cpp: knots at the ends of each kept stretch; straight lines between them.
#include "core/time/time_warp.hpp"

#include <algorithm>
#include <cmath>

namespace atlas::core {

namespace {

// Linear interpolation over knots sorted by `from`, extrapolated with slope 1.
template <class Knot, class From, class To>
double interpolate(const std::vector<Knot>& knots, double x, From from, To to) {
    if (knots.empty()) return x;
    if (x <= from(knots.front())) return to(knots.front()) + (x - from(knots.front()));
    if (x >= from(knots.back())) return to(knots.back()) + (x - from(knots.back()));
    auto next = std::upper_bound(knots.begin(), knots.end(), x, [&](double v, const Knot& k) { return v < from(k); });
    const Knot& b = *next;
    const Knot& a = *(next - 1);
    double share = (x - from(a)) / (from(b) - from(a));
    return to(a) + share * (to(b) - to(a));
}

} // namespace

TimeWarp TimeWarp::compressGaps(std::vector<double> eventTimes, const WarpSettings& settings) {
    std::sort(eventTimes.begin(), eventTimes.end());
    TimeWarp warp;
    if (eventTimes.empty()) return warp;
    double context = double(settings.context.count());
    double breakLength = double(settings.breakLength.count());
    // The stretches kept at real speed: each event's context, merged where they overlap.
    std::vector<std::pair<double, double>> kept;
    for (double t : eventTimes) {
        if (!kept.empty() && t - context <= kept.back().second) kept.back().second = t + context;
        else kept.push_back({t - context, t + context});
    }
    double shift = 0; // real time removed so far
    for (std::size_t i = 0; i < kept.size(); ++i) {
        if (i > 0) {
            double gapBegin = kept[i - 1].second, gapEnd = kept[i].first;
            double gap = gapEnd - gapBegin;
            if (gap > breakLength) {
                double axisBegin = gapBegin - shift;
                shift += gap - breakLength;
                warp.m_breaks.push_back({gapBegin, gapEnd, axisBegin, axisBegin + breakLength});
            }
        }
        warp.m_knots.push_back({kept[i].first, kept[i].first - shift});
        warp.m_knots.push_back({kept[i].second, kept[i].second - shift});
    }
    return warp;
}

double TimeWarp::toAxis(double time) const {
    return interpolate(m_knots, time, [](const Knot& k) { return k.time; }, [](const Knot& k) { return k.axis; });
}

double TimeWarp::toTime(double axis) const {
    return interpolate(m_knots, axis, [](const Knot& k) { return k.axis; }, [](const Knot& k) { return k.time; });
}

std::chrono::sys_seconds fromSeconds(double seconds) {
    return std::chrono::sys_seconds{std::chrono::seconds{static_cast<long long>(std::floor(seconds))}};
}

} // namespace atlas::core
