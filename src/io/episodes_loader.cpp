// io/episodes_loader.cpp: one episode per row; the range runs from the start of `start` to the end
// of `end` at the precision each is written in, and the view is a box of longitudes and latitudes.
#include "io/episodes_loader.hpp"

#include <cmath>

#include "core/text/number_text.hpp"
#include "io/story_checks.hpp"
#include "io/story_record.hpp"

namespace atlas::io {

namespace {

constexpr std::size_t kTitleLimit = 60;

const StoryFileSpec kSpec{{{"id", FieldType::Text, true},
                           {"title", FieldType::Text, true},
                           {"start", FieldType::Text, true},
                           {"end", FieldType::Text, true},
                           {"west", FieldType::Text, true},
                           {"south", FieldType::Text, true},
                           {"east", FieldType::Text, true},
                           {"north", FieldType::Text, true},
                           {"sources", FieldType::Text, true}},
                          {"id"}};

// A longitude (limit 180) or latitude (limit 90) in degrees.
std::optional<double> readDegrees(StoryRecord& record, const char* field, double limit, const char* what) {
    std::string text = record.text(field).value_or("");
    std::optional<double> value = core::parseFiniteNumber(text);
    if (!value || std::abs(*value) > limit) {
        record.fail(field, "'" + text + "' is not a " + what);
        return std::nullopt;
    }
    return value;
}

void readView(StoryRecord& r, core::Episode& episode) {
    const char* longitude = "longitude in -180..180";
    const char* latitude = "latitude in -90..90";
    auto west = readDegrees(r, "west", 180, longitude), east = readDegrees(r, "east", 180, longitude);
    auto south = readDegrees(r, "south", 90, latitude), north = readDegrees(r, "north", 90, latitude);
    if (west && east && !(*west < *east)) r.fail("east", "the view's east edge must lie east of its west edge");
    if (south && north && !(*south < *north)) r.fail("north", "the view's north edge must lie north of its south edge");
    if (west && south) episode.southWest = {*west, *south};
    if (east && north) episode.northEast = {*east, *north};
}

} // namespace

std::vector<core::Episode> loadEpisodes(const std::filesystem::path& csv, StoryRefs& refs, core::Diagnostics& diagnostics) {
    std::vector<core::Episode> episodes;
    readStoryFile(csv, kSpec, [&](StoryRecord& r) {
        core::Episode episode;
        if (auto id = r.text("id"); id && takeId(r, *id, refs)) episode.id = *id;
        if (auto title = r.text("title"); title && checkLength(r, "title", *title, kTitleLimit)) episode.title = *title;
        auto start = r.text("start"), end = r.text("end");
        auto from = start ? readTime(r, "start", *start, core::TimeZone::utc()) : std::nullopt;
        auto to = end ? readTime(r, "end", *end, core::TimeZone::utc()) : std::nullopt;
        if (from && to && checkOrder(r, "end", *end, *to, "start", *start, *from)) {
            episode.begin = from->begin;
            episode.end = to->end;
        }
        readView(r, episode);
        if (auto sources = r.text("sources")) episode.sources = readSourceList(r, "sources", *sources, refs);
        if (r.ok()) episodes.push_back(std::move(episode));
    }, diagnostics);
    return episodes;
}

} // namespace atlas::io
