// session/data_watcher.hpp: notices when a data folder's files (those with given extensions, or all)
// change on disk, by comparing their sizes and modification times at most once a second.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <set>
#include <string>

namespace atlas::session {

class DataWatcher {
public:
    // extensions: ".shp", ".csv"...; empty: every file.
    explicit DataWatcher(std::filesystem::path folder, std::set<std::string> extensions = {});

    // True when a file was added, removed or changed since the last look; looks at most once a
    // second (nowMs is any millisecond clock).
    bool poll(std::uint32_t nowMs);

private:
    struct Stamp {
        std::filesystem::file_time_type modified;
        std::uintmax_t size = 0;
        friend bool operator==(const Stamp&, const Stamp&) = default;
    };
    std::map<std::filesystem::path, Stamp> snapshot() const;

    std::filesystem::path m_folder;
    std::set<std::string> m_extensions;
    std::map<std::filesystem::path, Stamp> m_stamps;
    std::uint32_t m_lastLookMs = 0;
};

} // namespace atlas::session
