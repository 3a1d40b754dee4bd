// io/routes_loader.hpp: reads routes.geojson (a two-point LineString per contingent's movement)
// through GDAL's GeoJSON driver.
#pragma once

#include <filesystem>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/story/story.hpp"
#include "io/story_refs.hpp"

namespace atlas::io {

// Every valid route; a bad one is skipped with one diagnostic per problem. Needs refs' events.
std::vector<core::Route> loadRoutes(const std::filesystem::path& geojson, StoryRefs& refs, core::Diagnostics& diagnostics);

} // namespace atlas::io
