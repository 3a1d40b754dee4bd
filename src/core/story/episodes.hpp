// core/story/episodes.hpp: an episode of the story as episodes.csv gives it: a time range and a view,
// what "jump to an episode", `--episode` and the export dialog use. Events belong to it by their
// `episode` field. Standard library only.
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "core/geo/geometry.hpp"

namespace atlas::core {

struct Episode {
    std::string id;    // command-line name, and the `episode` of its events: osh-2010
    std::string title; // as shown to people
    std::chrono::sys_seconds begin;
    std::chrono::sys_seconds end; // the first instant after the range
    LonLat southWest;             // the view: a geographic box
    LonLat northEast;
    std::vector<std::string> sources;
};

} // namespace atlas::core
