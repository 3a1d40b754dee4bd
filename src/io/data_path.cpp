// io/data_path.cpp: lexical checks for URLs and "..", then the canonical path (links followed)
// compared with the folder's.
#include "io/data_path.hpp"

#include <algorithm>

namespace atlas::io {

namespace fs = std::filesystem;

namespace {

bool startsWith(const std::string& text, const std::string& prefix) { return text.rfind(prefix, 0) == 0; }

bool isInside(const fs::path& canonicalFolder, const fs::path& path) {
    std::error_code ec;
    fs::path resolved = fs::weakly_canonical(path, ec);
    if (ec) return false;
    fs::path relative = resolved.lexically_relative(canonicalFolder);
    return !relative.empty() && *relative.begin() != ".." && !relative.is_absolute();
}

} // namespace

std::string remotePathProblem(const fs::path& path) {
    std::string text = path.string();
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    bool virtualFile = startsWith(text, "/vsi");
    std::size_t end = virtualFile ? std::min(text.find('/', 1), text.size() - 1) : text.find("://");
    if (end == std::string::npos) return {};
    std::size_t length = end + (virtualFile ? 1 : 3);
    return "names a URL or a GDAL virtual file system (" + path.string().substr(0, length) +
           "); only local files are read: download or unpack it into a folder first";
}

std::optional<fs::path> resolveInside(const fs::path& folder, const std::string& name, std::string& why) {
    fs::path relative(name);
    if (why = remotePathProblem(relative); !why.empty()) return std::nullopt;
    if (relative.is_absolute() || relative.has_root_name()) {
        why = "'" + name + "' is an absolute path; data files may refer only to files inside their folder";
        return std::nullopt;
    }
    if (std::any_of(relative.begin(), relative.end(), [](const fs::path& part) { return part == ".."; })) {
        why = "'" + name + "' climbs out of its folder with '..'; data files may refer only to files inside their folder";
        return std::nullopt;
    }
    std::error_code ec;
    fs::path canonicalFolder = fs::weakly_canonical(folder.empty() ? fs::path(".") : folder, ec);
    if (ec || !isInside(canonicalFolder, folder / relative)) {
        why = "'" + name + "' is a symbolic link to a file outside its folder; copy the file into the folder instead";
        return std::nullopt;
    }
    return folder / relative;
}

std::string dataFileProblem(const fs::path& path) {
    if (std::string why = remotePathProblem(path); !why.empty()) return why;
    fs::path folder = path.parent_path();
    std::string stem = path.stem().string() + ".";
    std::string why;
    if (!resolveInside(folder, path.filename().string(), why)) return why;
    std::error_code ec;
    for (const fs::directory_entry& entry : fs::directory_iterator(folder.empty() ? fs::path(".") : folder, ec)) {
        std::string name = entry.path().filename().string();
        if (startsWith(name, stem) && !resolveInside(folder, name, why)) return why;
    }
    return {};
}

std::string dataFolderProblem(const fs::path& folder) {
    if (std::string why = remotePathProblem(folder); !why.empty()) return why;
    std::error_code ec;
    return fs::is_directory(folder, ec) ? "" : "data folder not found";
}

} // namespace atlas::io
