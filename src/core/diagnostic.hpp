// core/diagnostic.hpp: what a loader says about bad input, and a loaded value with its diagnostics.
// Standard library only.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace atlas::core {

struct Diagnostic {
    enum class Level { Warning, Error };
    Level level = Level::Error;
    std::string where;   // file and place in it: "geodata/countries.shp: feature 12 (KAZ)"
    std::string message; // what is wrong, and what to do where that helps

    std::string text() const { return where + ": " + message; }
};

using Diagnostics = std::vector<Diagnostic>;

inline bool hasErrors(const Diagnostics& diagnostics) {
    for (const Diagnostic& d : diagnostics)
        if (d.level == Diagnostic::Level::Error) return true;
    return false;
}

// A value that may be missing when nothing usable remained, plus everything worth telling the user.
template <class T>
struct Loaded {
    std::optional<T> value;
    Diagnostics diagnostics;
};

} // namespace atlas::core
