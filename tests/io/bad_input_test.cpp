// tests/io/bad_input_test.cpp: io::loadMapData on every fixture folder in tests/data/ (one
// defect each) and on a missing folder: what loads, and what each diagnostic says and names.
#include <cmath>
#include <set>

#include "io_test_support.hpp"

using namespace atlas;
using namespace atlas::test;

namespace {

const std::vector<std::string> kMinimalCodes{"KAZ", "KGZ", "TJK", "UZB"};

// The only diagnostic whose `where` ends with whereSuffix; checks its level and key phrases.
void checkDiagnostic(const core::Diagnostics& all, const std::string& whereSuffix, Level level,
                     const std::vector<std::string>& phrases) {
    INFO(listing(all));
    CAPTURE(whereSuffix);
    core::Diagnostics found = diagnosticsAbout(all, whereSuffix);
    // Layer-level messages ("countries.shp") may come with the loader's own closing error; pick by phrase.
    auto matches = [&](const core::Diagnostic& d) {
        return std::all_of(phrases.begin(), phrases.end(), [&](const std::string& p) { return contains(d.message, p); });
    };
    auto hit = std::find_if(found.begin(), found.end(), matches);
    REQUIRE(hit != found.end());
    CHECK(hit->level == level);
    CHECK(std::count_if(found.begin(), found.end(), matches) == 1);
}

void checkFeatureWarning(const core::Diagnostics& all, const std::string& feature, const std::vector<std::string>& phrases) {
    checkDiagnostic(all, "countries.shp: " + feature, Level::Warning, phrases);
}

// The folder cannot be drawn: no value, and the loader says why at Error level.
void checkNothingLoaded(const core::Loaded<core::MapData>& loaded) {
    INFO(listing(loaded.diagnostics));
    CHECK_FALSE(loaded.value.has_value());
    checkDiagnostic(loaded.diagnostics, "countries.shp", Level::Error, {"no country could be loaded"});
}

// The countries in file order, after a load that must have succeeded.
std::vector<std::string> loadedCodes(const core::Loaded<core::MapData>& loaded) {
    REQUIRE_MESSAGE(loaded.value.has_value(), listing(loaded.diagnostics));
    return isoCodes(*loaded.value);
}

// Nothing at all was said about countries.shp (the "optional layer not found" warnings aside).
void checkCountriesClean(const core::Loaded<core::MapData>& loaded) {
    CHECK_MESSAGE(diagnosticsAbout(loaded.diagnostics, "countries.shp").empty(), listing(loaded.diagnostics));
    CHECK_FALSE(core::hasErrors(loaded.diagnostics));
}

// Only the per-feature warning(s) of a defect, no errors.
void checkOnlyWarnings(const core::Loaded<core::MapData>& loaded) {
    CHECK_MESSAGE(!core::hasErrors(loaded.diagnostics), listing(loaded.diagnostics));
}

bool near(double a, double b, double tolerance) { return std::abs(a - b) <= tolerance; }

void checkSameBox(const core::Box& a, const core::Box& b, double toleranceMetres) {
    CHECK(near(a.minX, b.minX, toleranceMetres));
    CHECK(near(a.minY, b.minY, toleranceMetres));
    CHECK(near(a.maxX, b.maxX, toleranceMetres));
    CHECK(near(a.maxY, b.maxY, toleranceMetres));
}

// Each country of `loaded` sits where good_minimal's country with the same code does.
void checkShapesMatchGoodMinimal(const core::Loaded<core::MapData>& loaded, double toleranceMetres) {
    auto reference = loadFixture("good_minimal");
    REQUIRE(reference.value.has_value());
    REQUIRE(loaded.value.has_value());
    for (const core::Country& country : loaded.value->countries) {
        CAPTURE(country.isoA3);
        const core::Country* expected = reference.value->findCountry(country.isoA3);
        REQUIRE(expected != nullptr);
        CHECK(country.shape.parts.size() == expected->shape.parts.size());
        checkSameBox(country.shape.bounds, expected->shape.bounds, toleranceMetres);
    }
}

std::string countryName(const core::Loaded<core::MapData>& loaded, const std::string& isoA3) {
    REQUIRE(loaded.value.has_value());
    const core::Country* country = loaded.value->findCountry(isoA3);
    REQUIRE(country != nullptr);
    return country->name;
}

} // namespace

TEST_CASE("every fixture folder in tests/data has a test case here") {
    static const std::set<std::string> kTested{
        "good_minimal", "missing_dbf",   "missing_shx",     "truncated_shp",    "points_not_polygons",
        "no_prj",       "other_crs",     "invalid_geometry", "empty_geometry",  "dbf_cp1251",
        "dbf_latin1_no_cpg", "missing_field", "not_a_shapefile", "empty_layer", "nan_coordinates",
        "huge_coordinates", "far_coordinates", "garbage_prj",
        "untransformable_prj", // through the binary only, in fixture_exit_test.cpp
        "story",    // the story fixtures, tested in story_loader_test.cpp
        "hostile",      // hostile input, tested in hostile_input_test.cpp
        "story_files"}; // story files of the presentation, tested in story_file_test.cpp
    std::set<std::string> folders;
    for (const auto& entry : std::filesystem::directory_iterator(ATLAS_TEST_DATA_DIR))
        if (entry.is_directory()) folders.insert(entry.path().filename().string());
    CHECK(folders == kTested);
}

