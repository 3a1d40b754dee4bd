// tests/app/command_line_test.cpp: app::parseCommandLine, parseFrameSize and parseGeoBox: good
// values parse, and each bad one gives a message that names the argument and what is wrong.
#include <sstream>

#include "app/cli/command_line.hpp"
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

TEST_CASE("an option of other verbs is refused, naming the option and the verbs it belongs to") {
    CHECK(commandLineError({"-o", "a.png"}) == "-o belongs to the render, export and handout commands");
    CHECK(commandLineError({"--size", "64x48"}) == "--size belongs to the render, export and handout commands");
    CHECK(commandLineError({"--bbox", "20,35,90,60"}) == "--bbox belongs to the render and export commands");
    CHECK(commandLineError({"--at", "2010-06"}) ==
          "--at belongs to the render command (export shows --from TIME to --to TIME)");
}

// Presentation verbs: present, story --list and export --chapter.

TEST_CASE("present takes a story file, a chapter and full screen") {
    app::Options o = goodCommandLine({"present", "--story", "talk.toml", "--chapter", "2", "--fullscreen"});
    CHECK(o.verb == "present");
    REQUIRE(o.story.has_value());
    CHECK(*o.story == "talk.toml");
    CHECK(o.chapter == std::optional<std::string>("2"));
    CHECK(o.fullscreen);
    CHECK_FALSE(o.output.has_value());
    CHECK(goodCommandLine({"present"}).verb == "present");
    CHECK_FALSE(goodCommandLine({"present"}).fullscreen);
}

TEST_CASE("story --list lists, story alone is an error") {
    app::Options o = goodCommandLine({"story", "--list"});
    CHECK(o.verb == "story");
    CHECK(o.list);
    CHECK_FALSE(o.story.has_value());
    CHECK(goodCommandLine({"story", "--list", "--story", "mine.toml"}).story == std::optional<std::filesystem::path>("mine.toml"));
    CHECK(commandLineError({"story"}) == "story: expected --list");
    CHECK(commandLineError({"story", "--story", "mine.toml"}) == "story: expected --list");
}

TEST_CASE("presentation options on other verbs are refused") {
    CHECK(commandLineError({"render", "--chapter", "2", "-o", "a.png"}) == "--chapter belongs to the present and export commands");
    CHECK(commandLineError({"--chapter", "2"}) == "--chapter belongs to the present and export commands");
    CHECK(commandLineError({"export", "--chapter", "2", "--fullscreen", "-o", "x.mp4"}) ==
          "--fullscreen belongs to the present command");
    CHECK(commandLineError({"present", "--list"}) == "--list belongs to the story command");
    CHECK(commandLineError({"events", "--story", "mine.toml"}) == "--story belongs to the present, story, export and handout commands");
    CHECK(commandLineError({"present", "--chapter"}) == "--chapter: needs a value");
    CHECK(commandLineError({"present", "--story"}) == "--story: needs a value");
}

TEST_CASE("export --chapter takes the chapter's range and length: fps defaults to 30, no duration") {
    app::Options o = goodCommandLine({"export", "--chapter", "almaty-2022", "-o", "x.mp4"});
    CHECK(o.verb == "export");
    CHECK(o.chapter == std::optional<std::string>("almaty-2022"));
    CHECK(o.fps == std::optional<int>(30));
    CHECK_FALSE(o.durationSeconds.has_value());
    CHECK_FALSE(o.from.has_value());
    CHECK_FALSE(o.to.has_value());
    REQUIRE(o.size.has_value());
    CHECK(o.size->width == 1920);
    CHECK(o.size->height == 1080);
    CHECK(goodCommandLine({"export", "--chapter", "3", "--fps", "60", "--size", "1280x720", "-o", "frames/"}).fps ==
          std::optional<int>(60));
}

TEST_CASE("export --chapter refuses the options that choose a range, a view or a length") {
    for (const std::vector<std::string>& extra :
         {std::vector<std::string>{"--from", "2022-01-01"}, {"--to", "2022-01-20"}, {"--episode", "almaty-2022"},
          {"--bbox", "20,35,90,60"}, {"--duration", "20s"}}) {
        std::vector<std::string> arguments = {"export", "--chapter", "x", "-o", "x.mp4"};
        arguments.insert(arguments.end(), extra.begin(), extra.end());
        CAPTURE(extra[0]);
        CHECK(contains(commandLineError(arguments), "export: --chapter sets the range, view and length"));
    }
    CHECK(contains(commandLineError({"export", "-o", "x.mp4"}), "or --chapter C"));
}

TEST_CASE("--map-box takes the window's view in projected metres, for export only") {
    std::string error;
    auto box = app::parseMapBox("-100.5,2000,3500,4000.25", error);
    REQUIRE(box);
    CHECK(box->minX == -100.5);
    CHECK(box->maxY == 4000.25);
    CHECK_FALSE(app::parseMapBox("10,0,5,1", error));
    CHECK(error == "--map-box '10,0,5,1': MINX must be below MAXX and MINY below MAXY");
    CHECK_FALSE(app::parseMapBox("1,2,3", error));
    CHECK(error == "--map-box '1,2,3': expected four numbers MINX,MINY,MAXX,MAXY");
    auto both = app::parseCommandLine({"export", "--from", "2022-01-01", "--to", "2022-01-02", "--map-box", "0,0,1,1",
                                       "--bbox", "60,40,80,50", "-o", "x/"});
    CHECK(both.error == "export: --bbox, --map-box and --episode each choose the view; give one");
    auto onRender = app::parseCommandLine({"render", "-o", "x.png", "--map-box", "0,0,1,1"});
    CHECK(onRender.error.find("--map-box") != std::string::npos);
    auto lines = app::parseCommandLine({"export", "--from", "2022-01-01", "--to", "2022-01-02", "--progress-lines", "-o", "x/"});
    CHECK(lines.error.empty());
    CHECK(lines.options.progressLines);
}

TEST_CASE("every option --help lists is one the parser reads") {
    std::string help = app::usage();
    std::istringstream lines(help.substr(help.find("Options:\n")));
    int listed = 0;
    for (std::string line; std::getline(lines, line);) {
        if (line.rfind("  --", 0) != 0) continue;
        std::string name = line.substr(2, line.find_first_of(" ,", 2) - 2);
        CAPTURE(name);
        CHECK_FALSE(contains(commandLineError({name}), "unknown option"));
        ++listed;
    }
    CHECK(listed == 24);
}

TEST_CASE("handout takes -o FILE.pdf and the paper as --size A4 or letter; render and export refuse a paper size") {
    app::ParseResult a4 = app::parseCommandLine({"handout", "-o", "story.pdf"});
    CHECK(a4.error.empty());
    CHECK(a4.options.paper == "A4");
    CHECK(app::parseCommandLine({"handout", "--size", "Letter", "-o", "story.pdf"}).options.paper == "letter");
    CHECK(commandLineError({"handout", "-o", "story.png"}) == "handout: -o story.png: the file name must end in .pdf");
    CHECK(commandLineError({"handout"}) == "handout: needs -o FILE.pdf");
    CHECK(commandLineError({"handout", "--size", "640x480", "-o", "s.pdf"}) == "handout: --size takes the paper, A4 or letter");
    CHECK(commandLineError({"render", "--size", "A4", "-o", "a.png"}) == "render: --size A4 is a paper size, for handout; render takes WxH");
}
