// core/time/time_index.hpp: which of many time intervals contain an instant, answered without
// scanning them all: intervals sorted by start in an implicit tree of latest ends.
// Standard library only.
#pragma once

#include <chrono>
#include <cstddef>
#include <vector>

namespace atlas::core {

class TimeIndex {
public:
    struct Interval {
        std::chrono::sys_seconds begin; // included
        std::chrono::sys_seconds end;   // excluded
        std::size_t item;
    };

    TimeIndex() = default;
    explicit TimeIndex(std::vector<Interval> intervals);

    // The items whose interval contains time, in ascending item order.
    std::vector<std::size_t> at(std::chrono::sys_seconds time) const;
    std::size_t size() const { return m_intervals.size(); }

private:
    void collect(std::size_t lo, std::size_t hi, std::chrono::sys_seconds time, std::vector<std::size_t>& out) const;

    std::vector<Interval> m_intervals;            // by begin
    std::vector<std::chrono::sys_seconds> m_maxEnd; // latest end in the subtree rooted at each middle
};

} // namespace atlas::core
