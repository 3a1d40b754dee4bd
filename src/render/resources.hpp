// render/resources.hpp: where shaders, fonts and the built-in data are found: $CSTO_ATLAS_RESOURCES
// when set, else ../share/csto-atlas beside the executable (an installed copy), else the source
// tree the binary was built from (a build tree).
#pragma once

#include <filesystem>

namespace atlas::render {

// The resource folder; throws std::runtime_error naming every place it looked when none holds
// the resources.
std::filesystem::path resourceDir();

} // namespace atlas::render
