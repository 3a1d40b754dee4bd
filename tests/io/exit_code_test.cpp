// tests/io/exit_code_test.cpp: the real csto-atlas binary: exit status (0 ok, 2 bad input or
// usage) and what it prints, and the PNG that `render` writes.
#include <cstdint>

#include "io_test_support.hpp"
#include "run_binary.hpp"

using namespace atlas;
using namespace atlas::test;

namespace {

namespace fs = std::filesystem;

std::uint32_t bigEndian32(const std::string& bytes, std::size_t at) {
    std::uint32_t value = 0;
    for (std::size_t i = 0; i < 4; ++i) value = value << 8 | static_cast<unsigned char>(bytes[at + i]);
    return value;
}

// Width and height from a PNG's IHDR chunk; fails the test when the file is not a PNG.
std::pair<std::uint32_t, std::uint32_t> pngSize(const fs::path& path) {
    std::string bytes = readFile(path);
    REQUIRE(bytes.size() >= 24);
    REQUIRE(bytes.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0);
    REQUIRE(bytes.compare(12, 4, "IHDR") == 0);
    return {bigEndian32(bytes, 16), bigEndian32(bytes, 20)};
}

std::string fixtureArg(const std::string& name) { return fixture(name).string(); }

} // namespace

TEST_CASE("csto-atlas --version exits 0 and prints its name and version") {
    RunResult r = runAtlas({"--version"});
    CHECK(r.exitCode == 0);
    CHECK(r.out.rfind("csto-atlas ", 0) == 0);
    CHECK(r.out.size() > std::string("csto-atlas \n").size());
    CHECK(r.err.empty());
}

TEST_CASE("csto-atlas --help exits 0 and prints the usage") {
    RunResult r = runAtlas({"--help"});
    CHECK(r.exitCode == 0);
    CHECK(contains(r.out, "Usage: csto-atlas"));
    CHECK(contains(r.out, "render"));
}

TEST_CASE("an unknown option exits 2 and names it") {
    RunResult r = runAtlas({"--frobnicate"});
    CHECK(r.exitCode == 2);
    CHECK(contains(r.err, "unknown option '--frobnicate'"));
}

TEST_CASE("render with a missing data folder exits 2: data folder not found") {
    std::string folder = fixtureArg("no_such_folder");
    fs::remove(outputDir() / "never.png");
    RunResult r = runAtlas({"render", "--data", folder, "-o", (outputDir() / "never.png").string()});
    CHECK(r.exitCode == 2);
    CHECK(contains(r.err, folder + ": data folder not found"));
    CHECK_FALSE(fs::exists(outputDir() / "never.png"));
}

TEST_CASE("render with a countries.shp missing its .dbf exits 2 naming countries.dbf") {
    RunResult r = runAtlas({"render", "--data", fixtureArg("missing_dbf"), "-o", (outputDir() / "never.png").string()});
    CHECK(r.exitCode == 2);
    CHECK(contains(r.err, "error: "));
    CHECK(contains(r.err, "countries.dbf"));
}

TEST_CASE("render of good_minimal at 64x48 exits 0 and writes a 64x48 PNG") {
    fs::path png = outputDir() / "good_minimal_64x48.png";
    fs::remove(png);
    RunResult r = runAtlas({"render", "--data", fixtureArg("good_minimal"), "--size", "64x48", "-o", png.string()});
    CHECK_MESSAGE(r.exitCode == 0, r.err);
    REQUIRE(fs::exists(png));
    auto [width, height] = pngSize(png);
    CHECK(width == 64);
    CHECK(height == 48);
}

TEST_CASE("render --size 0x10 exits 2 naming the size") {
    RunResult r = runAtlas({"render", "--size", "0x10", "-o", (outputDir() / "never.png").string()});
    CHECK(r.exitCode == 2);
    CHECK(contains(r.err, "--size '0x10'"));
}

TEST_CASE("render without -o exits 2") {
    RunResult r = runAtlas({"render", "--data", fixtureArg("good_minimal")});
    CHECK(r.exitCode == 2);
    CHECK(contains(r.err, "-o FILE.png"));
}

TEST_CASE("render with a skipped feature still writes the frame, and exits 2 naming the feature") {
    fs::path png = outputDir() / "empty_geometry.png";
    fs::remove(png);
    RunResult r = runAtlas({"render", "--data", fixtureArg("empty_geometry"), "--size", "64x48", "-o", png.string()});
    CHECK(r.exitCode == 2);
    CHECK(contains(r.err, "warning: "));
    CHECK(contains(r.err, "countries.shp: feature 2 (TJK): empty geometry"));
    CHECK(contains(r.err, "note: "));
    CHECK(fs::exists(png));
}
