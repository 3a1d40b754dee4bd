// tests/session/live_story_test.cpp: the window's story reloads when a file changes on disk; a file
// that no longer loads is reported and the last good story stays.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "session/live_story.hpp"

using namespace atlas;
namespace fs = std::filesystem;

TEST_CASE("a changed story file is loaded again; a broken one keeps the last good story") {
    fs::path data = fs::path(ATLAS_TEST_DATA_DIR) / "story";
    fs::path folder = fs::path(ATLAS_TEST_OUTPUT_DIR) / "live_story";
    fs::remove_all(folder);
    fs::create_directories(folder);
    fs::copy(data / "good", folder);
    session::LiveStory live(folder, {});
    REQUIRE(live.story().events.size() == 3);
    CHECK(live.diagnostics().empty());
    CHECK_FALSE(live.poll(1000)); // nothing changed

    fs::copy_file(data / "truncated_file" / "events.geojson", folder / "events.geojson", fs::copy_options::overwrite_existing);
    CHECK(live.poll(2000));
    CHECK(atlas::core::hasErrors(live.diagnostics()));
    CHECK(live.story().events.size() == 3);

    fs::copy_file(data / "good" / "events.geojson", folder / "events.geojson", fs::copy_options::overwrite_existing);
    std::ofstream(folder / "events.geojson", std::ios::app) << "\n"; // a change the watcher sees
    CHECK(live.poll(3000));
    CHECK(live.diagnostics().empty());
    CHECK(live.story().events.size() == 3);
}
