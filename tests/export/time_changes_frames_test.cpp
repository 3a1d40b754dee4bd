// tests/export/time_changes_frames_test.cpp: time changes the picture where the story changes and
// nowhere else: `render --at` and `export --from/--to` at instants with events between them differ
// in the story's marks and the date, and agree on the base map; instants with none between them
// give the same pixels.
#include "export/png_file.hpp"
#include "export_test_support.hpp"

using namespace atlas;
using namespace atlas::test;

namespace {

core::Image readImage(const fs::path& path) {
    std::string error;
    auto image = exporting::readPng(path, error);
    REQUIRE_MESSAGE(image, error);
    return *image;
}

core::Image renderAt(const fs::path& dir, const std::string& at) {
    fs::path file = dir / (at + ".png");
    RunResult r = runAtlas({"render", "--episode", "almaty-2022", "--at", at, "--size", "960x540", "--title", "", "-o", file.string()});
    REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    return readImage(file);
}

// The share of pixels that differ within a box given in fractions of the frame.
double differingShare(const core::Image& a, const core::Image& b, double x0 = 0, double y0 = 0, double x1 = 1, double y1 = 1) {
    REQUIRE(a.width == b.width);
    REQUIRE(a.height == b.height);
    long differing = 0, all = 0;
    for (int y = int(y0 * a.height); y < int(y1 * a.height); ++y)
        for (int x = int(x0 * a.width); x < int(x1 * a.width); ++x, ++all)
            differing += !std::equal(a.pixel(x, y), a.pixel(x, y) + 4, b.pixel(x, y));
    return all ? double(differing) / all : 0;
}

// The date in the frame's top left corner, and the frame's western edge (Romania to Syria),
// where the story of January 2022 draws nothing.
struct Box {
    double x0, y0, x1, y1;
};
constexpr Box kDate{0, 0, 0.2, 0.08};
constexpr Box kWest{0, 0.2, 0.08, 0.8};

} // namespace

TEST_CASE("render --at: the deployment changes the story's marks and the date, not the base map") {
    fs::path dir = freshFolder("time_changes_render");
    core::Image before = renderAt(dir, "2022-01-05");
    core::Image after = renderAt(dir, "2022-01-08");
    double whole = differingShare(before, after);
    INFO("share of pixels changed by the deployment: " << whole);
    CHECK(whole > 0.005); // arcs, contingents, sites
    CHECK(whole < 0.25);  // the base map stays
    CHECK(differingShare(before, after, kDate.x0, kDate.y0, kDate.x1, kDate.y1) > 0.02);
    CHECK(differingShare(before, after, kWest.x0, kWest.y0, kWest.x1, kWest.y1) == 0);
}

TEST_CASE("render --at: two hours of a quiet day give the same pixels") {
    fs::path dir = freshFolder("time_quiet_render");
    CHECK(differingShare(renderAt(dir, "2015-06-10T08:00"), renderAt(dir, "2015-06-10T12:00")) == 0);
}

TEST_CASE("export --from/--to: frames differ across the deployment and agree on a quiet day") {
    fs::path dir = freshFolder("time_changes_export");
    auto exportRange = [&](const std::string& name, const std::string& from, const std::string& to) {
        RunResult r = runAtlas({"export", "--episode", "almaty-2022", "--from", from, "--to", to, "--size", "960x540", "--title", "",
                                "--fps", "4", "--duration", "1s", "-o", (dir / name).string() + "/"});
        REQUIRE_MESSAGE(r.exitCode == 0, r.err);
        REQUIRE(fileNames(dir / name).size() == 4);
        return std::pair{readImage(dir / name / "frame_00000.png"), readImage(dir / name / "frame_00003.png")};
    };
    auto [first, last] = exportRange("deployment", "2022-01-05", "2022-01-08");
    CHECK(differingShare(first, last) > 0.005);
    CHECK(differingShare(first, last, kWest.x0, kWest.y0, kWest.x1, kWest.y1) == 0);
    auto [morning, noon] = exportRange("quiet", "2015-06-10T08:00", "2015-06-10T12:00");
    CHECK(differingShare(morning, noon) == 0);
}
