// tests/io/story_test_support.hpp: helpers shared by the story tests: the story fixtures under
// tests/data/story/, the state codes of the shipped countries.shp, and running the real binary.
#pragma once

#include <doctest/doctest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/story.hpp"
#include "io/country_codes.hpp"
#include "io/ogr_projection.hpp"
#include "io/story_loader.hpp"

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

// Every diagnostic as "FILE: ITEM: FIELD: what is wrong", notes left out.
inline std::vector<std::string> problemLines(const core::Diagnostics& diagnostics) {
    std::vector<std::string> lines;
    for (const core::Diagnostic& d : diagnostics)
        if (d.level != core::Diagnostic::Level::Note) lines.push_back(d.text());
    return lines;
}

struct CommandResult {
    int exitCode = -1;
    std::string out;
    std::string err;
};

// Runs csto-atlas with arguments; its stdout and stderr pass through files named after `name`.
inline CommandResult runAtlasCommand(const std::string& name, const std::vector<std::string>& arguments) {
    namespace fs = std::filesystem;
    fs::path dir = fs::path(ATLAS_TEST_OUTPUT_DIR) / "story";
    fs::create_directories(dir);
    auto quoted = [](const std::string& text) {
        std::string out = "'";
        for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
        return out + "'";
    };
    auto slurp = [](const fs::path& path) {
        std::ifstream in(path, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        return text.str();
    };
    fs::path out = dir / (name + ".stdout"), err = dir / (name + ".stderr");
    std::string command = quoted(ATLAS_BINARY);
    for (const std::string& a : arguments) command += " " + quoted(a);
    command += " >" + quoted(out.string()) + " 2>" + quoted(err.string()) + " </dev/null";
    int status = std::system(command.c_str());
    REQUIRE_MESSAGE(WIFEXITED(status), command);
    return {WEXITSTATUS(status), slurp(out), slurp(err)};
}

} // namespace atlas::test
