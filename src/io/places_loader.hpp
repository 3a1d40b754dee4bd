// io/places_loader.hpp: reads the places table (places.csv: id, name, kind, country, lon, lat,
// tz, names, coord_source) through GDAL's CSV driver.
#pragma once

#include <filesystem>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/geo/map_data.hpp"
#include "io/ogr_projection.hpp"

namespace atlas::io {

// Every valid row; bad rows are skipped with a warning naming the row and field.
std::vector<core::Place> loadPlaces(const std::filesystem::path& csv, const OgrProjection& projection,
                                    core::Diagnostics& diagnostics);

} // namespace atlas::io
