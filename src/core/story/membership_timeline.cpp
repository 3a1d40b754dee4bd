// core/story/membership_timeline.cpp: rows in time order (ties by change, then source, for a stable
// result), folded into steps where the standing changes.
#include "core/story/membership_timeline.hpp"

#include <algorithm>

#include "core/time/envelope.hpp"

namespace atlas::core {

using namespace std::chrono;

Standing standingAfter(Change change) {
    return change == Change::Left || change == Change::Suspended ? Standing::Former : Standing::Member;
}

MembershipTimeline::MembershipTimeline(const std::vector<MembershipChange>& rows) {
    std::vector<const MembershipChange*> sorted;
    for (const MembershipChange& row : rows) sorted.push_back(&row);
    std::stable_sort(sorted.begin(), sorted.end(), [](const MembershipChange* a, const MembershipChange* b) {
        if (a->date.begin != b->date.begin) return a->date.begin < b->date.begin;
        if (a->change != b->change) return a->change < b->change;
        return a->sources < b->sources;
    });
    for (const MembershipChange* row : sorted) {
        std::vector<Step>& steps = m_steps[row->state];
        Standing standing = standingAfter(row->change);
        if (steps.empty() ? standing == Standing::Former : steps.back().standing == standing) continue;
        if (steps.empty()) m_joined.push_back(row->state);
        steps.push_back({row->date.begin, standing, row});
    }
}

std::optional<StandingAt> MembershipTimeline::at(const std::string& state, sys_seconds time) const {
    auto found = m_steps.find(state);
    if (found == m_steps.end()) return std::nullopt;
    const std::vector<Step>& steps = found->second;
    auto after = std::upper_bound(steps.begin(), steps.end(), time, [](sys_seconds t, const Step& s) { return t < s.from; });
    if (after == steps.begin()) return std::nullopt;
    const Step& step = *(after - 1);
    StandingAt result{step.standing, std::nullopt, progressBetween(step.from, step.from + kFade, time), step.change};
    if (after - 1 != steps.begin()) result.previous = (after - 2)->standing;
    return result;
}

std::vector<std::string> MembershipTimeline::states() const {
    std::vector<std::string> codes;
    for (const auto& [state, steps] : m_steps)
        if (!steps.empty()) codes.push_back(state);
    return codes;
}

std::optional<std::size_t> MembershipTimeline::joiningOrder(const std::string& state) const {
    auto found = std::find(m_joined.begin(), m_joined.end(), state);
    if (found == m_joined.end()) return std::nullopt;
    return std::size_t(found - m_joined.begin());
}

} // namespace atlas::core
