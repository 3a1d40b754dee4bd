// tests/io/command_line_test.cpp: app::parseCommandLine, parseFrameSize and parseGeoBox: good
// values parse, and each bad one gives a message that names the argument and what is wrong.
#include "app/command_line.hpp"
#include "io_test_support.hpp"

using namespace atlas;
using namespace atlas::test;

namespace {

std::string sizeError(const std::string& text) {
    std::string error;
    CAPTURE(text);
    CHECK_FALSE(app::parseFrameSize(text, error).has_value());
    return error;
}

std::string boxError(const std::string& text) {
    std::string error;
    CAPTURE(text);
    CHECK_FALSE(app::parseGeoBox(text, error).has_value());
    return error;
}

std::string commandLineError(const std::vector<std::string>& arguments) { return app::parseCommandLine(arguments).error; }

app::Options goodCommandLine(const std::vector<std::string>& arguments) {
    app::ParseResult parsed = app::parseCommandLine(arguments);
    REQUIRE_MESSAGE(parsed.error.empty(), parsed.error);
    return parsed.options;
}

} // namespace

TEST_CASE("frame sizes WIDTHxHEIGHT parse, up to the largest side") {
    std::string error;
    auto size = app::parseFrameSize("1920x1080", error);
    REQUIRE(size.has_value());
    CHECK(size->width == 1920);
    CHECK(size->height == 1080);
    auto largest = app::parseFrameSize("16384x1", error);
    REQUIRE(largest.has_value());
    CHECK(largest->width == app::kMaxFrameSide);
    CHECK(error.empty());
}

TEST_CASE("frame sizes out of range name --size, the text and the limits") {
    for (const char* text : {"0x0", "20000x10", "64x0", "-5x10", "16385x16"}) {
        std::string error = sizeError(text);
        CHECK(contains(error, std::string("--size '") + text + "'"));
        CHECK(contains(error, "between 1 and 16384"));
    }
}

TEST_CASE("frame sizes that are not WIDTHxHEIGHT name --size and the expected form") {
    for (const char* text : {"abc", "1920x", "x1080", "1920", "1920x1080x3", "1920X1080", "", " 64x48", "64.5x48"}) {
        std::string error = sizeError(text);
        CHECK(contains(error, std::string("--size '") + text + "'"));
        CHECK(contains(error, "expected WIDTHxHEIGHT"));
    }
}

TEST_CASE("geographic boxes parse, including one across the 180 degree meridian") {
    std::string error;
    auto box = app::parseGeoBox("20,35,180,75", error);
    REQUIRE(box.has_value());
    CHECK(box->southWest.lon == 20);
    CHECK(box->southWest.lat == 35);
    CHECK(box->northEast.lon == 180);
    CHECK(box->northEast.lat == 75);
    auto across = app::parseGeoBox("170,50,-170,70", error);
    REQUIRE(across.has_value());
    CHECK(across->northEast.lon < across->southWest.lon);
}

TEST_CASE("geographic boxes without four numbers name --bbox") {
    for (const char* text : {"1,2,3", "1,2,3,4,5", "1,2,3,4,"}) {
        std::string error = boxError(text);
        CHECK(contains(error, std::string("--bbox '") + text + "'"));
        CHECK(contains(error, "expected four numbers"));
    }
}

TEST_CASE("geographic boxes with text that is not a number name the bad part") {
    CHECK(contains(boxError("20,nan,60,50"), "'nan' is not a number"));
    CHECK(contains(boxError("20,35,abc,50"), "'abc' is not a number"));
    CHECK(contains(boxError("20,35,inf,50"), "'inf' is not a number"));
    CHECK(contains(boxError(",20,35,60"), "'' is not a number"));
}

TEST_CASE("geographic boxes out of range or upside down say which coordinate is wrong") {
    CHECK(contains(boxError("-181,35,60,50"), "longitudes must be between -180 and 180"));
    CHECK(contains(boxError("20,35,200,50"), "longitudes must be between -180 and 180"));
    CHECK(contains(boxError("20,50,60,50"), "LAT0 below LAT1"));  // lat0 == lat1
    CHECK(contains(boxError("20,60,60,50"), "LAT0 below LAT1"));  // lat0 > lat1
    CHECK(contains(boxError("20,-91,60,50"), "latitudes must be between -90 and 90"));
    CHECK(contains(boxError("20,35,20,50"), "no width"));
}

TEST_CASE("render command line with every option") {
    app::Options o = goodCommandLine(
        {"render", "--data", "some/dir", "--size", "64x48", "-o", "out.png", "--bbox", "20,35,90,60"});
    CHECK(o.verb == "render");
    REQUIRE(o.data.has_value());
    CHECK(*o.data == "some/dir");
    REQUIRE(o.size.has_value());
    CHECK(o.size->width == 64);
    CHECK(o.size->height == 48);
    REQUIRE(o.output.has_value());
    CHECK(*o.output == "out.png");
    CHECK(o.bbox.has_value());
}

TEST_CASE("render without --size renders 1920x1080") {
    app::Options o = goodCommandLine({"render", "--output", "frame.png"});
    REQUIRE(o.size.has_value());
    CHECK(o.size->width == 1920);
    CHECK(o.size->height == 1080);
}

TEST_CASE("--help and --version need no verb and no output") {
    CHECK(goodCommandLine({"--help"}).help);
    CHECK(goodCommandLine({"-h"}).help);
    CHECK(goodCommandLine({"--version"}).version);
    CHECK(goodCommandLine({}).verb.empty());
}

TEST_CASE("command line errors name the argument") {
    CHECK(commandLineError({"--frobnicate"}) == "unknown option '--frobnicate'");
    CHECK(commandLineError({"render", "-x", "-o", "a.png"}) == "unknown option '-x'");
    CHECK(commandLineError({"draw"}) == "unknown command 'draw'");
    CHECK(commandLineError({"render", "render", "-o", "a.png"}) == "unknown command 'render'");
    CHECK(commandLineError({"render", "-o", "a.png", "--size"}) == "--size: needs a value");
    CHECK(commandLineError({"--data"}) == "--data: needs a value");
}

TEST_CASE("render needs -o with a .png file name") {
    CHECK(contains(commandLineError({"render"}), "needs -o FILE.png"));
    CHECK(contains(commandLineError({"render", "--size", "64x48"}), "needs -o FILE.png"));
    std::string jpeg = commandLineError({"render", "-o", "frame.jpg"});
    CHECK(contains(jpeg, "-o frame.jpg"));
    CHECK(contains(jpeg, "must end in .png"));
    CHECK(contains(commandLineError({"render", "-o", "frame"}), "must end in .png"));
}

TEST_CASE("bad option values on the command line carry the parser's message") {
    CHECK(contains(commandLineError({"render", "--size", "0x0", "-o", "a.png"}), "--size '0x0'"));
    CHECK(contains(commandLineError({"render", "--bbox", "1,2,3", "-o", "a.png"}), "--bbox '1,2,3'"));
}

TEST_CASE("render's options without the render verb are refused") {
    for (const std::vector<std::string>& arguments :
         {std::vector<std::string>{"-o", "a.png"}, {"--size", "64x48"}, {"--bbox", "20,35,90,60"}})
        CHECK(contains(commandLineError(arguments), "belong to the render command"));
}
