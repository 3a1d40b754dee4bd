// tests/io/projection_test.cpp: io::OgrProjection with the default Albers projection: origin,
// forward/inverse round trips, distances against the great circle, points outside its domain.
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <functional>
#include <limits>
#include <sstream>
#include <stdexcept>

#include "io_test_support.hpp"

using namespace atlas;
using namespace atlas::test;

namespace {

constexpr core::LonLat kAlmaty{76.9, 43.25};
constexpr core::LonLat kMoscow{37.6173, 55.7558};
constexpr core::LonLat kMinsk{27.5615, 53.9045};
constexpr core::LonLat kYerevan{44.5152, 40.1872};
// The origin of kDefaultProjection: +lon_0=90 +lat_0=50.
constexpr core::LonLat kOrigin{90, 50};

core::Vec2 project(core::LonLat p) {
    auto v = defaultProjection().forward(p);
    REQUIRE(v.has_value());
    REQUIRE(core::isFinite(*v));
    return *v;
}

void checkRoundTrip(core::LonLat p) {
    CAPTURE(p.lon);
    CAPTURE(p.lat);
    auto back = defaultProjection().inverse(project(p));
    REQUIRE(back.has_value());
    CHECK(std::abs(back->lon - p.lon) < 1e-6);
    CHECK(std::abs(back->lat - p.lat) < 1e-6);
}

// Projected distance over the great-circle distance.
double distanceRatio(core::LonLat a, core::LonLat b) {
    return core::length(project(a) - project(b)) / core::greatCircleMetres(a, b);
}

// What body() writes on file descriptor 2 (where GDAL prints errors it was not told to keep).
std::string stderrOf(const std::function<void()>& body) {
    std::fflush(stderr);
    std::FILE* capture = std::tmpfile();
    REQUIRE(capture != nullptr);
    int saved = dup(2);
    dup2(fileno(capture), 2);
    body();
    std::fflush(stderr);
    dup2(saved, 2);
    close(saved);
    std::rewind(capture);
    std::string text;
    for (int c; (c = std::fgetc(capture)) != EOF;) text += char(c);
    std::fclose(capture);
    return text;
}

} // namespace

TEST_CASE("default projection maps its origin to (0, 0)") {
    core::Vec2 origin = project(kOrigin);
    CHECK(std::abs(origin.x) < 1e-3);
    CHECK(std::abs(origin.y) < 1e-3);
    CHECK(defaultProjection().centralMeridian() == doctest::Approx(kOrigin.lon));
}

TEST_CASE("default projection has east to +x and north to +y") {
    CHECK(project({100, 50}).x > 0);
    CHECK(project({80, 50}).x < 0);
    CHECK(project({90, 60}).y > 0);
    CHECK(project({90, 40}).y < 0);
    CHECK(std::abs(project({90, 60}).x) < 1e-3); // the central meridian is the y axis
}

TEST_CASE("forward then inverse returns Almaty, Moscow and Yerevan within 1e-6 degrees") {
    checkRoundTrip(kAlmaty);
    checkRoundTrip(kMoscow);
    checkRoundTrip(kYerevan);
    checkRoundTrip(kMinsk);
}

TEST_CASE("projected distances are close to great-circle distances in the CSTO region") {
    // Moscow-Minsk is about 675 km; equal-area conic scale error there stays within a few percent.
    CHECK(core::greatCircleMetres(kMoscow, kMinsk) == doctest::Approx(675e3).epsilon(0.01));
    CHECK(distanceRatio(kMoscow, kMinsk) == doctest::Approx(1.0).epsilon(0.03));
    CHECK(distanceRatio(kMoscow, kAlmaty) == doctest::Approx(1.0).epsilon(0.03));
    CHECK(distanceRatio(kYerevan, kAlmaty) == doctest::Approx(1.0).epsilon(0.03));
}

TEST_CASE("inverse of points far outside the map gives nullopt or finite degrees, quietly") {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (core::Vec2 far : {core::Vec2{1e9, 1e9}, core::Vec2{-3e7, 2e7}, core::Vec2{1e300, 0}, core::Vec2{nan, 0}}) {
        CAPTURE(far.x);
        CAPTURE(far.y);
        std::optional<core::LonLat> back;
        std::string printed = stderrOf([&] { back = defaultProjection().inverse(far); });
        if (back) {
            CHECK(std::isfinite(back->lon));
            CHECK(std::isfinite(back->lat));
        }
        CHECK_MESSAGE(printed.empty(), "GDAL printed on stderr: " << printed);
    }
}

TEST_CASE("forward of a non-finite longitude gives nullopt") {
    CHECK_FALSE(defaultProjection().forward({std::numeric_limits<double>::quiet_NaN(), 45}).has_value());
}

TEST_CASE("a projection PROJ cannot build throws, naming the definition") {
    try {
        io::OgrProjection bad("+proj=no_such_projection +lat_0=1");
        FAIL("no exception for an unknown projection");
    } catch (const std::runtime_error& e) {
        CHECK(contains(e.what(), "+proj=no_such_projection"));
    }
}
