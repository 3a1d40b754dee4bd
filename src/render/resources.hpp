// render/resources.hpp: where shaders and fonts are found: $CSTO_ATLAS_RESOURCES, else the
// source tree the binary was built from.
#pragma once

#include <filesystem>

namespace atlas::render {

std::filesystem::path resourceDir();

} // namespace atlas::render
