// session/data_watcher.cpp: a snapshot of the folder's regular files, compared with the last.
#include "session/data_watcher.hpp"

namespace atlas::session {

DataWatcher::DataWatcher(std::filesystem::path folder, std::set<std::string> extensions)
    : m_folder(std::move(folder)), m_extensions(std::move(extensions)), m_stamps(snapshot()) {}

bool DataWatcher::poll(std::uint32_t nowMs) {
    if (nowMs - m_lastLookMs < 1000) return false;
    m_lastLookMs = nowMs;
    auto stamps = snapshot();
    if (stamps == m_stamps) return false;
    m_stamps = std::move(stamps);
    return true;
}

std::map<std::filesystem::path, DataWatcher::Stamp> DataWatcher::snapshot() const {
    std::map<std::filesystem::path, Stamp> stamps;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(m_folder, ec)) {
        std::error_code fileError;
        if (!entry.is_regular_file(fileError)) continue;
        if (!m_extensions.empty() && !m_extensions.contains(entry.path().extension().string())) continue;
        Stamp stamp{entry.last_write_time(fileError), entry.file_size(fileError)};
        if (!fileError) stamps[entry.path()] = stamp;
    }
    return stamps;
}

} // namespace atlas::session
