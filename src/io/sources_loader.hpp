// io/sources_loader.hpp: reads sources.csv (id, title, publisher, author, date, kind, note, covers_to)
// through GDAL's CSV driver.
#pragma once

#include <filesystem>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/story/story.hpp"
#include "io/story_refs.hpp"

namespace atlas::io {

// Every valid row, its id taken in refs; a bad row is skipped with one diagnostic per problem.
std::vector<core::Source> loadSources(const std::filesystem::path& csv, StoryRefs& refs, core::Diagnostics& diagnostics);

} // namespace atlas::io
