// tests/io/fixture_exit_test.cpp: every fixture under tests/data/ through the real binary, one row
// each: the command, its exit status (0 clean or notes only, 2 bad input) and the first line it
// prints about the fixture, which names the file and the place in it. `check` prints its problems
// on stdout without a level; `story --list` prints them on stderr as "error: FILE:LINE: ...".
// A guard fails on any fixture folder or story file under tests/data/ that the table does not name.
#include <cctype>
#include <set>
#include <sstream>

#include "io_test_support.hpp"
#include "run_binary.hpp"

using namespace atlas::test;
namespace fs = std::filesystem;

namespace {

enum class Verb { Check, StoryList }; // check --data FOLDER; story --list --story FILE
enum class Match { Exact, Prefix };   // Prefix where the rest is GDAL's, GEOS's, toml++'s or today's

struct Row {
    const char* fixture;  // under tests/data/; for a row with `made`, a name for what it makes
    Verb verb;
    int exitCode;
    const char* first;    // the first line; {} stands for the fixture's path
    Match match = Match::Exact;
    const char* env = ""; // NAME=VALUE for the run, or nothing
    fs::path (*made)() = nullptr; // makes the fixture in the output folder at run time
};

// Too big to commit: a sparse copy made here, as in hostile_input_test.cpp.
fs::path oversizedEvents() {
    fs::path folder = outputDir() / "oversized_events";
    fs::remove_all(folder);
    fs::copy(fixture("story") / "good", folder);
    fs::resize_file(folder / "events.geojson", 513u << 20); // the default limit is 512 MB
    return folder;
}

fs::path oversizedStoryFile() {
    fs::path file = outputDir() / "oversized.toml";
    fs::copy_file(fixture("story_files") / "good.toml", file, fs::copy_options::overwrite_existing);
    fs::resize_file(file, (1u << 20) + 1); // story files are limited to 1 MiB
    return file;
}

const Row kRows[] = {
    {"good_minimal", Verb::Check, 0, "{}: no problems (4 countries, 3 regions, 1 disputed line, 0 places)"},
    {"missing_dbf", Verb::Check, 2, "{}/countries.shp: missing companion file countries.dbf (its attribute table); copy it next to the .shp"},
    {"missing_shx", Verb::Check, 2, "{}/countries.shp: missing companion file countries.shx (its index of shapes); copy it next to the .shp"},
    {"truncated_shp", Verb::Check, 2, "{}/countries.shp: feature 3 (UZB): unreadable shape: ", Match::Prefix},
    {"points_not_polygons", Verb::Check, 2, "{}/countries.shp: holds Point geometry, expected polygons"},
    {"no_prj", Verb::Check, 2, "{}/countries.shp: no .prj file (countries.prj): coordinates are taken as WGS 84 longitude/latitude (EPSG:4326)"},
    {"other_crs", Verb::Check, 0, "{}: no problems (4 countries, 0 regions, 0 disputed lines, 0 places)"},
    {"invalid_geometry", Verb::Check, 2, "{}/countries.shp: feature 2 (TJK): invalid geometry (Self-intersection", Match::Prefix},
    {"empty_geometry", Verb::Check, 2, "{}/countries.shp: feature 2 (TJK): empty geometry; skipped"},
    {"dbf_cp1251", Verb::Check, 0, "{}: no problems (4 countries, 0 regions, 0 disputed lines, 0 places)"},
    {"dbf_latin1_no_cpg", Verb::Check, 0, "{}: no problems (4 countries, 3 regions, 0 disputed lines, 0 places)"},
    {"missing_field", Verb::Check, 2, "{}/countries.shp: has no field 'iso_a3'"},
    {"not_a_shapefile", Verb::Check, 2, "{}/countries.shp: cannot be read as shp data (not a valid file of this kind)"},
    {"empty_layer", Verb::Check, 2, "{}/countries.shp: holds no features"},
    {"nan_coordinates", Verb::Check, 2, "{}/countries.shp: feature 3 (UZB): coordinate (nan, 45) is not a valid longitude/latitude; skipped"},
    {"huge_coordinates", Verb::Check, 2, "{}/countries.shp: feature 2 (TJK): coordinate (68, 1e+300) is not a valid longitude/latitude; skipped"},
    {"garbage_prj", Verb::Check, 2, "{}/countries.shp: countries.prj is not a coordinate system GDAL can read: coordinates are taken as WGS 84 longitude/latitude (EPSG:4326)"},
    {"far_coordinates", Verb::Check, 2, "{}/countries.shp: feature 0 (KAZ): coordinate (1e+30, 7.36187e+06) is not finite or lies far outside any map in the file's coordinate system; skipped"},
    {"untransformable_prj", Verb::Check, 2, "{}/countries.shp: its coordinate system (.prj) cannot be transformed to WGS 84"},

    {"story/good", Verb::Check, 0, "{}: no problems (2 sources, 4 places, 1 episode, 2 membership rows, 3 events, 1 site, 1 route)"},
    {"story/future_covers_to", Verb::Check, 2, "{}/sources.csv: row 3 (hegglin-2022): covers_to: '9999-01' lies in the future"},
    {"story/bad_episode", Verb::Check, 2, "{}/episodes.csv: row 2 (almaty-2022): east: the view's east edge must lie east of its west edge"},
    {"story/unknown_kind", Verb::Check, 2, "{}/events.geojson: feature 1 (kaz-2022-invasion): kind: unknown kind 'invasion'; expected one of ", Match::Prefix},
    {"story/impossible_date", Verb::Check, 2, "{}/membership.csv: row 4 (KGZ signed): date: '1992-13' is not a real date: there is no month 13"},
    {"story/end_before_start", Verb::Check, 2, "{}/events.geojson: feature 1 (kaz-2022-backwards): end: '2022-01-04' is before start '2022-01-05'"},
    {"story/unknown_state", Verb::Check, 2, "{}/membership.csv: row 4 (RUZ joined): state: 'RUZ' is not a known ISO 3166-1 alpha-3 code; did you mean 'RUS'?"},
    {"story/missing_source", Verb::Check, 2, "{}/membership.csv: row 4 (ARM signed): sources: no source 'culp-2022' in sources.csv"},
    {"story/duplicate_id", Verb::Check, 2, "{}/events.geojson: feature 1 (kaz-2022-request): id: 'kaz-2022-request' is already the id of events.geojson, feature 0"},
    {"story/unknown_place", Verb::Check, 2, "{}/events.geojson: feature 2 (kaz-2022-request-2): place: no place 'nur-sultan' in places.csv"},
    {"story/wrong_type", Verb::Check, 2, "{}/events.geojson: feature 1 (kaz-2022-text-states): states: expected a list of text, found text (\"KAZ\")"},
    {"story/invalid_utf8", Verb::Check, 2, "{}/sources.csv: row 4 (edm-2022): publisher: not valid UTF-8"},
    {"story/empty_file", Verb::Check, 2, "{}/events.geojson: empty file (0 bytes)"},
    {"story/truncated_file", Verb::Check, 2, "{}/membership.csv: row 4 (KGZ sig): date: missing: the row ends before this column (is the file cut short?)"},
    {"story/point_without_coordinates", Verb::Check, 2, "{}/events.geojson: feature 0 (kaz-2022-request): geometry: missing; expected the Point of place 'astana'"},
    {"story/duplicate_place", Verb::Check, 2, "{}/places.csv: row 6 (astana): id: duplicate of an earlier row; row skipped"},
    {"story/missing_column", Verb::Check, 2, "{}/membership.csv: has no column 'date'"},
    {"story/header_only", Verb::Check, 2, "{}/membership.csv: holds no rows"},
    {"story/unknown_property", Verb::Check, 2, "{}/events.geojson: feature 0 (kaz-2022-request): colour: unknown property; ignored"},
    {"story/unknown_precision", Verb::Check, 2, "{}/events.geojson: feature 0 (kaz-2022-request): precision: unknown precision 'week'; expected one of year, month, day, hour"},
    {"story/wrong_geometry", Verb::Check, 2, "{}/events.geojson: feature 0 (kaz-2022-request): geometry: expected a Point, found Line String"},
    {"oversized events.geojson", Verb::Check, 2, "{}/events.geojson: events.geojson is 513 MB, over the limit of 512 MB (set CSTO_ATLAS_MAX_FILE_MB to raise it)",
     Match::Exact, "", oversizedEvents},

    {"story_files/good.toml", Verb::StoryList, 0, ""},
    {"story_files/unknown_field.toml", Verb::StoryList, 2, "error: {}:6: unknown chapter field 'titel' (did you mean 'title'?)"},
    {"story_files/unknown_place.toml", Verb::StoryList, 2, "error: {}:8: no place 'almatty' in places.csv (did you mean 'almaty'?)"},
    {"story_files/time_outside_data.toml", Verb::StoryList, 2, "error: {}:7: 'at' = \"1985-01-01\" lies outside the story's data, which runs from 1992-01-01 to ", Match::Prefix},
    {"story_files/to_before_from.toml", Verb::StoryList, 2, "error: {}:8: 'to' must come after 'from'"},
    {"story_files/empty.toml", Verb::StoryList, 2, "error: {}:1: no chapters: the file needs at least one [[chapter]] table"},
    {"story_files/no_chapters.toml", Verb::StoryList, 2, "error: {}:1: no chapters: the file needs at least one [[chapter]] table"},
    {"story_files/syntax_error.toml", Verb::StoryList, 2, "error: {}:7: Error while parsing date", Match::Prefix},
    {"story_files/duplicate_id.toml", Verb::StoryList, 2, "error: {}:11: a chapter with id 'one' comes earlier in the file"},
    {"story_files/unknown_layer.toml", Verb::StoryList, 2, "error: {}:9: 'layers' names an unknown layer; the layers are ", Match::Prefix},
    {"story_files/unknown_zone.toml", Verb::StoryList, 2, "error: {}:7: unknown time zone 'Asia/Almatty' (an IANA name such as Asia/Almaty)"},
    {"story_files/bad_view.toml", Verb::StoryList, 2, "error: {}:8: 'view' must be [west, south, east, north] in degrees, south below north"},
    {"story_files/unknown_source.toml", Verb::StoryList, 2, "error: {}:7: no source 'weitz-2021' in sources.csv (did you mean 'weitz-2022'?)"},
    {"story_files/notes_open_bold.toml", Verb::StoryList, 2, "error: {}:11: notes: '**' starts bold text that its list item does not end (close it with '**')"},
    {"story_files/notes_unknown_source.toml", Verb::StoryList, 2, "error: {}:10: notes cite [hegglin-2021], which is not in sources.csv (did you mean 'hegglin-2022'?)"},
    {"oversized story file", Verb::StoryList, 2, "error: {}: the story file is 1048577 bytes; story files are limited to 1048576 bytes",
     Match::Exact, "", oversizedStoryFile},

    // crs_link and many_features hold one story file each: the binary stops at the missing
    // sources.csv before reaching their defence, which hostile_input_test.cpp reaches in-process.
    {"hostile/crs_link", Verb::Check, 2, "{}/sources.csv: file not found"},
    {"hostile/long_field", Verb::Check, 2, "{}/sources.csv: row 2 (long-title): title: text of 70000 bytes, over the limit of 65536 bytes (set CSTO_ATLAS_MAX_FIELD_BYTES to raise it)"},
    {"hostile/many_features", Verb::Check, 2, "{}/sources.csv: file not found"},
    {"hostile/many_vertices", Verb::Check, 2, "{}/countries.shp: 200 vertices so far, over the limit of 100 vertices (set CSTO_ATLAS_MAX_VERTICES to raise it); the rest are not read",
     Match::Exact, "CSTO_ATLAS_MAX_VERTICES=100"},
};

std::string firstLine(const std::string& text) { return text.substr(0, text.find('\n')); }

std::string withPath(std::string text, const std::string& path) {
    if (std::size_t at = text.find("{}"); at != std::string::npos) text.replace(at, 2, path);
    return text;
}

// A folder that holds data directly: any file but a README, a script or a story file (named one by one).
bool isFixtureFolder(const fs::path& folder) {
    for (const fs::directory_entry& entry : fs::directory_iterator(folder)) {
        std::string name = entry.path().filename().string(), extension = entry.path().extension().string();
        if (entry.is_regular_file() && name != "README.md" && extension != ".sh" && extension != ".toml") return true;
    }
    return false;
}

} // namespace

