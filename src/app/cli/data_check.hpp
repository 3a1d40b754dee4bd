// app/cli/data_check.hpp: what `check` finds in one folder or file: the base map through
// io::loadMapData, the story through io::loadStory, each problem as a diagnostic.
#pragma once

#include <filesystem>
#include <string>

#include "core/diagnostic.hpp"

namespace atlas::app {

struct CheckResult {
    core::Diagnostics diagnostics; // notes included
    std::string summary;           // what was read: "249 countries, ..., 106 events"
};

// A folder: every data file in it; a file: that file, read with the files of its folder it refers to.
CheckResult checkPath(const std::filesystem::path& path);

} // namespace atlas::app
