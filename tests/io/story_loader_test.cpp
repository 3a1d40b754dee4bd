// tests/io/story_loader_test.cpp: io::loadStory on the story fixtures in tests/data/story/ (one
// defect each): the exact "file: feature N (id): field: what is wrong" line for every problem, the
// level it is reported at, and that everything else in the folder still loads.
#include <algorithm>

#include "story_test_support.hpp"

using namespace atlas;
using namespace atlas::test;
using namespace std::chrono;

namespace {

using Level = core::Diagnostic::Level;

struct FixtureLoad {
    std::string folder; // as the loader names it in messages
    core::Loaded<core::Story> loaded;
};

FixtureLoad load(const std::string& defect) {
    std::filesystem::path folder = storyFixture(defect);
    return {folder.string(), loadStoryFrom(folder)};
}

const core::Story& story(const FixtureLoad& f) {
    REQUIRE_MESSAGE(f.loaded.value.has_value(), "the story did not load");
    return *f.loaded.value;
}

// The problems reported are exactly `expected`, each prefixed with the fixture folder.
void checkProblems(const FixtureLoad& f, const std::vector<std::string>& expected) {
    std::vector<std::string> want;
    for (const std::string& line : expected) want.push_back(f.folder + "/" + line);
    CHECK(problemLines(f.loaded.diagnostics) == want);
}

std::vector<std::string> eventIds(const core::Story& s) {
    std::vector<std::string> ids;
    for (const core::Event& e : s.events) ids.push_back(e.id);
    return ids;
}

const core::Diagnostic& only(const FixtureLoad& f, const std::string& whereSuffix) {
    auto it = std::find_if(f.loaded.diagnostics.begin(), f.loaded.diagnostics.end(), [&](const core::Diagnostic& d) {
        return d.where.size() >= whereSuffix.size() && d.where.compare(d.where.size() - whereSuffix.size(), whereSuffix.size(), whereSuffix) == 0;
    });
    REQUIRE(it != f.loaded.diagnostics.end());
    return *it;
}

} // namespace

TEST_CASE("good: every story file loads with nothing to report") {
    FixtureLoad f = load("good");
    CHECK(f.loaded.diagnostics.empty());
    const core::Story& s = story(f);
    CHECK(s.sources.size() == 2);
    CHECK(s.places.size() == 4);
    CHECK(s.membership.size() == 2);
    CHECK(eventIds(s) == std::vector<std::string>{"kaz-2022-request", "kaz-2022-answer", "kaz-2022-arm-deploy"});
    REQUIRE(s.episodes.size() == 1);
    const core::Episode& episode = s.episodes[0];
    CHECK(episode.id == "almaty-2022");
    CHECK(episode.title == "Kazakhstan, January 2022");
    CHECK(episode.begin == sys_days{year{2022} / 1 / 1});
    CHECK(episode.end == sys_days{year{2022} / 1 / 26}); // the whole of its last day
    CHECK(episode.southWest.lon == 36.0);
    CHECK(episode.northEast.lat == 58.0);
    CHECK(episode.sources == std::vector<std::string>{"meduza-2022", "hegglin-2022"});
    CHECK(s.sites.size() == 1);
    REQUIRE(s.routes.size() == 1);
    CHECK(s.routes[0].deployment == "kaz-2022-arm-deploy");
    CHECK(s.routes[0].disputed() == false);
    REQUIRE(s.routes[0].withdrawn.has_value()); // the withdrawal runs from the 13th to the end of the 19th, Almaty time
    CHECK(s.routes[0].withdrawal()->first == sys_days{year{2022} / 1 / 13} - hours(6));
    CHECK(s.routes[0].withdrawal()->second == sys_days{year{2022} / 1 / 20} - hours(6));
    const core::Event* answer = s.findEvent("kaz-2022-answer");
    REQUIRE(answer != nullptr);
    CHECK(answer->outcome == core::Outcome::Granted);
    CHECK(answer->answers == "kaz-2022-request");
    CHECK(answer->disputedFields() == std::vector<std::string>{"start"});
    CHECK(s.findEvent("kaz-2022-arm-deploy")->qualifier == core::DateQualifier::After);
    CHECK(s.membership[1].sources == std::vector<std::string>{"hegglin-2022", "meduza-2022"});
}

TEST_CASE("unknown_kind: the event is skipped with the kinds there are") {
    FixtureLoad f = load("unknown_kind");
    checkProblems(f, {"events.geojson: feature 1 (kaz-2022-invasion): kind: unknown kind 'invasion'; expected one of "
                      "request, answer, decision, deployment, arrival, withdrawal, secured-site, membership, unrest, "
                      "clash, statement, institution"});
    CHECK(only(f, "feature 1 (kaz-2022-invasion)").level == Level::Warning);
    CHECK(eventIds(story(f)) == std::vector<std::string>{"kaz-2022-request"});
}

