// tests/app/story_verbs_test.cpp: `csto-atlas events` and `csto-atlas check` as a user runs them:
// exit status, what goes to stdout and stderr, and the three listing formats; plus how the
// command line reads their options.
#include <nlohmann/json.hpp>

#include "app/cli/command_line.hpp"
#include "story_test_support.hpp"

using namespace atlas;
using namespace atlas::test;

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::size_t lineCount(const std::string& text) { return std::size_t(std::count(text.begin(), text.end(), '\n')); }

} // namespace

TEST_CASE("check of the shipped geodata exits 0 and says what it read") {
    RunResult r = runAtlas({"check", ATLAS_GEODATA_DIR});
    CHECK_MESSAGE(r.exitCode == 0, r.out);
    CHECK(has(r.out, ": no problems (249 countries, 508 regions, 46 disputed lines, 33 places, 5 sources, 3 episodes"));
    CHECK(r.err.empty());
}

TEST_CASE("check without arguments checks the built-in data") {
    RunResult r = runAtlas({"check"});
    CHECK_MESSAGE(r.exitCode == 0, r.out);
    CHECK(has(r.out, "geodata: no problems"));
}

TEST_CASE("check of a defect folder exits 2 with one line per problem") {
    std::string folder = storyFixture("unknown_state").string();
    RunResult r = runAtlas({"check", folder});
    CHECK(r.exitCode == 2);
    CHECK(lineCount(r.out) == 3);
    CHECK(has(r.out, folder + "/events.geojson: feature 1 (kaz-2022-typo): states: 'KAZZ' is not a known ISO 3166-1 "
                              "alpha-3 code; did you mean 'KAZ'?\n"));
    CHECK_FALSE(has(r.out, "no problems"));
}

TEST_CASE("check of one file reports only that file") {
    std::string folder = storyFixture("unknown_state").string();
    RunResult events = runAtlas({"check", folder + "/events.geojson"});
    CHECK(events.exitCode == 2);
    CHECK(lineCount(events.out) == 2);
    CHECK_FALSE(has(events.out, "membership.csv"));
    RunResult sources = runAtlas({"check", folder + "/sources.csv"});
    CHECK(sources.exitCode == 0);
    CHECK(sources.out == folder + "/sources.csv: no problems\n");
}

TEST_CASE("check of several paths, a clean story folder and a shapefile folder") {
    RunResult clean = runAtlas({"check", storyFixture("good").string(), (std::filesystem::path(ATLAS_TEST_DATA_DIR) / "good_minimal").string()});
    CHECK_MESSAGE(clean.exitCode == 0, clean.out);
    CHECK(lineCount(clean.out) == 2);
    RunResult mixed = runAtlas({"check", storyFixture("good").string(), storyFixture("empty_file").string()});
    CHECK(mixed.exitCode == 2);
    CHECK(mixed.out == storyFixture("empty_file").string() + "/events.geojson: empty file (0 bytes)\n");
}

TEST_CASE("check of what it cannot read exits 2 naming it") {
    std::string missing = storyFixture("no_such_file.geojson").string();
    RunResult r = runAtlas({"check", storyFixture("good").string() + "/events.geojson", missing});
    CHECK(r.exitCode == 2);
    CHECK(has(r.out, missing + ": not a data file csto-atlas reads"));
    std::string notData = (std::filesystem::path(ATLAS_TEST_DATA_DIR) / "README.md").string();
    CHECK(runAtlas({"check", notData}).exitCode == 2);
    RunResult empty = runAtlas({"check", (std::filesystem::path(ATLAS_TEST_DATA_DIR) / "story").string()});
    CHECK(empty.exitCode == 2);
    CHECK(has(empty.out, "no data file csto-atlas reads"));
}

TEST_CASE("events lists every shipped event in a table, in local time") {
    RunResult r = runAtlas({"events"});
    CHECK_MESSAGE(r.exitCode == 0, r.err);
    CHECK(r.err.empty());
    CHECK(r.out.rfind("id ", 0) == 0);
    CHECK(lineCount(r.out) == 125); // the header, 117 events and the 7 contingents under their deployments
    CHECK(has(r.out, "kaz-2022-request"));
    CHECK(has(r.out, "5 January 2022"));
    CHECK(has(r.out, "Nur-Sultan"));
    CHECK(has(r.out, "answer (refused)"));
    CHECK(has(r.out, "yes: troops"));
}

TEST_CASE("events --format csv is RFC 4180: CRLF lines, quoted fields with commas") {
    RunResult r = runAtlas({"events", "--format", "csv", "--data", storyFixture("good").string()});
    CHECK_MESSAGE(r.exitCode == 0, r.err);
    CHECK(r.out.rfind("id,kind,start,end,qualifier,precision,place,longitude,latitude,states,numbers,sources,disputed,part_of,units\r\n", 0) == 0);
    CHECK(has(r.out, "\r\nkaz-2022-request,request,5 January 2022,,,day,Nur-Sultan,71.4491,51.1694,KAZ,,"
                     "\"meduza-2022 (bullet 4) | hegglin-2022 (The January Crisis, para. 1)\",no,,\r\n"));
    CHECK(has(r.out, "kaz-2022-arm-deploy,deployment,6 January 2022,,after,day,Yerevan,44.5126,40.1811,ARM,"
                     "troops: a few dozen [meduza-2022] | troops: approximately 100 [hegglin-2022],"));
    // The deployment's contingent follows it: state, units, size as its source gives it, origin, dates
    // (from its departure to the end of its withdrawal).
    CHECK(has(r.out, "yes: troops,,\r\nroute-arm,contingent,6 January 2022,19 January 2022,after,day,Yerevan → Almaty International Airport,"
                     "44.5126,40.1811,ARM,troops: approximately 100 [hegglin-2022],hegglin-2022 (para. 4),no,kaz-2022-arm-deploy,Not stated\r\n"));
    CHECK(lineCount(r.out) == 5);
}

