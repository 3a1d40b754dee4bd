// io/sites_loader.hpp: reads sites.geojson (a Point per guarded site) through GDAL's GeoJSON driver.
#pragma once

#include <filesystem>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/story/story.hpp"
#include "io/story_refs.hpp"

namespace atlas::io {

// Every valid site; a bad one is skipped with one diagnostic per problem.
std::vector<core::Site> loadSites(const std::filesystem::path& geojson, StoryRefs& refs, core::Diagnostics& diagnostics);

} // namespace atlas::io
