// session/live_map.hpp: the map of a data folder as the window shows it, loaded again when its
// shapefiles change on disk; a load with errors, or with more problems than the map on screen,
// keeps that map, its messages shown.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>

#include "session/data_watcher.hpp"
#include "session/map_session.hpp"

namespace atlas::session {

class LiveMap {
public:
    // session: the map loaded from folder, replaced in place when a new load is sound.
    LiveMap(std::filesystem::path folder, MapSession& session);

    enum class Change { None, Messages, Data };
    // Looks for changed shapefiles (at most once a second) and reloads. Data: the session's map
    // was replaced (what was built from it must be built again); Messages: only the messages
    // changed (the map kept).
    Change poll(std::uint32_t nowMs);

private:
    std::filesystem::path m_folder;
    MapSession& m_session;
    DataWatcher m_watcher;
    std::size_t m_problems; // warnings and errors of the map on screen
};

} // namespace atlas::session
