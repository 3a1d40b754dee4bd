// tests/export/export_frames_test.cpp: what `export` writes: byte-identical repeats, frames equal
// to `render` at the same instant, --frames parts that join into the whole, and MP4 frame count
// and duration read back with ffprobe.
#include <cmath>
#include <cstdio>

#include "export/png_file.hpp"
#include "export_test_support.hpp"

using namespace atlas;
using namespace atlas::test;

namespace {

// Four frames of Almaty in January 2022, every other day, at 160x90.
std::vector<std::string> smallExport(const fs::path& output, std::vector<std::string> more = {}) {
    std::vector<std::string> arguments = {"export", "--episode", "almaty-2022", "--from", "2022-01-05", "--to",
                                          "2022-01-11", "--size", "160x90", "--fps", "4", "--duration", "1s",
                                          "-o", output.string()};
    arguments.insert(arguments.end(), more.begin(), more.end());
    return arguments;
}

std::string folderArg(const fs::path& folder) { return folder.string() + "/"; }

core::Image readImage(const fs::path& path) {
    std::string error;
    auto image = exporting::readPng(path, error);
    REQUIRE_MESSAGE(image, error);
    return *image;
}

} // namespace

TEST_CASE("two exports of the same range are byte-identical") {
    fs::path dir = freshFolder("determinism");
    REQUIRE(runAtlas(smallExport(folderArg(dir / "a"))).exitCode == 0);
    REQUIRE(runAtlas(smallExport(folderArg(dir / "b"))).exitCode == 0);
    CHECK(fileNames(dir / "a") ==
          std::vector<std::string>{"frame_00000.png", "frame_00001.png", "frame_00002.png", "frame_00003.png"});
    checkSameFiles(dir / "a", dir / "b");
}

TEST_CASE("an exported frame equals `render` of the same instant and size") {
    fs::path dir = freshFolder("equals_render");
    // Five frames an hour apart: frame 2 shows 2022-01-06T02:00.
    RunResult exported = runAtlas({"export", "--episode", "almaty-2022", "--from", "2022-01-06T00:00", "--to",
                                   "2022-01-06T04:00", "--size", "160x90", "--fps", "5", "--duration", "1s", "-o",
                                   folderArg(dir / "frames")});
    REQUIRE_MESSAGE(exported.exitCode == 0, exported.err);
    RunResult rendered = runAtlas({"render", "--episode", "almaty-2022", "--at", "2022-01-06T02:00", "--size", "160x90",
                                   "-o", (dir / "render.png").string()});
    REQUIRE_MESSAGE(rendered.exitCode == 0, rendered.err);
    core::Image frame = readImage(dir / "frames" / "frame_00002.png");
    core::Image render = readImage(dir / "render.png");
    CHECK(frame.width == 160);
    CHECK(frame.height == 90);
    CHECK(frame.rgba == render.rgba);
}

TEST_CASE("--frames parts written into one folder join into the whole export") {
    fs::path dir = freshFolder("parts");
    REQUIRE(runAtlas(smallExport(folderArg(dir / "whole"))).exitCode == 0);
    RunResult first = runAtlas(smallExport(folderArg(dir / "joined"), {"--frames", "0-1"}));
    REQUIRE_MESSAGE(first.exitCode == 0, first.err);
    CHECK(fileNames(dir / "joined") == std::vector<std::string>{"frame_00000.png", "frame_00001.png"});
    RunResult second = runAtlas(smallExport(folderArg(dir / "joined"), {"--frames", "2-3"}));
    REQUIRE_MESSAGE(second.exitCode == 0, second.err);
    checkSameFiles(dir / "whole", dir / "joined");
}

TEST_CASE("--transparent frames have no sea: some pixels are clear, the land is opaque") {
    fs::path dir = freshFolder("transparent");
    REQUIRE(runAtlas(smallExport(folderArg(dir), {"--frames", "0-0", "--transparent"})).exitCode == 0);
    core::Image frame = readImage(dir / "frame_00000.png");
    int clear = 0, opaque = 0;
    for (std::size_t i = 3; i < frame.rgba.size(); i += 4) {
        clear += frame.rgba[i] == 0;
        opaque += frame.rgba[i] == 255;
    }
    CHECK(clear > 0);
    CHECK(opaque > 0);
}

TEST_CASE("an MP4 export has duration x fps frames and the duration asked for") {
    fs::path dir = freshFolder("mp4");
    fs::path video = dir / "almaty.mp4";
    RunResult r = runAtlas(smallExport(video, {"--fps", "10"}));
    REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    CHECK(fs::exists(video));
    CHECK_FALSE(fs::exists(dir / "almaty.mp4.partial"));
    if (std::system("command -v ffprobe >/dev/null 2>&1") != 0) {
        MESSAGE("ffprobe is not installed: frame count and duration not checked");
        return;
    }
    std::string probe = "ffprobe -v error -select_streams v:0 -count_frames -show_entries stream=nb_read_frames,codec_name,"
                        "pix_fmt,width,height -of default=noprint_wrappers=1 " + quoted(video.string());
    std::string frames = firstLine(probe + " | grep nb_read_frames");
    CHECK(frames == "nb_read_frames=10");
    CHECK(firstLine(probe + " | grep codec_name") == "codec_name=h264");
    CHECK(firstLine(probe + " | grep pix_fmt") == "pix_fmt=yuv420p");
    std::string duration = firstLine("ffprobe -v error -show_entries format=duration -of csv=p=0 " + quoted(video.string()));
    CHECK(std::abs(std::stod(duration.empty() ? "0" : duration) - 1.0) < 0.01);
}

TEST_CASE("--progress-lines reports every frame on its own line, terminal or not") {
    fs::path dir = freshFolder("progress_lines");
    RunResult r = runAtlas(smallExport(folderArg(dir / "frames"), {"--progress-lines"}));
    REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    CHECK(contains(r.err, "frame 4/4 "));
    CHECK(contains(r.err, " left\n"));
    CHECK_FALSE(contains(r.err, "\r"));
}

TEST_CASE("--map-box frames the projected box it is given: the same box the same frame, a wider box another") {
    fs::path dir = freshFolder("map_box");
    // A box of the frame's aspect: it fills the frame edge to edge, as the window showed it.
    RunResult r = runAtlas({"export", "--from", "2022-01-06", "--to", "2022-01-06", "--duration", "1s", "--fps", "1", "--size",
                            "160x90", "--map-box", "-1600000,-900000,1600000,900000", "-o", folderArg(dir / "a")});
    REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    RunResult same = runAtlas({"export", "--from", "2022-01-06", "--to", "2022-01-06", "--duration", "1s", "--fps", "1",
                               "--size", "160x90", "--map-box", "-1600000,-900000,1600000,900000", "-o", folderArg(dir / "b")});
    REQUIRE(same.exitCode == 0);
    checkSameFiles(dir / "a", dir / "b");
    RunResult wider = runAtlas({"export", "--from", "2022-01-06", "--to", "2022-01-06", "--duration", "1s", "--fps", "1",
                                "--size", "160x90", "--map-box", "-3200000,-1800000,3200000,1800000", "-o", folderArg(dir / "c")});
    REQUIRE(wider.exitCode == 0);
    CHECK(readFile(dir / "a" / "frame_00000.png") != readFile(dir / "c" / "frame_00000.png"));
}
