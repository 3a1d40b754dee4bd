// core/time/time_index.cpp: the subtree of [lo, hi) has its root at the middle; a subtree is skipped
// when its latest end is not after the instant, its right half when the root starts after it.
#include "core/time/time_index.hpp"

#include <algorithm>

namespace atlas::core {

using std::chrono::sys_seconds;

namespace {

sys_seconds buildMaxEnd(const std::vector<TimeIndex::Interval>& intervals, std::vector<sys_seconds>& maxEnd,
                        std::size_t lo, std::size_t hi) {
    if (lo >= hi) return sys_seconds::min();
    std::size_t mid = lo + (hi - lo) / 2;
    sys_seconds latest = std::max({intervals[mid].end, buildMaxEnd(intervals, maxEnd, lo, mid),
                                   buildMaxEnd(intervals, maxEnd, mid + 1, hi)});
    maxEnd[mid] = latest;
    return latest;
}

} // namespace

TimeIndex::TimeIndex(std::vector<Interval> intervals) : m_intervals(std::move(intervals)) {
    std::sort(m_intervals.begin(), m_intervals.end(), [](const Interval& a, const Interval& b) {
        return a.begin != b.begin ? a.begin < b.begin : a.item < b.item;
    });
    m_maxEnd.resize(m_intervals.size());
    buildMaxEnd(m_intervals, m_maxEnd, 0, m_intervals.size());
}

void TimeIndex::collect(std::size_t lo, std::size_t hi, sys_seconds time, std::vector<std::size_t>& out) const {
    if (lo >= hi) return;
    std::size_t mid = lo + (hi - lo) / 2;
    if (m_maxEnd[mid] <= time) return;
    collect(lo, mid, time, out);
    if (m_intervals[mid].begin > time) return;
    if (time < m_intervals[mid].end) out.push_back(m_intervals[mid].item);
    collect(mid + 1, hi, time, out);
}

std::vector<std::size_t> TimeIndex::at(sys_seconds time) const {
    std::vector<std::size_t> items;
    collect(0, m_intervals.size(), time, items);
    std::sort(items.begin(), items.end());
    return items;
}

} // namespace atlas::core
