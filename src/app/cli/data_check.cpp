// app/cli/data_check.cpp: which loaders a folder or file needs, and their diagnostics merged (both
// loaders read places.csv: what they say about it is kept once).
#include "app/cli/data_check.hpp"

#include <algorithm>

#include "io/data_path.hpp"
#include "io/map_loader.hpp"
#include "io/ogr_projection.hpp"
#include "io/story_loader.hpp"
#include "session/story_session.hpp"

namespace atlas::app {

namespace fs = std::filesystem;

namespace {

const char* const kMapFiles[] = {"countries.shp", "regions.shp", "disputed.shp"};

template <std::size_t N>
bool isOneOf(const std::string& name, const char* const (&names)[N]) {
    return std::find(std::begin(names), std::end(names), name) != std::end(names);
}

template <std::size_t N>
bool anyExists(const fs::path& folder, const char* const (&names)[N]) {
    std::error_code ec;
    return std::any_of(std::begin(names), std::end(names), [&](const char* name) { return fs::exists(folder / name, ec); });
}

// Whether the story files of a folder are to be checked: any that only the story reads, or a
// places.csv without the map it would label.
bool hasStory(const fs::path& folder) {
    std::error_code ec;
    for (const char* name : io::kStoryFiles)
        if (std::string(name) != "places.csv" && fs::exists(folder / name, ec)) return true;
    return !anyExists(folder, kMapFiles) && fs::exists(folder / "places.csv", ec);
}

std::string allNames() {
    std::string text;
    for (const char* name : kMapFiles) text += std::string(name) + ", ";
    for (const char* name : io::kStoryFiles) text += std::string(name) + ", ";
    return text.substr(0, text.size() - 2);
}

void merge(CheckResult& result, const core::Diagnostics& found) {
    for (const core::Diagnostic& d : found) {
        auto same = [&](const core::Diagnostic& o) { return o.level == d.level && o.where == d.where && o.message == d.message; };
        if (std::none_of(result.diagnostics.begin(), result.diagnostics.end(), same)) result.diagnostics.push_back(d);
    }
}

void count(CheckResult& result, std::size_t n, const char* one, const char* many) {
    result.summary += (result.summary.empty() ? "" : ", ") + std::to_string(n) + " " + (n == 1 ? one : many);
}

// False when the folder's map could not be loaded at all.
bool checkMap(const fs::path& folder, CheckResult& result) {
    io::OgrProjection projection;
    core::Loaded<core::MapData> loaded = io::loadMapData(folder, projection);
    merge(result, loaded.diagnostics);
    if (!loaded.value) return false;
    count(result, loaded.value->countries.size(), "country", "countries");
    count(result, loaded.value->regions.size(), "region", "regions");
    count(result, loaded.value->disputed.size(), "disputed line", "disputed lines");
    count(result, loaded.value->places.size(), "place", "places");
    return true;
}

// False when the folder's story could not be loaded at all. Places are counted unless the map was.
bool checkStory(const fs::path& folder, CheckResult& result, bool countPlaces = true) {
    core::Loaded<core::Story> loaded = session::loadStoryFolder(folder);
    merge(result, loaded.diagnostics);
    if (!loaded.value) return false;
    const core::Story& story = *loaded.value;
    count(result, story.sources.size(), "source", "sources");
    if (countPlaces) count(result, story.places.size(), "place", "places");
    count(result, story.episodes.size(), "episode", "episodes");
    count(result, story.membership.size(), "membership row", "membership rows");
    count(result, story.events.size(), "event", "events");
    count(result, story.sites.size(), "site", "sites");
    count(result, story.routes.size(), "route", "routes");
    return true;
}

CheckResult checkFolder(const fs::path& folder) {
    CheckResult result;
    bool map = anyExists(folder, kMapFiles);
    bool story = hasStory(folder);
    if (!map && !story)
        result.diagnostics.push_back(
            {core::Diagnostic::Level::Error, folder.string(), "no data file csto-atlas reads (" + allNames() + ")"});
    if (map) checkMap(folder, result);
    if (story) checkStory(folder, result, !map);
    return result;
}

CheckResult checkFile(const fs::path& file) {
    CheckResult result;
    std::string name = file.filename().string();
    fs::path folder = file.parent_path().empty() ? fs::path(".") : file.parent_path();
    std::string where = (folder / name).string();
    std::error_code ec;
    if (!isOneOf(name, kMapFiles) && !isOneOf(name, io::kStoryFiles)) {
        result.diagnostics.push_back({core::Diagnostic::Level::Error, file.string(),
                                      "not a data file csto-atlas reads; the names it reads are " + allNames()});
        return result;
    }
    if (!fs::is_regular_file(file, ec)) {
        result.diagnostics.push_back({core::Diagnostic::Level::Error, file.string(), "file not found"});
        return result;
    }
    CheckResult all;
    bool loaded = isOneOf(name, kMapFiles) || (name == "places.csv" && !hasStory(folder)) ? checkMap(folder, all)
                                                                                           : checkStory(folder, all);
    // Only what concerns this file, unless its folder could not be read at all.
    for (const core::Diagnostic& d : all.diagnostics)
        if (!loaded || d.where == where || d.where.rfind(where + ": ", 0) == 0) result.diagnostics.push_back(d);
    return result;
}

} // namespace

CheckResult checkPath(const fs::path& path) {
    if (std::string why = io::remotePathProblem(path); !why.empty())
        return {{{core::Diagnostic::Level::Error, path.string(), why}}, ""};
    std::error_code ec;
    return fs::is_directory(path, ec) ? checkFolder(path) : checkFile(path);
}

} // namespace atlas::app