TEST_CASE("missing data folder: no value, one error 'data folder not found' naming the folder") {
    std::filesystem::path folder = fixture("no_such_folder");
    auto loaded = io::loadMapData(folder, defaultProjection());
    CHECK_FALSE(loaded.value.has_value());
    REQUIRE(loaded.diagnostics.size() == 1);
    CHECK(loaded.diagnostics[0].level == Level::Error);
    CHECK(loaded.diagnostics[0].where == folder.string());
    CHECK(loaded.diagnostics[0].message == "data folder not found");
}

TEST_CASE("good_minimal: 4 countries, 3 regions with diacritics, 1 disputed line, no warnings") {
    auto loaded = loadFixture("good_minimal");
    CHECK(loadedCodes(loaded) == kMinimalCodes);
    CHECK(countryName(loaded, "KGZ") == "Kyrgyzstan");
    CHECK(loaded.value->findCountry("KAZ")->shape.parts.size() == 2); // a two-part MultiPolygon
    REQUIRE(loaded.value->regions.size() == 3);
    CHECK(findRegion(*loaded.value, "Ysyk-K\xc3\xb6l") != nullptr);
    CHECK(findRegion(*loaded.value, "Aqt\xc3\xb6" "be") != nullptr);
    CHECK(findRegion(*loaded.value, "Sughd") != nullptr);
    CHECK(loaded.value->disputed.size() == 1);
    // places.csv is the only thing missing from this folder.
    REQUIRE_MESSAGE(loaded.diagnostics.size() == 1, listing(loaded.diagnostics));
    checkDiagnostic(loaded.diagnostics, "places.csv", Level::Note, {"not found"});
}

TEST_CASE("missing_dbf: nothing loaded, error on countries.shp naming countries.dbf") {
    auto loaded = loadFixture("missing_dbf");
    checkNothingLoaded(loaded);
    checkDiagnostic(loaded.diagnostics, "countries.shp", Level::Error, {"missing companion file countries.dbf"});
}

TEST_CASE("missing_shx: nothing loaded, error on countries.shp naming countries.shx") {
    auto loaded = loadFixture("missing_shx");
    checkNothingLoaded(loaded);
    checkDiagnostic(loaded.diagnostics, "countries.shp", Level::Error, {"missing companion file countries.shx"});
}

TEST_CASE("truncated_shp: the last feature (UZB) is reported unreadable, the other 3 load") {
    auto loaded = loadFixture("truncated_shp");
    CHECK(loadedCodes(loaded) == std::vector<std::string>{"KAZ", "KGZ", "TJK"});
    checkFeatureWarning(loaded.diagnostics, "feature 3 (UZB)", {"unreadable shape"});
    checkOnlyWarnings(loaded);
}

TEST_CASE("points_not_polygons: nothing loaded, error on countries.shp: Point, expected polygons") {
    auto loaded = loadFixture("points_not_polygons");
    checkNothingLoaded(loaded);
    checkDiagnostic(loaded.diagnostics, "countries.shp", Level::Error, {"Point", "expected polygons"});
}

TEST_CASE("no_prj: loads as WGS 84 with a warning naming countries.prj") {
    auto loaded = loadFixture("no_prj");
    CHECK(loadedCodes(loaded) == kMinimalCodes);
    checkDiagnostic(loaded.diagnostics, "countries.shp", Level::Warning, {"no .prj", "countries.prj", "WGS 84"});
    checkOnlyWarnings(loaded);
    checkShapesMatchGoodMinimal(loaded, 1e-3);
}

TEST_CASE("other_crs: Web Mercator shapes are reprojected onto good_minimal's") {
    auto loaded = loadFixture("other_crs");
    CHECK(loadedCodes(loaded) == kMinimalCodes);
    checkCountriesClean(loaded);
    checkShapesMatchGoodMinimal(loaded, 1.0); // metres, after EPSG:3857 -> 4326 -> Albers
}

TEST_CASE("invalid_geometry: TJK (feature 2) is repaired with a self-intersection warning; nothing else blamed") {
    auto loaded = loadFixture("invalid_geometry");
    CHECK(loadedCodes(loaded) == kMinimalCodes);
    checkFeatureWarning(loaded.diagnostics, "feature 2 (TJK)", {"invalid geometry", "Self-intersection", "repaired"});
    // GEOS's reason must stay with TJK, not leak onto the feature read after it.
    CHECK_MESSAGE(diagnosticsAbout(loaded.diagnostics, "feature 3 (UZB)").empty(), listing(loaded.diagnostics));
    CHECK(diagnosticsAbout(loaded.diagnostics, "countries.shp").empty());
    checkOnlyWarnings(loaded);
}

