// tests/export/chapter_export_test.cpp: `export --chapter`: as many frames as the chapter lasts,
// the captions as subtitles beside a video, and a chapter's frames the same whether it is
// exported alone or within the whole story.
#include <doctest/doctest.h>

#include "core/presentation/story_frames.hpp"
#include "session/map_session.hpp"
#include "session/story_session.hpp"
#include "export_test_support.hpp"
#include "io/story_file.hpp"

namespace {

using namespace atlas;
using namespace atlas::test;

constexpr int kWidth = 320, kHeight = 180;

// The frame counts of the built-in chapters at this size and rate: [first, count) of each.
struct ChapterFrames {
    int first = 0;
    int count = 0;
};

ChapterFrames framesOf(const std::string& id, int fps) {
    core::Diagnostics diagnostics;
    auto session = session::loadSession(ATLAS_GEODATA_DIR, diagnostics);
    core::Loaded<core::Story> story = session::loadStoryFolder(ATLAS_GEODATA_DIR);
    REQUIRE(session);
    REQUIRE(story.value);
    core::Loaded<core::Presentation> presentation = io::loadStoryFile(io::builtInStoryFile(ATLAS_GEODATA_DIR), *story.value);
    REQUIRE(presentation.value);
    core::Viewport viewport{kWidth, kHeight, 0.5};
    core::PresentationPlan plan(*presentation.value, *session->projection, viewport);
    for (int i = 0; i < plan.count(); ++i)
        if (plan.chapter(i).id == id)
            return {core::StoryFrames(plan, 0, i, fps).count() - core::StoryFrames(plan, i, i, fps).count(),
                    core::StoryFrames(plan, i, i, fps).count()};
    FAIL("no chapter " << id);
    return {};
}

std::vector<std::string> chapterExport(const std::string& chapter, const fs::path& output, std::vector<std::string> more) {
    std::vector<std::string> arguments = {"export", "--chapter", chapter, "--size", "320x180", "-o", output.string()};
    arguments.insert(arguments.end(), more.begin(), more.end());
    return arguments;
}

} // namespace

TEST_CASE("a chapter exported to MP4 lasts its length, with its title and caption as subtitles") {
    fs::path dir = freshFolder("chapter_mp4");
    fs::path video = dir / "sites.mp4";
    RunResult r = runAtlas(chapterExport("almaty-sites", video, {"--fps", "2"}));
    REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    std::string srt = readFile(dir / "sites.srt");
    CHECK(srt.rfind("1\n00:00:00,000 --> ", 0) == 0);
    CHECK(contains(srt, "\nSites secured\n\n2\n"));
    CHECK(contains(srt, "The force's main task is to guard key sites"));
    CHECK_FALSE(contains(srt, "\n3\n"));
    if (std::system("command -v ffprobe >/dev/null 2>&1") != 0) {
        MESSAGE("ffprobe is not installed: frame count not checked");
        return;
    }
    std::string frames = firstLine("ffprobe -v error -select_streams v:0 -count_frames -show_entries stream=nb_read_frames "
                                   "-of csv=p=0 " + quoted(video.string()));
    CHECK(frames == std::to_string(framesOf("almaty-sites", 2).count));
}

TEST_CASE("a chapter's frames are the same alone, again, and within the whole story") {
    fs::path dir = freshFolder("chapter_frames");
    ChapterFrames frames = framesOf("osh-2010", 4);
    int k = frames.count / 2; // mid-playback
    std::string alone = std::to_string(k) + "-" + std::to_string(k);
    std::string within = std::to_string(frames.first + k) + "-" + std::to_string(frames.first + k);
    REQUIRE(runAtlas(chapterExport("osh-2010", dir / "a/", {"--fps", "4", "--frames", alone})).exitCode == 0);
    REQUIRE(runAtlas(chapterExport("2", dir / "b/", {"--fps", "4", "--frames", alone})).exitCode == 0);
    REQUIRE(runAtlas(chapterExport("all", dir / "c/", {"--fps", "4", "--frames", within})).exitCode == 0);
    char name[32];
    std::snprintf(name, sizeof name, "frame_%05d.png", k);
    std::string first = readFile(dir / "a" / name);
    REQUIRE_FALSE(first.empty());
    CHECK(first == readFile(dir / "b" / name));
    std::snprintf(name, sizeof name, "frame_%05d.png", frames.first + k);
    CHECK(first == readFile(dir / "c" / name));
}

TEST_CASE("export --chapter refuses an unknown chapter and a broken story file") {
    fs::path dir = freshFolder("chapter_refusals");
    RunResult unknown = runAtlas(chapterExport("nowhere", dir / "x/", {}));
    CHECK(unknown.exitCode == 2);
    CHECK(contains(unknown.err, "--chapter 'nowhere': no such chapter"));
    CHECK(contains(unknown.err, "osh-2010"));
    RunResult number = runAtlas(chapterExport("12", dir / "x/", {}));
    CHECK(number.exitCode == 2);
    CHECK(contains(number.err, "the story has chapters 1 to 9"));
    std::ofstream(dir / "broken.toml") << "title = \"x\"\n";
    RunResult broken = runAtlas(chapterExport("1", dir / "x/", {"--story", (dir / "broken.toml").string()}));
    CHECK(broken.exitCode == 2);
    CHECK(contains(broken.err, "broken.toml:1: no chapters"));
    CHECK_FALSE(fs::exists(dir / "x"));
}
