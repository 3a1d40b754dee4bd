// core/story/episodes.hpp: the three requests for help the map tells, each as a time range and a view:
// what "jump to an episode" and `--episode` use. Standard library only.
#pragma once

#include <chrono>
#include <span>
#include <string_view>

#include "core/geo/geometry.hpp"

namespace atlas::core {

struct Episode {
    std::string_view id;          // command-line name: osh-2010, armenia-2021, almaty-2022
    std::string_view title;       // as shown to people
    std::string_view storyEpisode; // the `episode` value of its events in events.geojson
    std::chrono::sys_seconds begin;
    std::chrono::sys_seconds end;
    LonLat southWest;             // the view: a geographic box
    LonLat northEast;
};

std::span<const Episode> episodes();
const Episode* findEpisode(std::string_view id);

} // namespace atlas::core
