// core/text/edit_distance.cpp: a two-row Levenshtein distance.
#include "core/text/edit_distance.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

namespace atlas::core {

namespace {

std::string upper(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = char(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

} // namespace

std::size_t editDistance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> previous(b.size() + 1), current(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j)
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        std::swap(previous, current);
    }
    return previous[b.size()];
}

std::optional<std::string> nearestWord(std::string_view word, const std::set<std::string>& candidates) {
    std::string key = upper(word);
    std::optional<std::string> best;
    constexpr std::size_t kFarthest = 2;
    std::size_t bestDistance = kFarthest + 1;
    for (const std::string& candidate : candidates) {
        std::size_t distance = editDistance(key, upper(candidate));
        if (distance < bestDistance) {
            bestDistance = distance;
            best = candidate;
        }
    }
    return best;
}

} // namespace atlas::core