TEST_CASE("empty_geometry: TJK (feature 2) is skipped with 'empty geometry', the other 3 load") {
    auto loaded = loadFixture("empty_geometry");
    CHECK(loadedCodes(loaded) == std::vector<std::string>{"KAZ", "KGZ", "UZB"});
    checkFeatureWarning(loaded.diagnostics, "feature 2 (TJK)", {"empty geometry", "skipped"});
    checkOnlyWarnings(loaded);
}

TEST_CASE("dbf_cp1251: Cyrillic names come out as UTF-8") {
    auto loaded = loadFixture("dbf_cp1251");
    CHECK(loadedCodes(loaded) == kMinimalCodes);
    CHECK(countryName(loaded, "KAZ") == "Казахстан");
    CHECK(countryName(loaded, "KGZ") == "Кыргызстан");
    CHECK(countryName(loaded, "TJK") == "Таджикистан");
    CHECK(countryName(loaded, "UZB") == "Узбекистан");
    checkCountriesClean(loaded);
}

TEST_CASE("dbf_latin1_no_cpg: ISO-8859-1 names come out as UTF-8 from the DBF header alone") {
    auto loaded = loadFixture("dbf_latin1_no_cpg");
    CHECK(loadedCodes(loaded) == kMinimalCodes);
    CHECK(countryName(loaded, "UZB") == "Ouzb\xc3\xa9kistan"); // Ouzbékistan
    CHECK(countryName(loaded, "KGZ") == "Kirghizistan");
    CHECK(findRegion(*loaded.value, "Aqt\xc3\xb6" "be") != nullptr);
    CHECK(findRegion(*loaded.value, "Ysyk-K\xc3\xb6l") != nullptr);
    checkCountriesClean(loaded);
    CHECK(diagnosticsAbout(loaded.diagnostics, "regions.shp").empty());
}

TEST_CASE("missing_field: nothing loaded, error on countries.shp naming the field iso_a3") {
    auto loaded = loadFixture("missing_field");
    checkNothingLoaded(loaded);
    checkDiagnostic(loaded.diagnostics, "countries.shp", Level::Error, {"has no field 'iso_a3'"});
}

TEST_CASE("not_a_shapefile: nothing loaded, error on countries.shp saying it cannot be read") {
    auto loaded = loadFixture("not_a_shapefile");
    checkNothingLoaded(loaded);
    checkDiagnostic(loaded.diagnostics, "countries.shp", Level::Error, {"cannot be read", "not a valid"});
}

TEST_CASE("empty_layer: nothing loaded, a warning that countries.shp holds no features") {
    auto loaded = loadFixture("empty_layer");
    checkNothingLoaded(loaded);
    checkDiagnostic(loaded.diagnostics, "countries.shp", Level::Warning, {"holds no features"});
}

TEST_CASE("nan_coordinates: UZB (feature 3) is skipped as not a valid longitude/latitude") {
    auto loaded = loadFixture("nan_coordinates");
    CHECK(loadedCodes(loaded) == std::vector<std::string>{"KAZ", "KGZ", "TJK"});
    checkFeatureWarning(loaded.diagnostics, "feature 3 (UZB)", {"nan", "not a valid longitude/latitude", "skipped"});
    checkOnlyWarnings(loaded);
    CHECK(core::isFinite({loaded.value->bounds().width(), loaded.value->bounds().height()}));
}

TEST_CASE("garbage_prj: a .prj that is no coordinate system is named as unreadable, not as missing") {
    auto loaded = loadFixture("garbage_prj");
    CHECK(loadedCodes(loaded) == std::vector<std::string>{"KAZ", "KGZ", "TJK", "UZB"});
    auto about = diagnosticsAbout(loaded.diagnostics, "countries.shp");
    REQUIRE(about.size() == 1);
    CHECK(contains(about.front().message, "countries.prj is not a coordinate system GDAL can read"));
    CHECK_FALSE(contains(about.front().message, "no .prj file"));
}

TEST_CASE("far_coordinates: KAZ (feature 0), 1e30 m east in Web Mercator, is skipped before it is reprojected") {
    // GDAL's inverse Mercator wraps the longitude one turn at a time: it would never finish.
    auto loaded = loadFixture("far_coordinates");
    CHECK(loadedCodes(loaded) == std::vector<std::string>{"KGZ", "TJK", "UZB"});
    checkFeatureWarning(loaded.diagnostics, "feature 0 (KAZ)", {"1e+30", "far outside", "skipped"});
    checkOnlyWarnings(loaded);
}

TEST_CASE("huge_coordinates: TJK (feature 2) is skipped, the map's extent comes from the other 3") {
    auto loaded = loadFixture("huge_coordinates");
    CHECK(loadedCodes(loaded) == std::vector<std::string>{"KAZ", "KGZ", "UZB"});
    checkFeatureWarning(loaded.diagnostics, "feature 2 (TJK)", {"1e+300", "not a valid longitude/latitude", "skipped"});
    checkOnlyWarnings(loaded);
    checkShapesMatchGoodMinimal(loaded, 1e-3);
    CHECK(loaded.value->bounds().width() < 5e6); // the 1e300 corner is nowhere in it
}
