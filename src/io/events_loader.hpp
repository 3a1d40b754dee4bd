// io/events_loader.hpp: reads events.geojson (a Point per event) through GDAL's GeoJSON driver.
#pragma once

#include <filesystem>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/story/story.hpp"
#include "io/story_refs.hpp"

namespace atlas::io {

// Every valid event, its id and kind entered in refs; a bad event is skipped with one diagnostic
// per problem, and so is an answer whose request did not load. Needs refs' sources, places and states.
std::vector<core::Event> loadEvents(const std::filesystem::path& geojson, StoryRefs& refs, core::Diagnostics& diagnostics);

} // namespace atlas::io
