// core/story/membership_timeline.hpp: each state's standing in the organisation over time, from the
// membership rows. Where sources disagree, the earliest claim of a change wins: a row that
// repeats the standing already in force changes nothing. Standard library only.
#pragma once

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/story/story.hpp"

namespace atlas::core {

enum class Standing { Member, Former };

struct StandingAt {
    Standing standing = Standing::Member;
    std::optional<Standing> previous; // none: not in the organisation before this change
    double settled = 1;               // 0 at the change, 1 once its fade is over
    const MembershipChange* change = nullptr; // the row that set the standing
};

class MembershipTimeline {
public:
    explicit MembershipTimeline(const std::vector<MembershipChange>& rows);

    // None before the state first joined.
    std::optional<StandingAt> at(const std::string& state, std::chrono::sys_seconds time) const;
    // The states that were ever in the organisation, in code order.
    std::vector<std::string> states() const;
    // 0 for the state that joined first, 1 for the next...; ties as the rows are ordered (by date,
    // change, sources, then file order). A state that joins after all the others changes no one
    // else's place. None for a state never in the organisation.
    std::optional<std::size_t> joiningOrder(const std::string& state) const;

    static constexpr std::chrono::hours kFade{24 * 4};

private:
    struct Step {
        std::chrono::sys_seconds from;
        Standing standing;
        const MembershipChange* change;
    };
    std::map<std::string, std::vector<Step>> m_steps;
    std::vector<std::string> m_joined; // in the order they first joined
};

// Joining, signing, renewing and rejoining make a member; leaving or suspension a former one.
Standing standingAfter(Change change);

} // namespace atlas::core