TEST_CASE("every fixture through the binary: its exit status and the first line about it") {
    for (const Row& row : kRows) {
        SUBCASE(row.fixture) {
            std::string path = (row.made ? row.made() : fixture(row.fixture)).string();
            std::vector<std::string> arguments = row.verb == Verb::Check ? std::vector<std::string>{"check", "--data", path}
                                                                         : std::vector<std::string>{"story", "--list", "--story", path};
            std::vector<std::string> env;
            if (*row.env) env.push_back(row.env);
            std::string name = "fixture_" + std::string(row.fixture);
            for (char& c : name) c = std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
            RunResult r = runAtlas(arguments, env);
            std::string first = firstLine(row.verb == Verb::Check ? r.out : r.err), expected = withPath(row.first, path);
            CAPTURE(r.out);
            CAPTURE(r.err);
            CHECK(r.exitCode == row.exitCode);
            CHECK((row.match == Match::Prefix ? first.substr(0, expected.size()) : first) == expected);
        }
    }
}

TEST_CASE("every fixture folder and story file under tests/data/ has a row in the table above") {
    fs::path root(ATLAS_TEST_DATA_DIR);
    std::set<std::string> named;
    for (const Row& row : kRows)
        if (!row.made) {
            named.insert(row.fixture);
            CHECK_MESSAGE(fs::exists(root / row.fixture), row.fixture << ": in the table, but not in tests/data/");
        }
    for (const fs::directory_entry& entry : fs::recursive_directory_iterator(root)) {
        std::string relative = entry.path().lexically_relative(root).generic_string();
        bool fixtureHere = entry.is_directory() ? isFixtureFolder(entry.path()) : entry.path().extension() == ".toml";
        if (fixtureHere && !named.count(relative))
            FAIL_CHECK("tests/data/" << relative << " has no row in fixture_exit_test.cpp's table");
    }
}

TEST_CASE("what GDAL says about a coordinate system never reaches stderr: every line there is the app's") {
    for (const char* name : {"untransformable_prj", "garbage_prj", "far_coordinates"}) {
        CAPTURE(name);
        RunResult r = runAtlas({"render", "--data", fixture(name).string(), "--size", "64x36", "-o", (outputDir() / "quiet.png").string()});
        CAPTURE(r.err);
        std::istringstream lines(r.err);
        for (std::string line; std::getline(lines, line);)
            CHECK((line.rfind("error: ", 0) == 0 || line.rfind("warning: ", 0) == 0 || line.rfind("note: ", 0) == 0));
    }
}
