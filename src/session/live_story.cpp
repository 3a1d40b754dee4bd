// session/live_story.cpp: reload, keep or replace.
#include "session/live_story.hpp"

#include "session/story_session.hpp"

namespace atlas::session {

LiveStory::LiveStory(std::filesystem::path folder, core::Diagnostics mapDiagnostics)
    : m_folder(std::move(folder)), m_mapDiagnostics(std::move(mapDiagnostics)),
      m_watcher(m_folder, {".csv", ".geojson", ".json", ".gpkg"}) {
    load();
}

bool LiveStory::poll(std::uint32_t nowMs) {
    if (!m_watcher.poll(nowMs)) return false;
    load();
    return true;
}

void LiveStory::load() {
    core::Loaded<core::Story> loaded = loadStoryFolder(m_folder);
    m_storyDiagnostics = loaded.diagnostics;
    bool usable = loaded.value && !core::hasErrors(loaded.diagnostics);
    if (usable || (loaded.value && m_story.events.empty())) m_story = std::move(*loaded.value);
    else if (!m_story.events.empty())
        m_storyDiagnostics.push_back(
            {core::Diagnostic::Level::Note, m_folder.string(), "the last story that loaded cleanly is still shown"});
    setMapDiagnostics(m_mapDiagnostics);
}

void LiveStory::setMapDiagnostics(core::Diagnostics mapDiagnostics) {
    m_mapDiagnostics = std::move(mapDiagnostics);
    m_diagnostics = m_mapDiagnostics;
    m_diagnostics.insert(m_diagnostics.end(), m_storyDiagnostics.begin(), m_storyDiagnostics.end());
}

} // namespace atlas::session