TEST_CASE("impossible_date: impossible days, months and hours and malformed dates are named") {
    FixtureLoad f = load("impossible_date");
    checkProblems(f, {"membership.csv: row 4 (KGZ signed): date: '1992-13' is not a real date: there is no month 13",
                      "events.geojson: feature 1 (kaz-2022-feb-30): start: '2022-02-30' is not a real date: February 2022 has 28 days",
                      "events.geojson: feature 2 (kaz-2022-hour-25): start: '2022-01-05T25:00' is not a real time: there is no hour 25",
                      "events.geojson: feature 3 (kaz-2022-words): start: 'January 2022' is not an ISO 8601 date: expected "
                      "YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM with an optional offset (Z, +06:00)"});
    CHECK(eventIds(story(f)) == std::vector<std::string>{"kaz-2022-request"});
    CHECK(story(f).membership.size() == 2);
}

TEST_CASE("end_before_start: an end or guarded_to before its start is refused") {
    FixtureLoad f = load("end_before_start");
    checkProblems(f, {"events.geojson: feature 1 (kaz-2022-backwards): end: '2022-01-04' is before start '2022-01-05'",
                      "sites.geojson: feature 0 (site-almaty-airport): guarded_to: '2022-01-06' is before guarded_from '2022-01-19'"});
    CHECK(eventIds(story(f)) == std::vector<std::string>{"kaz-2022-request"});
    CHECK(story(f).sites.empty());
}

TEST_CASE("unknown_state: the nearest known code is suggested when there is a near one") {
    FixtureLoad f = load("unknown_state");
    checkProblems(f, {"membership.csv: row 4 (RUZ joined): state: 'RUZ' is not a known ISO 3166-1 alpha-3 code; did you mean 'RUS'?",
                      "events.geojson: feature 1 (kaz-2022-typo): states: 'KAZZ' is not a known ISO 3166-1 alpha-3 code; did you mean 'KAZ'?",
                      "events.geojson: feature 2 (kaz-2022-name): states: 'Kazakhstan' is not a known ISO 3166-1 alpha-3 code"});
    CHECK(eventIds(story(f)) == std::vector<std::string>{"kaz-2022-request"});
    CHECK(story(f).membership.size() == 2);
}

TEST_CASE("missing_source: empty, absent and unknown sources are each refused") {
    FixtureLoad f = load("missing_source");
    checkProblems(f, {"membership.csv: row 4 (ARM signed): sources: no source 'culp-2022' in sources.csv",
                      "events.geojson: feature 1 (kaz-2022-empty-sources): sources: empty; every item needs at least one source",
                      "events.geojson: feature 2 (kaz-2022-unknown-source): sources[0].source: no source 'nowhere-2020' in sources.csv",
                      "events.geojson: feature 3 (kaz-2022-no-sources): sources: missing"});
    CHECK(eventIds(story(f)) == std::vector<std::string>{"kaz-2022-request"});
    CHECK(story(f).membership.size() == 2);
}

TEST_CASE("duplicate_id: ids are unique across files; the later one is skipped") {
    FixtureLoad f = load("duplicate_id");
    checkProblems(f, {"events.geojson: feature 1 (kaz-2022-request): id: 'kaz-2022-request' is already the id of events.geojson, feature 0",
                      "sites.geojson: feature 0 (astana): id: 'astana' is already the id of places.csv"});
    REQUIRE(story(f).events.size() == 1);
    CHECK(story(f).events[0].kind == core::EventKind::Request);
    CHECK(story(f).sites.empty());
}

TEST_CASE("unknown_place: a place, origin or destination must be in places.csv") {
    FixtureLoad f = load("unknown_place");
    checkProblems(f, {"events.geojson: feature 2 (kaz-2022-request-2): place: no place 'nur-sultan' in places.csv",
                      "routes.geojson: feature 0 (route-arm): destination: no place 'almaty-airprot' in places.csv"});
    CHECK(eventIds(story(f)) == std::vector<std::string>{"kaz-2022-request", "kaz-2022-arm-deploy"});
    CHECK(story(f).routes.empty());
}

TEST_CASE("wrong_type: a property of the wrong JSON type is named with what was found") {
    FixtureLoad f = load("wrong_type");
    checkProblems(f, {"events.geojson: feature 1 (kaz-2022-text-states): states: expected a list of text, found text (\"KAZ\")",
                      "events.geojson: feature 2 (kaz-2022-number-title): title: expected text, found a number (42)",
                      "events.geojson: feature 3 (kaz-2022-text-min): numbers[0].min: expected a whole number or null, found text (\"2500\")"});
    CHECK(eventIds(story(f)) == std::vector<std::string>{"kaz-2022-request"});
}

TEST_CASE("invalid_utf8: the row or feature with bytes that are not UTF-8 is skipped") {
    FixtureLoad f = load("invalid_utf8");
    checkProblems(f, {"sources.csv: row 4 (edm-2022): publisher: not valid UTF-8",
                      "events.geojson: feature 1 (kaz-2022-arm-deploy): title: not valid UTF-8"});
    CHECK(story(f).sources.size() == 2);
    CHECK(eventIds(story(f)) == std::vector<std::string>{"kaz-2022-request"});
}

