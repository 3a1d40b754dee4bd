// session/live_story.hpp: the story of a data folder as the window shows it, loaded again when the
// folder's files change on disk; a load that leaves a file unusable keeps the last good story,
// and its messages are shown either way.
#pragma once

#include <cstdint>
#include <filesystem>

#include "core/diagnostic.hpp"
#include "core/story/story.hpp"
#include "session/data_watcher.hpp"

namespace atlas::session {

class LiveStory {
public:
    // Loads the story now; mapDiagnostics (from loading the map) stay listed first.
    LiveStory(std::filesystem::path folder, core::Diagnostics mapDiagnostics);

    const core::Story& story() const { return m_story; }
    // The map's messages, then those of the latest story load.
    const core::Diagnostics& diagnostics() const { return m_diagnostics; }

    // Looks for changed files (at most once a second) and reloads; true when the story or the
    // messages changed.
    bool poll(std::uint32_t nowMs);
    // The map was loaded again: its messages replace the map's.
    void setMapDiagnostics(core::Diagnostics mapDiagnostics);

private:
    void load();

    std::filesystem::path m_folder;
    core::Diagnostics m_mapDiagnostics;
    DataWatcher m_watcher;
    core::Story m_story;
    core::Diagnostics m_storyDiagnostics; // of the latest load
    core::Diagnostics m_diagnostics;      // the map's, then the story's
};

} // namespace atlas::session
