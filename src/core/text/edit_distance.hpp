// core/text/edit_distance.hpp: Levenshtein distance, and the nearest of a set of words, for "did you
// mean" suggestions. Standard library only.
#pragma once

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace atlas::core {

std::size_t editDistance(std::string_view a, std::string_view b);

// The candidate nearest to word (ties: the first in order), compared without regard to ASCII case;
// none when even the nearest is more than two edits away.
std::optional<std::string> nearestWord(std::string_view word, const std::set<std::string>& candidates);

} // namespace atlas::core
