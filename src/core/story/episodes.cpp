// core/story/episodes.cpp: the episode table. Views frame where the events happened and, for
// Kazakhstan, where the contingents came from.
#include "core/story/episodes.hpp"

#include <array>

namespace atlas::core {

namespace {

using namespace std::chrono;

constexpr sys_seconds day(int y, unsigned m, unsigned d) { return sys_days{year{y} / month{m} / d}; }

const std::array<Episode, 3> kEpisodes = {{
    {"osh-2010", "Osh and Jalal-Abad, 2010", "kyrgyzstan-2010", day(2010, 4, 1), day(2010, 7, 1), {69.0, 39.0}, {76.5, 43.5}},
    {"armenia-2021", "Armenia–Azerbaijan border, 2021", "armenia-2021", day(2021, 5, 1), day(2021, 6, 15), {43.0, 38.5},
     {47.5, 41.5}},
    {"almaty-2022", "Kazakhstan, January 2022", "almaty-2022", day(2022, 1, 1), day(2022, 1, 26), {36.0, 40.0},
     {84.0, 58.0}},
}};

} // namespace

std::span<const Episode> episodes() { return kEpisodes; }

const Episode* findEpisode(std::string_view id) {
    for (const Episode& episode : kEpisodes)
        if (episode.id == id) return &episode;
    return nullptr;
}

} // namespace atlas::core
