// tests/io/shipped_geodata_test.cpp: the data folder shipped with the app (geodata/) loads
// cleanly: members, country count, UTF-8 region names, disputed lines, places; the countries'
// point-in-shape indexes.
#include <cmath>
#include <filesystem>
#include <random>

#include "io_test_support.hpp"

using namespace atlas;
using namespace atlas::test;

namespace {

const core::Loaded<core::MapData>& shippedData() {
    static const core::Loaded<core::MapData> loaded = io::loadMapData(ATLAS_GEODATA_DIR, defaultProjection());
    return loaded;
}

const core::MapData& shippedMap() {
    REQUIRE_MESSAGE(shippedData().value.has_value(), listing(shippedData().diagnostics));
    return *shippedData().value;
}

void checkCountry(const std::string& isoA3, const std::string& name) {
    CAPTURE(isoA3);
    const core::Country* country = shippedMap().findCountry(isoA3);
    REQUIRE(country != nullptr);
    CHECK(country->name == name);
    CHECK_FALSE(country->shape.parts.empty());
    CHECK_FALSE(country->shape.bounds.empty());
}

void checkRegion(const std::string& name, const std::string& isoA3) {
    CAPTURE(name);
    const core::Region* region = findRegion(shippedMap(), name);
    REQUIRE(region != nullptr);
    CHECK(region->isoA3 == isoA3);
    CHECK_FALSE(region->shape.parts.empty());
}

} // namespace

TEST_CASE("shipped geodata loads without errors") {
    const auto& loaded = shippedData();
    CHECK(loaded.value.has_value());
    CHECK_MESSAGE(!core::hasErrors(loaded.diagnostics), listing(loaded.diagnostics));
}

TEST_CASE("shipped borders load without a single warning") {
    const auto& diagnostics = shippedData().diagnostics;
    for (const char* file : {"countries.shp", "regions.shp", "disputed.shp"}) {
        CAPTURE(file);
        CHECK_MESSAGE(diagnosticsAbout(diagnostics, file).empty(), listing(diagnostics));
    }
}

TEST_CASE("shipped geodata has the six CSTO members with their names") {
    checkCountry("RUS", "Russia");
    checkCountry("BLR", "Belarus");
    checkCountry("ARM", "Armenia");
    checkCountry("KAZ", "Kazakhstan");
    checkCountry("KGZ", "Kyrgyzstan");
    checkCountry("TJK", "Tajikistan");
}

TEST_CASE("shipped geodata has about 249 countries, one entry per code") {
    const core::MapData& map = shippedMap();
    CHECK(map.countries.size() >= 245);
    CHECK(map.countries.size() <= 255);
    std::vector<std::string> codes = isoCodes(map);
    std::sort(codes.begin(), codes.end());
    CHECK(std::adjacent_find(codes.begin(), codes.end()) == codes.end());
}

TEST_CASE("shipped region names keep their diacritics (UTF-8)") {
    // Spelled byte by byte: ö is U+00F6, C3 B6 in UTF-8 (precomposed, as ogrinfo shows it).
    checkRegion("Aqt\xc3\xb6" "be", "KAZ");   // Aqtöbe
    checkRegion("Ysyk-K\xc3\xb6l", "KGZ");    // Ysyk-Köl
    CHECK(shippedMap().regions.size() > 400);
}

TEST_CASE("shipped disputed lines load with projected bounds") {
    const core::MapData& map = shippedMap();
    CHECK(map.disputed.size() >= 40);
    for (const core::DisputedBorder& border : map.disputed) {
        CAPTURE(border.name);
        CHECK_FALSE(border.lines.empty());
        CHECK_FALSE(border.bounds.empty());
        CHECK(std::isfinite(border.bounds.width()));
    }
}

TEST_CASE("shipped countries are in projected metres around the map's centre") {
    // Kazakhstan's box must contain the projection of a point well inside it (Karaganda, 73.1E 49.8N).
    const core::Country* kaz = shippedMap().findCountry("KAZ");
    REQUIRE(kaz != nullptr);
    auto karaganda = defaultProjection().forward({73.1, 49.8});
    REQUIRE(karaganda.has_value());
    CHECK(kaz->shape.bounds.contains(*karaganda));
    CHECK(kaz->shape.bounds.width() > 1.5e6); // about 2,800 km west to east
    CHECK(kaz->shape.bounds.width() < 4e6);
}

TEST_CASE("shipped places put Almaty at 43.2N 76.9E") {
    if (!std::filesystem::exists(std::filesystem::path(ATLAS_GEODATA_DIR) / "places.csv")) {
        MESSAGE("geodata/places.csv does not exist yet: the Almaty check is skipped");
        return;
    }
    const core::Place* almaty = shippedMap().findPlace("almaty");
    REQUIRE(almaty != nullptr);
    CHECK(almaty->lonLat.lat == doctest::Approx(43.2).epsilon(0.002));
    CHECK(almaty->lonLat.lon == doctest::Approx(76.9).epsilon(0.002));
    CHECK(almaty->isoA3 == "KAZ");
    auto expected = defaultProjection().forward(almaty->lonLat);
    REQUIRE(expected.has_value());
    CHECK(core::length(almaty->position - *expected) < 1.0);
    const core::Country* kaz = shippedMap().findCountry("KAZ");
    REQUIRE(kaz != nullptr);
    CHECK(kaz->shape.bounds.contains(almaty->position));
}

TEST_CASE("every shipped country is indexed, its index answers as the plain test, and its label point is kept") {
    std::mt19937 random(11);
    for (const core::Country& country : shippedMap().countries) {
        CAPTURE(country.isoA3);
        REQUIRE(country.shape.index);
        core::MultiPolygon plain = country.shape;
        plain.index.reset();
        plain.labelAnchor.reset();
        REQUIRE(country.shape.labelAnchor); // its name's place, found once
        CHECK(country.shape.labelAnchor->x == core::labelPoint(plain).x);
        CHECK(country.shape.labelAnchor->y == core::labelPoint(plain).y);
        const core::Box& b = plain.bounds;
        std::uniform_real_distribution<double> x(b.minX - 1000, b.maxX + 1000), y(b.minY - 1000, b.maxY + 1000);
        for (int i = 0; i < 300; ++i) {
            core::Vec2 p{x(random), y(random)};
            REQUIRE(shapeContains(country.shape, p) == shapeContains(plain, p));
        }
        for (const core::Polygon& part : plain.parts) // at each vertex's latitude, beside it
            for (const core::Ring& ring : part.rings)
                for (std::size_t i = 0; i < ring.size(); i += 7) {
                    core::Vec2 p{ring[i].x + 500, ring[i].y};
                    REQUIRE(shapeContains(country.shape, p) == shapeContains(plain, p));
                }
    }
}
