// tests/support/io_test_support.hpp: helpers shared by the tests: fixture paths, one projection,
// loading a folder and searching what the load said.
#pragma once

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/geo/map_data.hpp"
#include "io/map_loader.hpp"
#include "io/ogr_projection.hpp"

namespace atlas::test {

using Level = core::Diagnostic::Level;

// An empty folder of that name in the tests' output folder.
inline std::filesystem::path freshFolder(const std::string& name) {
    std::filesystem::path folder = std::filesystem::path(ATLAS_TEST_OUTPUT_DIR) / name;
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    return folder;
}

// The io tests' own output folder, created on first use.
inline std::filesystem::path outputDir() {
    std::filesystem::path dir = std::filesystem::path(ATLAS_TEST_OUTPUT_DIR) / "io";
    std::filesystem::create_directories(dir);
    return dir;
}

inline std::filesystem::path fixture(const std::string& name) { return std::filesystem::path(ATLAS_TEST_DATA_DIR) / name; }

inline const io::OgrProjection& defaultProjection() {
    static const io::OgrProjection projection;
    return projection;
}

inline core::Loaded<core::MapData> loadFixture(const std::string& name) {
    return io::loadMapData(fixture(name), defaultProjection());
}

inline bool endsWith(const std::string& text, const std::string& suffix) {
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

inline bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The diagnostics whose `where` ends with whereSuffix.
inline core::Diagnostics diagnosticsAbout(const core::Diagnostics& all, const std::string& whereSuffix) {
    core::Diagnostics out;
    std::copy_if(all.begin(), all.end(), std::back_inserter(out),
                 [&](const core::Diagnostic& d) { return endsWith(d.where, whereSuffix); });
    return out;
}

inline std::size_t countLevel(const core::Diagnostics& all, Level level) {
    return std::size_t(std::count_if(all.begin(), all.end(), [&](const core::Diagnostic& d) { return d.level == level; }));
}

// All diagnostics as text, one per line, for failure messages.
inline std::string listing(const core::Diagnostics& all) {
    std::string out;
    for (const core::Diagnostic& d : all) out += (d.level == Level::Error ? "E " : "W ") + d.text() + "\n";
    return out;
}

inline std::vector<std::string> isoCodes(const core::MapData& data) {
    std::vector<std::string> codes;
    for (const core::Country& c : data.countries) codes.push_back(c.isoA3);
    return codes;
}

inline const core::Region* findRegion(const core::MapData& data, const std::string& name) {
    for (const core::Region& r : data.regions)
        if (r.name == name) return &r;
    return nullptr;
}

} // namespace atlas::test
