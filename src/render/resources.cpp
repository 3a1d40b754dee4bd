// render/resources.cpp: the resource folder, overridable for installed copies.
#include "render/resources.hpp"

#include <cstdlib>

namespace atlas::render {

std::filesystem::path resourceDir() {
    if (const char* dir = std::getenv("CSTO_ATLAS_RESOURCES"); dir && *dir) return dir;
    return ATLAS_RESOURCE_DIR;
}

} // namespace atlas::render
