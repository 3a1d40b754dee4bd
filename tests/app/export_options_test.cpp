// tests/app/export_options_test.cpp: parsing `export`'s options: durations, frame spans, the
// defaults, and the combinations refused before anything is loaded; the arguments the window's
// export dialog passes.
#include <doctest/doctest.h>

#include <algorithm>

#include "app/cli/command_line.hpp"
#include "app/window/export_panel.hpp"

using namespace atlas;
using namespace atlas::app;

namespace {

std::string errorOf(std::vector<std::string> arguments) { return parseCommandLine(arguments).error; }

} // namespace

TEST_CASE("--duration takes seconds, minutes or a bare number of seconds") {
    std::string error;
    CHECK(parseDuration("20s", error) == 20.0);
    CHECK(parseDuration("1.5m", error) == 90.0);
    CHECK(parseDuration("90", error) == 90.0);
    for (const char* bad : {"", "s", "0s", "-3s", "20h", "abc", "25h"}) {
        error.clear();
        CHECK_FALSE(parseDuration(bad, error));
        CHECK(error.find("--duration") == 0);
    }
}

TEST_CASE("--frames takes FIRST-LAST with FIRST <= LAST; --fps 1 to 240") {
    std::string error;
    auto span = parseFrameSpan("10-19", error);
    REQUIRE(span);
    CHECK(span->first == 10);
    CHECK(span->last == 19);
    for (const char* bad : {"5", "5-", "-5", "9-3", "a-b", "1-2-3"}) CHECK_FALSE(parseFrameSpan(bad, error));
    CHECK(parseFps("60", error) == 60);
    CHECK_FALSE(parseFps("0", error));
    CHECK_FALSE(parseFps("241", error));
    CHECK(frameCount(20, 30) == 600);
    CHECK(frameCount(0.01, 1) == 1);
}

TEST_CASE("export fills in its defaults and refuses what cannot go together") {
    ParseResult parsed = parseCommandLine({"export", "--from", "2022-01-05", "--to", "2022-01-06", "-o", "frames/"});
    REQUIRE(parsed.error.empty());
    CHECK(parsed.options.size->width == 1920);
    CHECK(parsed.options.size->height == 1080);
    CHECK(*parsed.options.durationSeconds == 20);
    CHECK(*parsed.options.fps == 30);
    CHECK(parseCommandLine({"export", "--episode", "almaty-2022", "-o", "a.mp4"}).error.empty());
    CHECK(errorOf({"export", "--from", "2022-01-05", "--to", "2022-01-06"}).find("needs -o") != std::string::npos);
    CHECK(errorOf({"export", "--episode", "osh-2010", "--at", "2010-06", "-o", "f/"}).find("--at belongs to the render command") !=
          std::string::npos);
    CHECK(errorOf({"export", "--episode", "osh-2010", "--resume", "--overwrite", "-o", "f/"}).find("give one") !=
          std::string::npos);
    CHECK(errorOf({"export", "--episode", "osh-2010", "--from", "yesterday", "-o", "f/"}).find("--from") == 0);
    CHECK(errorOf({"events", "--resume"}) == "--resume belongs to the export command");
}

TEST_CASE("the export dialog exports the timeline's range in the window's view, or an episode of the data by its id") {
    app::Options options;
    app::ExportPanel panel(options);
    app::MapViewController view({0, 0, 1000, 1000}, {640, 400, 1});
    core::Story story;
    story.episodes.push_back({.id = "bishkek-2021", .title = "Bishkek's request, 2021"});
    panel.form().from = "2021-04-01T00:00";
    panel.form().to = "2021-07-01T00:00";
    auto has = [](const std::vector<std::string>& a, const std::string& item) { return std::find(a.begin(), a.end(), item) != a.end(); };
    std::vector<std::string> range = panel.arguments(view, nullptr, story);
    CHECK(has(range, "--from"));
    CHECK(has(range, "--map-box"));
    CHECK_FALSE(has(range, "--episode"));
    panel.form().episode = "nowhere-2030"; // not in the data (any more): the range below
    CHECK(has(panel.arguments(view, nullptr, story), "--from"));
    panel.form().episode = "bishkek-2021";
    std::vector<std::string> episode = panel.arguments(view, nullptr, story);
    auto at = std::find(episode.begin(), episode.end(), "--episode");
    REQUIRE(at != episode.end());
    CHECK(*(at + 1) == "bishkek-2021");
    CHECK_FALSE(has(episode, "--from"));
    CHECK_FALSE(has(episode, "--map-box")); // the episode's own view
}
