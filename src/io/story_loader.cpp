// io/story_loader.cpp: the seven story files in dependency order, sharing one set of references.
#include "io/story_loader.hpp"

#include "io/data_path.hpp"
#include "io/episodes_loader.hpp"
#include "io/events_loader.hpp"
#include "io/membership_loader.hpp"
#include "io/places_loader.hpp"
#include "io/routes_loader.hpp"
#include "io/sites_loader.hpp"
#include "io/sources_loader.hpp"

namespace atlas::io {

namespace fs = std::filesystem;

core::Loaded<core::Story> loadStory(const fs::path& folder, const OgrProjection& projection,
                                    const std::set<std::string>& knownStates) {
    core::Loaded<core::Story> result;
    core::Diagnostics& diagnostics = result.diagnostics;
    if (std::string why = dataFolderProblem(folder); !why.empty()) {
        diagnostics.push_back({core::Diagnostic::Level::Error, folder.string(), why});
        return result;
    }
    std::error_code ec;
    core::Story story;
    StoryRefs refs;
    refs.states = knownStates;
    story.sources = loadSources(folder / "sources.csv", refs, diagnostics);
    story.places = loadPlaces(folder / "places.csv", projection, diagnostics);
    for (const core::Place& place : story.places) {
        refs.places[place.id] = &place;
        refs.ids.try_emplace(place.id, "places.csv");
    }
    auto needed = [&](bool empty, const char* name) {
        if (empty)
            diagnostics.push_back({core::Diagnostic::Level::Error, (folder / name).string(),
                                   "no usable row; the other story files cannot be read without it"});
        return !empty;
    };
    bool usable = needed(story.sources.empty(), "sources.csv");
    usable = needed(story.places.empty(), "places.csv") && usable;
    if (!usable) return result;

    auto optionalFile = [&](const char* name) {
        if (fs::exists(folder / name, ec)) return true;
        diagnostics.push_back({core::Diagnostic::Level::Note, (folder / name).string(), "not found; nothing of it is shown"});
        return false;
    };
    if (optionalFile("episodes.csv")) story.episodes = loadEpisodes(folder / "episodes.csv", refs, diagnostics);
    if (optionalFile("membership.csv")) story.membership = loadMembership(folder / "membership.csv", refs, diagnostics);
    if (optionalFile("events.geojson")) story.events = loadEvents(folder / "events.geojson", refs, diagnostics);
    if (optionalFile("sites.geojson")) story.sites = loadSites(folder / "sites.geojson", refs, diagnostics);
    if (optionalFile("routes.geojson")) story.routes = loadRoutes(folder / "routes.geojson", refs, diagnostics);
    result.value = std::move(story);
    return result;
}

} // namespace atlas::io
