// tests/io/hostile_input_test.cpp: data that tries to reach the network or files outside its
// folder, or to exhaust memory, against the fixtures in tests/data/hostile/: each is refused or
// cut short with a message saying which defence stopped it and, for limits, how to raise them.
#include <cstdlib>
#include <fstream>

#include "io/data_path.hpp"
#include "io/events_loader.hpp"
#include "io/places_loader.hpp"
#include "io/sources_loader.hpp"
#include "io_test_support.hpp"
#include "story_test_support.hpp"

using namespace atlas;
using namespace atlas::test;
namespace fs = std::filesystem;

namespace {

fs::path hostile(const std::string& name) { return fixture("hostile") / name; }

// Sets an environment variable for the scope of one test, then removes it.
struct ScopedVariable {
    const char* name;
    ScopedVariable(const char* variable, const char* value) : name(variable) { ::setenv(variable, value, 1); }
    ~ScopedVariable() { ::unsetenv(name); }
};

bool anyMessage(const core::Diagnostics& all, const std::string& part) {
    return std::any_of(all.begin(), all.end(), [&](const core::Diagnostic& d) { return contains(d.message, part); });
}

// A fresh folder under the test output holding copies of a fixture folder's files.
fs::path scratchCopy(const std::string& name, const fs::path& from) {
    fs::path folder = fs::path(ATLAS_TEST_OUTPUT_DIR) / "hostile" / name;
    fs::remove_all(folder);
    fs::create_directories(folder);
    for (const fs::directory_entry& entry : fs::directory_iterator(from)) fs::copy_file(entry.path(), folder / entry.path().filename());
    return folder;
}

} // namespace

TEST_CASE("a URL or GDAL virtual file system named as data is refused, saying so") {
    for (const char* path : {"/vsicurl/http://127.0.0.1:9/geodata", "/vsizip/geodata.zip", "https://example.org/geodata"}) {
        CAPTURE(path);
        core::Loaded<core::MapData> map = io::loadMapData(path, defaultProjection());
        CHECK_FALSE(map.value);
        CHECK(anyMessage(map.diagnostics, "names a URL or a GDAL virtual file system"));
        core::Loaded<core::Story> story = loadStoryFrom(path);
        CHECK(anyMessage(story.diagnostics, "names a URL or a GDAL virtual file system"));
    }
    core::Diagnostics diagnostics;
    CHECK(io::loadPlaces("/vsicurl/http://127.0.0.1:9/places.csv", defaultProjection(), diagnostics).empty());
    CHECK(anyMessage(diagnostics, "(/vsicurl/)"));
}

TEST_CASE("a GeoJSON coordinate system that links to a URL is not fetched") {
    core::Diagnostics diagnostics;
    io::StoryRefs refs;
    io::loadEvents(hostile("crs_link") / "events.geojson", refs, diagnostics);
    CHECK(anyMessage(diagnostics, "refers to http://127.0.0.1:9/crs.wkt, which is not fetched"));
}

TEST_CASE("names in data files may not leave their folder") {
    std::string why;
    fs::path folder = fixture("good_minimal");
    CHECK(io::resolveInside(folder, "countries.shp", why) == folder / "countries.shp");
    CHECK_FALSE(io::resolveInside(folder, "../story/good/places.csv", why));
    CHECK(contains(why, "climbs out of its folder with '..'"));
    CHECK_FALSE(io::resolveInside(folder, "/etc/passwd", why));
    CHECK(contains(why, "is an absolute path"));
    CHECK_FALSE(io::resolveInside(folder, "/vsizip/a.zip/b.csv", why));
    CHECK(contains(why, "(/vsizip/)"));
}

