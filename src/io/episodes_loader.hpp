// io/episodes_loader.hpp: reads episodes.csv (id, title, start, end, west, south, east, north,
// sources) through GDAL's CSV driver: each row an episode's time range (UTC) and view in degrees.
#pragma once

#include <filesystem>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/story/episodes.hpp"
#include "io/story_refs.hpp"

namespace atlas::io {

// Every valid row, its id taken in refs; a bad row is skipped with one diagnostic per problem.
std::vector<core::Episode> loadEpisodes(const std::filesystem::path& csv, StoryRefs& refs, core::Diagnostics& diagnostics);

} // namespace atlas::io
