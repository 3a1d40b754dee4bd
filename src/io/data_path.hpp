// io/data_path.hpp: which paths may be read as data: local files inside the folder the user opened.
// Never a URL or a GDAL virtual file system (/vsicurl/, /vsizip/, http://...), never a file that
// leaves its folder through "..", an absolute path or a symbolic link.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace atlas::io {

// Why a folder or file the user named cannot be read: it names a URL or a GDAL virtual file
// system. Empty when it is a local path.
std::string remotePathProblem(const std::filesystem::path& path);

// The file a data file names, resolved in folder; nullopt, with why, when the name is a URL or
// virtual file system, absolute, climbs out with "..", or leads outside folder through a link.
std::optional<std::filesystem::path> resolveInside(const std::filesystem::path& folder, const std::string& name,
                                                   std::string& why);

// Why a data file cannot be read given where it is: empty when it, and every file beside it sharing
// its name (the .dbf, .prj... GDAL reads with it), is a local file inside its own folder.
std::string dataFileProblem(const std::filesystem::path& path);

// Why a data folder cannot be read: a URL or virtual file system, or no such folder; empty when it can.
std::string dataFolderProblem(const std::filesystem::path& folder);

} // namespace atlas::io
