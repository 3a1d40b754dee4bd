// tests/app/fixture_sweep_test.cpp: every folder and every file under tests/data/, through every
// loader (the map, the story, `check`, each story file's own loader, the presentation's story
// file), whatever it was made for: the map and the story end with a value or an error, and every
// diagnostic names where the problem is. A crash or, in the sanitizer build, a memory error fails the run.
#include <algorithm>

#include "app/cli/data_check.hpp"
#include "io/country_codes.hpp"
#include "io/events_loader.hpp"
#include "io/membership_loader.hpp"
#include "io/places_loader.hpp"
#include "io/routes_loader.hpp"
#include "io/sites_loader.hpp"
#include "io/sources_loader.hpp"
#include "io/story_file.hpp"
#include "io_test_support.hpp"
#include "story_test_support.hpp"

using namespace atlas;
using namespace atlas::test;
namespace fs = std::filesystem;

namespace {

std::vector<fs::path> everything(bool folders) {
    fs::path root(ATLAS_TEST_DATA_DIR);
    std::vector<fs::path> found;
    if (folders) found.push_back(root);
    for (const fs::directory_entry& entry : fs::recursive_directory_iterator(root))
        if (folders ? entry.is_directory() : entry.is_regular_file()) found.push_back(entry.path());
    std::sort(found.begin(), found.end());
    return found;
}

// Every diagnostic says where (within `within`) and what.
void checkDiagnostics(const core::Diagnostics& diagnostics, const fs::path& within) {
    for (const core::Diagnostic& d : diagnostics) {
        CAPTURE(d.text());
        CHECK(d.where.rfind(within.string(), 0) == 0);
        CHECK_FALSE(d.message.empty());
    }
}

template <class T>
void checkLoaded(const core::Loaded<T>& loaded, const fs::path& within) {
    CHECK((loaded.value || core::hasErrors(loaded.diagnostics)));
    checkDiagnostics(loaded.diagnostics, within);
}

// A loader of one file: what it says is about that file (an empty file that is valid is a load).
template <class Load>
void checkFileLoader(const std::string& name, const fs::path& file, Load load) {
    CAPTURE(name);
    core::Diagnostics diagnostics;
    load(diagnostics);
    checkDiagnostics(diagnostics, file);
}

} // namespace

TEST_CASE("every fixture folder gives the map, the story and check a value or a clean diagnostic") {
    for (const fs::path& folder : everything(true)) {
        CAPTURE(folder);
        checkLoaded(io::loadMapData(folder, defaultProjection()), folder);
        checkLoaded(loadStoryFrom(folder), folder);
        checkDiagnostics(app::checkPath(folder).diagnostics, folder);
    }
}

TEST_CASE("every fixture file through every file loader: each diagnostic names the file") {
    const io::OgrProjection& projection = defaultProjection();
    for (const fs::path& file : everything(false)) {
        CAPTURE(file);
        io::StoryRefs refs;
        refs.states = shippedStateCodes();
        checkFileLoader("country codes", file, [&](core::Diagnostics& d) { return io::loadCountryCodes(file, d); });
        checkFileLoader("places", file, [&](core::Diagnostics& d) { return io::loadPlaces(file, projection, d); });
        checkFileLoader("sources", file, [&](core::Diagnostics& d) { return io::loadSources(file, refs, d); });
        checkFileLoader("membership", file, [&](core::Diagnostics& d) { return io::loadMembership(file, refs, d); });
        checkFileLoader("events", file, [&](core::Diagnostics& d) { return io::loadEvents(file, refs, d); });
        checkFileLoader("sites", file, [&](core::Diagnostics& d) { return io::loadSites(file, refs, d); });
        checkFileLoader("routes", file, [&](core::Diagnostics& d) { return io::loadRoutes(file, refs, d); });
        checkDiagnostics(app::checkPath(file).diagnostics, file.parent_path());
    }
}

TEST_CASE("every fixture file read as a presentation's story file: chapters, or an error with the file") {
    core::Loaded<core::Story> story = loadStoryFrom(ATLAS_GEODATA_DIR);
    REQUIRE(story.value);
    for (const fs::path& file : everything(false)) {
        CAPTURE(file);
        checkLoaded(io::loadStoryFile(file, *story.value), file);
    }
}
