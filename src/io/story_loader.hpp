// io/story_loader.hpp: loads the story files of a data folder laid out like geodata/
// (sources.csv, places.csv, membership.csv, events.geojson, sites.geojson, routes.geojson) into
// the core's Story, checking every reference between them.
#pragma once

#include <filesystem>
#include <set>
#include <string>

#include "core/diagnostic.hpp"
#include "core/story/story.hpp"
#include "io/ogr_projection.hpp"

namespace atlas::io {

// The story files, in the order they load (each may refer to those before it).
inline constexpr const char* kStoryFiles[] = {"sources.csv", "places.csv", "membership.csv",
                                              "events.geojson", "sites.geojson", "routes.geojson"};

// knownStates: the codes a state may have (see loadCountryCodes). Fails (no value) when the folder
// is missing or holds no usable source or place, which everything else refers to. The other four
// files are optional (a note when absent); every bad item is skipped with one diagnostic per problem.
core::Loaded<core::Story> loadStory(const std::filesystem::path& folder, const OgrProjection& projection,
                                    const std::set<std::string>& knownStates);

} // namespace atlas::io
