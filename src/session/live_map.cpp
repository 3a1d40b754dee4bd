// session/live_map.cpp: the projection stays (it depends on nothing in the files); the data moves in
// unless the new load reports more problems than the map on screen (a file half written, say).
#include "session/live_map.hpp"

#include <algorithm>

namespace atlas::session {

namespace {

std::size_t problems(const core::Diagnostics& diagnostics) {
    return std::size_t(std::count_if(diagnostics.begin(), diagnostics.end(),
                                     [](const core::Diagnostic& d) { return d.level != core::Diagnostic::Level::Note; }));
}

} // namespace

LiveMap::LiveMap(std::filesystem::path folder, MapSession& session)
    : m_folder(std::move(folder)), m_session(session), m_watcher(m_folder, {".shp", ".shx", ".dbf", ".prj", ".cpg"}),
      m_problems(problems(session.diagnostics)) {}

LiveMap::Change LiveMap::poll(std::uint32_t nowMs) {
    if (!m_watcher.poll(nowMs)) return Change::None;
    core::Diagnostics diagnostics;
    std::unique_ptr<MapSession> fresh = loadSession(m_folder, diagnostics);
    m_session.diagnostics = diagnostics;
    if (!fresh || core::hasErrors(diagnostics) || problems(diagnostics) > m_problems) {
        m_session.diagnostics.push_back(
            {core::Diagnostic::Level::Note, m_folder.string(), "the last map that loaded cleanly is still shown"});
        return Change::Messages;
    }
    m_session.data = std::move(fresh->data);
    m_problems = problems(diagnostics);
    return Change::Data;
}

} // namespace atlas::session