TEST_CASE("a data file or companion that is a link to outside its folder is refused; one inside is read") {
    fs::path folder = scratchCopy("links", fixture("good_minimal"));
    fs::path outside = fs::path(ATLAS_TEST_OUTPUT_DIR) / "hostile" / "outside.dbf";
    fs::copy_file(fixture("good_minimal") / "regions.dbf", outside, fs::copy_options::overwrite_existing);
    fs::remove(folder / "regions.dbf");
    fs::create_symlink(outside, folder / "regions.dbf");
    fs::create_symlink(fixture("story") / "good" / "places.csv", folder / "places.csv");
    fs::rename(folder / "countries.dbf", folder / "countries-table.dbf");
    fs::create_symlink("countries-table.dbf", folder / "countries.dbf");

    core::Loaded<core::MapData> loaded = io::loadMapData(folder, defaultProjection());
    REQUIRE(loaded.value);
    CHECK(loaded.value->countries.size() == 4); // its .dbf is a link inside the folder
    CHECK(loaded.value->regions.empty());
    CHECK(loaded.value->places.empty());
    INFO(listing(loaded.diagnostics));
    CHECK(!diagnosticsAbout(loaded.diagnostics, "regions.shp").empty());
    CHECK(anyMessage(diagnosticsAbout(loaded.diagnostics, "regions.shp"), "'regions.dbf' is a symbolic link to a file outside its folder"));
    CHECK(anyMessage(diagnosticsAbout(loaded.diagnostics, "places.csv"), "'places.csv' is a symbolic link to a file outside its folder"));
}

TEST_CASE("a file over the size limit is refused before it is read, and the limit can be raised") {
    fs::path folder = scratchCopy("big", fixture("good_minimal"));
    fs::resize_file(folder / "regions.dbf", (513u << 20)); // sparse: no disk used
    core::Loaded<core::MapData> loaded = io::loadMapData(folder, defaultProjection());
    CHECK(anyMessage(loaded.diagnostics, "regions.dbf is 513 MB, over the limit of 512 MB (set CSTO_ATLAS_MAX_FILE_MB to raise it)"));
    ScopedVariable raised("CSTO_ATLAS_MAX_FILE_MB", "1024");
    CHECK_FALSE(anyMessage(io::loadMapData(folder, defaultProjection()).diagnostics, "over the limit"));
}

TEST_CASE("a field over the length limit skips its row; the limit can be raised") {
    core::Diagnostics diagnostics;
    io::StoryRefs refs;
    std::vector<core::Source> sources = io::loadSources(hostile("long_field") / "sources.csv", refs, diagnostics);
    REQUIRE(sources.size() == 1);
    CHECK(sources[0].id == "meduza-2022");
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].text() == (hostile("long_field") / "sources.csv").string() +
                                       ": row 2 (long-title): title: text of 70000 bytes, over the limit of 65536 bytes "
                                       "(set CSTO_ATLAS_MAX_FIELD_BYTES to raise it)");
    ScopedVariable raised("CSTO_ATLAS_MAX_FIELD_BYTES", "100000");
    core::Diagnostics none;
    io::StoryRefs fresh;
    CHECK(io::loadSources(hostile("long_field") / "sources.csv", fresh, none).size() == 2);
    CHECK(none.empty());
}

TEST_CASE("a file over the feature limit is read up to it, with an error naming the limit") {
    ScopedVariable limit("CSTO_ATLAS_MAX_FEATURES", "10");
    core::Diagnostics diagnostics;
    CHECK(io::loadPlaces(hostile("many_features") / "places.csv", defaultProjection(), diagnostics).size() == 10);
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].level == Level::Error);
    CHECK(diagnostics[0].message ==
          "more than 10 features, over the limit of 10 features (set CSTO_ATLAS_MAX_FEATURES to raise it); the rest are not read");
}

TEST_CASE("a layer over the vertex limit stops there, with an error naming the limit") {
    fs::path folder = hostile("many_vertices");
    CHECK(io::loadMapData(folder, defaultProjection()).value); // 200 vertices: within the default
    ScopedVariable limit("CSTO_ATLAS_MAX_VERTICES", "100");
    core::Loaded<core::MapData> loaded = io::loadMapData(folder, defaultProjection());
    CHECK_FALSE(loaded.value);
    CHECK(anyMessage(loaded.diagnostics,
                     "200 vertices so far, over the limit of 100 vertices (set CSTO_ATLAS_MAX_VERTICES to raise it)"));
}
