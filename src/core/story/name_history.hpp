// core/story/name_history.hpp: a place's names over time, from the places.csv form
// "Akmola;Astana@1998-05-06;Nur-Sultan@2019-03-23;Astana@2022-09-17". Standard library only.
#pragma once

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "core/parsed.hpp"

namespace atlas::core {

class NameHistory {
public:
    // The first name has no date; each later one applies from its local calendar day, in order.
    // An empty text is an empty history: the name never changed.
    static Parsed<NameHistory> parse(std::string_view text);

    bool empty() const { return m_names.empty(); }
    // The name in force on a local day; empty when the history is.
    std::string at(std::chrono::local_days day) const;

private:
    struct Name {
        std::chrono::local_days from; // the first name's is the earliest representable day
        std::string name;
    };
    std::vector<Name> m_names;
};

} // namespace atlas::core
