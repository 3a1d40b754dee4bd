// io/map_loader.hpp: loads a data folder laid out like geodata/ (countries.shp, regions.shp,
// disputed.shp, places.csv, and the states membership.csv names) into the core's MapData, projected.
#pragma once

#include <filesystem>

#include "core/diagnostic.hpp"
#include "core/geo/map_data.hpp"
#include "io/ogr_projection.hpp"

namespace atlas::io {

// Fails (no value) only when the folder is missing or no country could be loaded; every other
// problem is a diagnostic and the load goes on.
core::Loaded<core::MapData> loadMapData(const std::filesystem::path& folder, const OgrProjection& projection);

} // namespace atlas::io
