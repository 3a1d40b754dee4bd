// tests/support/story_test_support.hpp: helpers shared by the story tests: the story fixtures under
// tests/data/story/, the state codes of the shipped countries.shp, and running the real binary.
#pragma once

#include <doctest/doctest.h>

#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/story/story.hpp"
#include "io/country_codes.hpp"
#include "io/ogr_projection.hpp"
#include "io/story_loader.hpp"
#include "run_binary.hpp"

namespace atlas::test {

inline std::filesystem::path storyFixture(const std::string& name) {
    return std::filesystem::path(ATLAS_TEST_DATA_DIR) / "story" / name;
}

inline const std::set<std::string>& shippedStateCodes() {
    static const std::set<std::string> codes = [] {
        core::Diagnostics diagnostics;
        std::set<std::string> read = io::loadCountryCodes(std::filesystem::path(ATLAS_GEODATA_DIR) / "countries.shp", diagnostics);
        REQUIRE(diagnostics.empty());
        return read;
    }();
    return codes;
}

inline core::Loaded<core::Story> loadStoryFrom(const std::filesystem::path& folder) {
    static const io::OgrProjection projection;
    return io::loadStory(folder, projection, shippedStateCodes());
}

// The story shipped in geodata/, loaded once.
inline const core::Story& shipped() {
    static const core::Loaded<core::Story> loaded = loadStoryFrom(ATLAS_GEODATA_DIR);
    REQUIRE_MESSAGE(loaded.value.has_value(), "the shipped story did not load");
    return *loaded.value;
}

// Every diagnostic as "FILE: ITEM: FIELD: what is wrong", notes left out.
inline std::vector<std::string> problemLines(const core::Diagnostics& diagnostics) {
    std::vector<std::string> lines;
    for (const core::Diagnostic& d : diagnostics)
        if (d.level != core::Diagnostic::Level::Note) lines.push_back(d.text());
    return lines;
}

} // namespace atlas::test