TEST_CASE("events --format json is an array of objects; --utc gives the UTC span") {
    RunResult r = runAtlas({"events", "--format", "json", "--utc", "--data", storyFixture("good").string()});
    CHECK_MESSAGE(r.exitCode == 0, r.err);
    nlohmann::json list = nlohmann::json::parse(r.out);
    REQUIRE(list.is_array());
    REQUIRE(list.size() == 3);
    CHECK(list[0]["id"] == "kaz-2022-request");
    CHECK(list[0]["start"] == "4 January 2022, 18:00 UTC – 5 January 2022, 18:00 UTC");
    CHECK(list[0]["start_iso"] == "2022-01-04T18:00Z/2022-01-05T18:00Z");
    CHECK(list[0]["place"] == "Nur-Sultan");
    CHECK(list[1]["outcome"] == "granted");
    CHECK(list[1]["disputed_fields"] == nlohmann::json::array({"start"}));
    CHECK(list[2]["numbers"][0]["given"] == "a few dozen");
    CHECK(list[2]["numbers"][0]["form"] == "range");
    CHECK(list[2]["numbers"][1]["min"] == 100);
    CHECK(list[2]["disputed"] == true);
    REQUIRE(list[2]["contingents"].size() == 1);
    const nlohmann::json& contingent = list[2]["contingents"][0];
    CHECK(contingent["id"] == "route-arm");
    CHECK(contingent["state"] == "ARM");
    CHECK(contingent["units"] == "Not stated");
    CHECK(contingent["numbers"][0]["given"] == "approximately 100");
    CHECK(contingent["origin"] == "Yerevan");
    CHECK(contingent["destination"] == "Almaty International Airport");
    CHECK(contingent["depart"] == "5 January 2022, 20:00 UTC – 6 January 2022, 20:00 UTC");
    CHECK(contingent["withdraw"] == "12 January 2022, 18:00 UTC – 13 January 2022, 18:00 UTC");
    CHECK(contingent["withdrawn"] == "18 January 2022, 18:00 UTC – 19 January 2022, 18:00 UTC");
    CHECK_FALSE(list[0].contains("contingents")); // only deployments have them
}

TEST_CASE("events on a folder with bad items lists the rest and exits 2 with the problems on stderr") {
    RunResult r = runAtlas({"events", "--data", storyFixture("unknown_kind").string()});
    CHECK(r.exitCode == 2);
    CHECK(has(r.err, "warning: " + storyFixture("unknown_kind").string() + "/events.geojson: feature 1 (kaz-2022-invasion): kind: unknown kind 'invasion'"));
    CHECK(has(r.err, "note: "));
    CHECK(lineCount(r.out) == 2);
    RunResult none = runAtlas({"events", "--data", storyFixture("no_such_folder").string()});
    CHECK(none.exitCode == 2);
    CHECK(has(none.err, "data folder not found"));
}

TEST_CASE("events and check in the usage text") {
    RunResult r = runAtlas({"--help"});
    CHECK(has(r.out, "csto-atlas events [--format table|csv|json] [--utc] [--data DIR]"));
    CHECK(has(r.out, "csto-atlas check [DIR|FILE...]"));
}

TEST_CASE("the command line reads the events and check options") {
    app::ParseResult events = app::parseCommandLine({"events", "--format", "json", "--utc", "--data", "x"});
    CHECK(events.error.empty());
    CHECK(events.options.verb == "events");
    CHECK(events.options.format == "json");
    CHECK(events.options.utc);
    app::ParseResult check = app::parseCommandLine({"check", "geodata", "geodata/events.geojson"});
    CHECK(check.error.empty());
    CHECK(check.options.paths == std::vector<std::filesystem::path>{"geodata", "geodata/events.geojson"});
    CHECK(app::parseCommandLine({"events", "--format", "xml"}).error == "--format 'xml': expected table, csv or json");
    CHECK(app::parseCommandLine({"check", "--utc"}).error == "--utc belongs to the events command");
    CHECK(app::parseCommandLine({"render", "--format", "csv", "-o", "a.png"}).error == "--format belongs to the events command");
    CHECK(app::parseCommandLine({"events", "geodata"}).error == "unknown command 'geodata'");
    CHECK(app::parseCommandLine({"events", "-o", "x.png"}).error == "-o belongs to the render, export and handout commands");
}

TEST_CASE("events and check exit 2 on a bad option") {
    CHECK(runAtlas({"events", "--format", "yaml"}).exitCode == 2);
    CHECK(runAtlas({"check", "--utc"}).exitCode == 2);
}
