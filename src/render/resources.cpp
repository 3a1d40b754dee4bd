// render/resources.cpp: finds the resource folder once: the first of the candidates that holds
// shaders/, or an error listing them all.
#include "render/resources.hpp"

#include <cstdlib>
#include <stdexcept>
#include <string>
#include <vector>

namespace atlas::render {

namespace fs = std::filesystem;

namespace {

bool holdsResources(const fs::path& folder) {
    std::error_code ec;
    return fs::is_directory(folder / "shaders", ec);
}

fs::path beside(const fs::path& executable) { return executable.parent_path().parent_path() / "share" / "csto-atlas"; }

fs::path findResourceDir() {
    if (const char* dir = std::getenv("CSTO_ATLAS_RESOURCES"); dir && *dir) {
        if (holdsResources(dir)) return dir;
        throw std::runtime_error(std::string("CSTO_ATLAS_RESOURCES is ") + dir +
                                 ", which holds no csto-atlas resources (no shaders/ folder)");
    }
    std::vector<fs::path> candidates;
    std::error_code ec;
    if (fs::path executable = fs::read_symlink("/proc/self/exe", ec); !ec) candidates.push_back(beside(executable));
    candidates.push_back(ATLAS_RESOURCE_DIR);
    std::string looked;
    for (const fs::path& candidate : candidates) {
        if (holdsResources(candidate)) return candidate;
        looked += (looked.empty() ? "" : ", ") + candidate.lexically_normal().string();
    }
    throw std::runtime_error("cannot find csto-atlas's shaders, fonts and built-in data: looked in " + looked +
                             " (set CSTO_ATLAS_RESOURCES to the folder that holds them)");
}

} // namespace

fs::path resourceDir() {
    static const fs::path found = findResourceDir();
    return found;
}

} // namespace atlas::render
