// session/map_session.hpp: what every verb starts from: the projection, the loaded data folder and
// what the load had to say, plus the standard views onto it.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>

#include "core/diagnostic.hpp"
#include "core/geo/camera.hpp"
#include "core/geo/map_data.hpp"
#include "io/ogr_projection.hpp"

namespace atlas::session {

struct MapSession {
    std::unique_ptr<io::OgrProjection> projection;
    core::MapData data;
    core::Diagnostics diagnostics;
};

// The built-in data folder.
std::filesystem::path builtInDataFolder();
// The folder --data chose, else the built-in one (looked up only then: a verb given --data runs
// without the resources).
std::filesystem::path dataFolder(const std::optional<std::filesystem::path>& chosen);

// Loads folder; nullptr when nothing usable remains (diagnostics then says why).
std::unique_ptr<MapSession> loadSession(const std::filesystem::path& folder, core::Diagnostics& diagnostics);

// The projected box of the states the membership names (the whole map when none is loaded).
core::Box memberBounds(const core::MapData& data);

// Prints each diagnostic as one line on stderr.
void printDiagnostics(const core::Diagnostics& diagnostics);

} // namespace atlas::session
