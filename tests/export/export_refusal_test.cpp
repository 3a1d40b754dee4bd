// tests/export/export_refusal_test.cpp: every request `export` refuses exits 2 with a message
// that says what is wrong, and leaves nothing under a final name.
#include <unistd.h>

#include "export_test_support.hpp"

using namespace atlas::test;

namespace {

std::vector<std::string> request(const std::string& output, const std::string& size = "160x90",
                                 const std::string& from = "2022-01-05", const std::string& to = "2022-01-07") {
    return {"export", "--from", from, "--to", to, "--size", size, "--fps", "2", "--duration", "1s", "-o", output};
}

void checkRefused(const RunResult& r, const std::string& message) {
    CHECK(r.exitCode == 2);
    CHECK_MESSAGE(contains(r.err, message), r.err);
}

} // namespace

TEST_CASE("a size of 0 or over 7680x4320 is refused") {
    fs::path dir = freshFolder("refuse_size");
    checkRefused(runAtlas(request((dir / "f").string() + "/", "0x90")), "between 1 and");
    checkRefused(runAtlas(request((dir / "f").string() + "/", "7682x4320")), "at most 7680x4320");
    checkRefused(runAtlas(request((dir / "f").string() + "/", "7680x4322")), "at most 7680x4320");
    CHECK_FALSE(fs::exists(dir / "f"));
}

TEST_CASE("a range outside the story (before 1992, after today) is refused") {
    fs::path dir = freshFolder("refuse_range");
    checkRefused(runAtlas(request((dir / "f").string() + "/", "160x90", "1991-12-31", "2022-01-07")),
                 "1991-12-31 is outside the story");
    checkRefused(runAtlas(request((dir / "f").string() + "/", "160x90", "2022-01-05", "2099-01-01")),
                 "2099-01-01 is outside the story");
    CHECK_FALSE(fs::exists(dir / "f"));
}

TEST_CASE("an output folder that cannot be created or written is refused") {
    fs::path dir = freshFolder("refuse_folder");
    std::ofstream(dir / "plain_file") << "not a folder";
    checkRefused(runAtlas(request((dir / "plain_file" / "frames").string() + "/")), "cannot create the folder");
    checkRefused(runAtlas(request((dir / "plain_file").string())), "is not a folder");
    checkRefused(runAtlas(request((dir / "missing" / "video.mp4").string())), "does not exist");
    checkRefused(runAtlas(request((dir / "frames.gif").string())), "ending in .mp4");
}

TEST_CASE("an existing output is refused unless --overwrite") {
    fs::path dir = freshFolder("refuse_existing");
    std::ofstream(dir / "video.mp4") << "an older video";
    checkRefused(runAtlas(request((dir / "video.mp4").string())), "add --overwrite");
    CHECK(readFile(dir / "video.mp4") == "an older video");

    fs::create_directories(dir / "frames");
    std::ofstream(dir / "frames" / "frame_00001.png") << "an older frame";
    checkRefused(runAtlas(request((dir / "frames").string() + "/")), "--resume");
    CHECK(readFile(dir / "frames" / "frame_00001.png") == "an older frame");
    CHECK(fileNames(dir / "frames") == std::vector<std::string>{"frame_00001.png"});

    std::vector<std::string> overwrite = request((dir / "video.mp4").string());
    overwrite.push_back("--overwrite");
    RunResult r = runAtlas(overwrite);
    CHECK_MESSAGE(r.exitCode == 0, r.err);
    CHECK(readFile(dir / "video.mp4") != "an older video");
}

TEST_CASE("MP4 needs an even size, no alpha and ffmpeg; PNG frames work without ffmpeg") {
    fs::path dir = freshFolder("refuse_mp4");
    checkRefused(runAtlas(request((dir / "odd.mp4").string(), "161x90")), "even width and height");
    std::vector<std::string> transparent = request((dir / "alpha.mp4").string());
    transparent.push_back("--transparent");
    checkRefused(runAtlas(transparent), "no alpha");
    fs::create_directories(dir / "empty_path");
    std::string noFfmpeg = "PATH=" + (dir / "empty_path").string();
    checkRefused(runAtlas(request((dir / "video.mp4").string()), {noFfmpeg}), "apt-get install ffmpeg");
    CHECK(fileNames(dir) == std::vector<std::string>{"empty_path"});
    RunResult frames = runAtlas(request((dir / "frames").string() + "/"), {noFfmpeg});
    CHECK_MESSAGE(frames.exitCode == 0, frames.err);
    CHECK(fileNames(dir / "frames") == std::vector<std::string>{"frame_00000.png", "frame_00001.png"});
}

TEST_CASE("--frames outside the range, and options of other verbs, are usage errors") {
    fs::path dir = freshFolder("refuse_usage");
    std::vector<std::string> outside = request((dir / "f").string() + "/");
    outside.insert(outside.end(), {"--frames", "1-2"});
    checkRefused(runAtlas(outside), "frames 0-1");
    checkRefused(runAtlas({"render", "-o", (dir / "x.png").string(), "--fps", "30"}), "--fps belongs to the export command");
    checkRefused(runAtlas({"export", "--from", "2022-01-05", "-o", (dir / "f").string() + "/"}), "needs --from TIME and --to TIME");
    CHECK_FALSE(fs::exists(dir / "f"));
}