TEST_CASE("empty_file: an empty file is an error for that file; the other files load") {
    FixtureLoad f = load("empty_file");
    checkProblems(f, {"events.geojson: empty file (0 bytes)"});
    CHECK(only(f, "events.geojson").level == Level::Error);
    CHECK(story(f).events.empty());
    CHECK(story(f).membership.size() == 2);
    CHECK(story(f).sources.size() == 2);
}

TEST_CASE("truncated_file: a cut GeoJSON cannot be read; a cut CSV loses only its last row") {
    FixtureLoad f = load("truncated_file");
    checkProblems(f, {"membership.csv: row 4 (KGZ sig): date: missing: the row ends before this column (is the file cut short?)",
                      "membership.csv: row 4 (KGZ sig): change: unknown change 'sig'; expected one of signed, joined, left, "
                      "suspended, renewed, rejoined, charter",
                      "events.geojson: cannot be read as geojson data: At line 32, character 9: Unterminated object; "
                      "Failed to read GeoJSON data"});
    CHECK(only(f, "events.geojson").level == Level::Error);
    CHECK(story(f).membership.size() == 2);
    CHECK(story(f).events.empty());
}

TEST_CASE("point_without_coordinates: GDAL's complaint is about that feature, not text on stderr") {
    FixtureLoad f = load("point_without_coordinates");
    checkProblems(f, {"events.geojson: feature 0 (kaz-2022-request): geometry: missing; expected the Point of place 'astana'",
                      "events.geojson: feature 0 (kaz-2022-request): unreadable: Invalid Point object. Missing "
                      "'coordinates' member."});
    CHECK(story(f).events.empty());
}

TEST_CASE("a folder without sources or places has no story, and says why") {
    core::Loaded<core::Story> loaded = loadStoryFrom(std::filesystem::path(ATLAS_TEST_DATA_DIR) / "good_minimal");
    CHECK_FALSE(loaded.value.has_value());
    std::string folder = (std::filesystem::path(ATLAS_TEST_DATA_DIR) / "good_minimal").string();
    CHECK(problemLines(loaded.diagnostics) ==
          std::vector<std::string>{folder + "/sources.csv: file not found", folder + "/places.csv: file not found",
                                   folder + "/sources.csv: no usable row; the other story files cannot be read without it",
                                   folder + "/places.csv: no usable row; the other story files cannot be read without it"});
    CHECK_FALSE(loadStoryFrom(storyFixture("no_such_folder")).value.has_value());
}

TEST_CASE("absent optional story files are notes, not problems") {
    FixtureLoad f = load("unknown_kind");
    int notes = 0;
    for (const core::Diagnostic& d : f.loaded.diagnostics)
        if (d.level == Level::Note) {
            ++notes;
            CHECK(d.message == "not found; nothing of it is shown");
        }
    CHECK(notes == 4); // episodes.csv, membership.csv, sites.geojson, routes.geojson
}

TEST_CASE("bad_episode: a view turned round, an episode ending before it starts, a latitude of 95, an unknown source") {
    FixtureLoad f = load("bad_episode");
    checkProblems(f, {"episodes.csv: row 2 (almaty-2022): east: the view's east edge must lie east of its west edge",
                      "episodes.csv: row 3 (osh-2010): end: '2010-04-01' is before start '2010-06-30'",
                      "episodes.csv: row 4 (armenia-2021): north: '95' is not a latitude in -90..90",
                      "episodes.csv: row 4 (armenia-2021): sources: no source 'culp-2022' in sources.csv"});
    CHECK(story(f).episodes.empty()); // each bad row is skipped
}

TEST_CASE("future_covers_to: a source whose facts would run to 9999 (past what nanoseconds since 1970 can hold) is refused; the other's date is where the sources end") {
    FixtureLoad f = load("future_covers_to");
    checkProblems(f, {"sources.csv: row 3 (hegglin-2022): covers_to: '9999-01' lies in the future"});
    REQUIRE(story(f).sources.size() == 1);
    CHECK(story(f).sourcesEnd()->end == sys_days{year{2022} / 1 / 9});
}

TEST_CASE("every folder in tests/data/story has a test case here") {
    static const std::set<std::string> kTested{"good",         "unknown_kind",  "impossible_date", "end_before_start",
                                               "unknown_state", "missing_source", "duplicate_id",   "unknown_place",
                                               "wrong_type",   "invalid_utf8",  "empty_file",      "truncated_file",
                                               "point_without_coordinates", "bad_episode", "future_covers_to",
                                               // through the binary only, in fixture_exit_test.cpp
                                               "duplicate_place", "missing_column", "header_only", "unknown_property",
                                               "unknown_precision", "wrong_geometry"};
    std::set<std::string> folders;
    for (const auto& entry : std::filesystem::directory_iterator(storyFixture("")))
        if (entry.is_directory()) folders.insert(entry.path().filename().string());
    CHECK(folders == kTested);
}
