// core/story/quantity.hpp: a figure as one source gives it ("about 2,500", "a few dozen", "more than
// 10,000"): its wording, the numbers it stands for, and whom it comes from. Standard library only.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace atlas::core {

struct Quantity {
    enum class Form { Exact, Approximate, Range, OpenEnded, Unstated };

    std::string what;  // "troops", "killed", ...
    std::string given; // the source's own wording; what is shown
    std::optional<std::int64_t> min, max; // none: open on that side
    bool approx = false; // the source hedges ("about", "roughly")
    std::string source;  // sources.csv id

    // Exact: one number; Approximate: one hedged number; Range: min < max; OpenEnded: one side
    // open ("more than 10,000"); Unstated: no figure at all ("the remainder").
    Form form() const;
    // Two figures disagree when both give numbers and the numbers differ; wording alone does not.
    bool disagreesWith(const Quantity& other) const;
};

std::string_view formName(Quantity::Form form); // "exact", "approximate", "range", "open-ended", "unstated"

} // namespace atlas::core
