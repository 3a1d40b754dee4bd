// core/time/time_warp.hpp: non-linear time: a monotonic piecewise-linear map between real time and
// axis time that compresses long quiet gaps between events into breaks of fixed length, so the
// busy days get the room. Axis time is in seconds and equals real time where nothing is warped.
// Standard library only.
#pragma once

#include <chrono>
#include <span>
#include <vector>

namespace atlas::core {

struct WarpSettings {
    std::chrono::seconds context{std::chrono::days{7}};     // real time kept around each event; > 0
    std::chrono::seconds breakLength{std::chrono::days{5}}; // axis length of a compressed gap
};

// A compressed gap: real time [begin, end) drawn on the axis over [axisBegin, axisEnd).
struct WarpBreak {
    double begin = 0, end = 0;
    double axisBegin = 0, axisEnd = 0;
};

class TimeWarp {
public:
    TimeWarp() = default; // the identity: linear time

    // Keeps `context` either side of each event time; every longer gap becomes a break of
    // `breakLength`. Times need not be sorted.
    static TimeWarp compressGaps(std::vector<double> eventTimes, const WarpSettings& settings = {});

    // Seconds since the epoch, both ways; beyond the first and last knot the slope is 1.
    double toAxis(double time) const;
    double toTime(double axis) const;
    std::span<const WarpBreak> breaks() const { return m_breaks; }
    bool linear() const { return m_knots.empty(); }

private:
    struct Knot {
        double time, axis;
    };
    std::vector<Knot> m_knots; // strictly increasing in both
    std::vector<WarpBreak> m_breaks;
};

// Seconds since the epoch as a double, and back (rounded down to a second).
inline double toSeconds(std::chrono::sys_seconds t) { return double(t.time_since_epoch().count()); }
std::chrono::sys_seconds fromSeconds(double seconds);

} // namespace atlas::core
