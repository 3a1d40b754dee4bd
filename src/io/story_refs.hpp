// io/story_refs.hpp: what the story files may refer to, gathered as they load in order: known
// state codes, sources, places, events, and every id taken so far. Standard library and core only.
#pragma once

#include <map>
#include <set>
#include <string>

#include "core/geo/map_data.hpp"
#include "core/story/story_kinds.hpp"

namespace atlas::io {

struct StoryRefs {
    std::set<std::string> states;                      // ISO 3166-1 alpha-3 codes of countries.shp
    std::set<std::string> sources;                     // sources.csv ids
    std::map<std::string, const core::Place*> places;  // places.csv ids
    std::map<std::string, core::EventKind> events;     // events.geojson ids
    std::map<std::string, std::string> ids;            // every id taken, with where it was first used
};

} // namespace atlas::io
