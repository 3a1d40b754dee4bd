// core/diagnostic.hpp: what a loader says about bad input, and a loaded value with its diagnostics.
// Standard library only.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace atlas::core {

struct Diagnostic {
    // Note: worth knowing, not a fault (an optional layer absent). Warning: bad input that was
    // skipped or repaired. Error: bad input that left a whole file unusable.
    enum class Level { Note, Warning, Error };
    Level level = Level::Error;
    std::string where;   // file and place in it: "geodata/countries.shp: feature 12 (KAZ)"
    std::string message; // what is wrong, and what to do where that helps

    std::string text() const { return where + ": " + message; }
};

using Diagnostics = std::vector<Diagnostic>;

inline const char* levelName(Diagnostic::Level level) {
    switch (level) {
    case Diagnostic::Level::Note: return "note";
    case Diagnostic::Level::Warning: return "warning";
    case Diagnostic::Level::Error: return "error";
    }
    return "error";
}

inline bool hasErrors(const Diagnostics& diagnostics) {
    for (const Diagnostic& d : diagnostics)
        if (d.level == Diagnostic::Level::Error) return true;
    return false;
}

// True when any diagnostic is about bad input (a warning or an error), not just a note.
inline bool hasBadInput(const Diagnostics& diagnostics) {
    for (const Diagnostic& d : diagnostics)
        if (d.level != Diagnostic::Level::Note) return true;
    return false;
}

// A value that may be missing when nothing usable remained, plus everything worth telling the user.
template <class T>
struct Loaded {
    std::optional<T> value;
    Diagnostics diagnostics;
};

} // namespace atlas::core
