// tests/export/editor_video_test.cpp: video for editors: `-o FILE.mov` writes ProRes 4444 with a
// real alpha channel under --transparent (the sea clear, the land opaque) and opaque ProRes 422 HQ
// without; every video gets its .srt, an export over time the events as they appear. Read back
// with ffprobe and ffmpeg.
#include <doctest/doctest.h>

#include "core/story/story.hpp"
#include "export/event_subtitles.hpp"
#include "export_test_support.hpp"
#include "session/story_session.hpp"

namespace {

using namespace atlas;
using namespace atlas::test;

// Six frames of Kazakhstan, 5 to 11 January 2022, at 160x90.
std::vector<std::string> movExport(const fs::path& output, std::vector<std::string> more = {}) {
    std::vector<std::string> arguments = {"export", "--episode", "almaty-2022", "--from", "2022-01-05", "--to", "2022-01-11",
                                          "--size", "160x90", "--fps", "6", "--duration", "1s", "-o", output.string()};
    arguments.insert(arguments.end(), more.begin(), more.end());
    return arguments;
}

std::string probe(const fs::path& video, const std::string& field) {
    return firstLine("ffprobe -v error -select_streams v:0 -count_frames -show_entries stream=" + field +
                     " -of default=noprint_wrappers=1:nokey=1 " + quoted(video.string()));
}

// The alpha of frame 0 as ffmpeg decodes it: the count of clear and of opaque pixels.
std::pair<int, int> alphaCounts(const fs::path& video) {
    std::string command = "ffmpeg -v error -i " + quoted(video.string()) +
                          " -frames:v 1 -vf alphaextract -pix_fmt gray -f rawvideo - | od -An -v -tu1";
    std::FILE* pipe = ::popen(command.c_str(), "r");
    REQUIRE(pipe);
    int clear = 0, opaque = 0, value = 0;
    while (std::fscanf(pipe, "%d", &value) == 1) {
        clear += value == 0;
        opaque += value == 255;
    }
    ::pclose(pipe);
    return {clear, opaque};
}

bool haveFfmpeg() { return std::system("command -v ffprobe >/dev/null 2>&1 && command -v ffmpeg >/dev/null 2>&1") == 0; }

} // namespace

TEST_CASE("-o FILE.mov --transparent: ProRes 4444 with alpha, the sea clear and the land opaque") {
    REQUIRE_MESSAGE(haveFfmpeg(), "ffmpeg and ffprobe are needed (apt-get install ffmpeg)");
    fs::path dir = freshFolder("prores_alpha");
    fs::path video = dir / "almaty.mov";
    RunResult r = runAtlas(movExport(video, {"--transparent"}));
    REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    CHECK_FALSE(fs::exists(dir / "almaty.mov.partial"));
    CHECK(probe(video, "codec_name") == "prores");
    CHECK(probe(video, "profile") == "4444");
    CHECK(probe(video, "pix_fmt").rfind("yuva444p", 0) == 0); // decoded at 10 or 12 bits: with alpha
    CHECK(probe(video, "nb_read_frames") == "6");
    auto [clear, opaque] = alphaCounts(video);
    CHECK(clear > 160 * 90 / 20); // the Caspian and the seas around
    CHECK(opaque > 160 * 90 / 2); // the land
}

TEST_CASE("-o FILE.mov without --transparent: opaque ProRes 422 HQ") {
    REQUIRE_MESSAGE(haveFfmpeg(), "ffmpeg and ffprobe are needed (apt-get install ffmpeg)");
    fs::path dir = freshFolder("prores_opaque");
    fs::path video = dir / "almaty.mov";
    RunResult r = runAtlas(movExport(video));
    REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    CHECK(probe(video, "codec_name") == "prores");
    CHECK(probe(video, "profile") == "HQ");
    CHECK(probe(video, "pix_fmt") == "yuv422p10le");
    CHECK(probe(video, "nb_read_frames") == "6");
}

TEST_CASE("an MP4 refuses --transparent and names the formats that keep alpha") {
    fs::path dir = freshFolder("mp4_transparent");
    RunResult r = runAtlas(movExport(dir / "almaty.mp4", {"--transparent"}));
    CHECK(r.exitCode == 2);
    CHECK(contains(r.err, "MP4 has no alpha; --transparent needs ProRes 4444 (-o FILE.mov) or PNG frames"));
}

TEST_CASE("an export over time writes the events as subtitles beside the video, as they appear") {
    fs::path dir = freshFolder("range_srt");
    fs::path video = dir / "almaty.mov";
    RunResult r = runAtlas(movExport(video));
    REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    std::string srt = readFile(dir / "almaty.srt");
    // A day shows at its middle: 5 January at frame 1 of the six (1/6 s), 6 January at frame 2.
    CHECK(srt.rfind("1\n00:00:00,167 --> 00:00:00,333\n", 0) == 0);
    CHECK(contains(srt, "Tokayev asks the CSTO for help — 5 January 2022\n"));
    CHECK(contains(srt, "\n2\n00:00:00,333 --> 00:00:00,500\n"));
    CHECK(contains(srt, "First Russian troops land in Kazakhstan — 6 January 2022\n"));
    CHECK_FALSE(contains(srt, "4 January 2022")); // before the range
}

TEST_CASE("eventSubtitles: one cue per instant, until the next, at most four seconds, never past the end") {
    core::Loaded<core::Story> story = session::loadStoryFolder(ATLAS_GEODATA_DIR);
    REQUIRE(story.value);
    using namespace std::chrono;
    exporting::FrameRange range{sys_days{2022y / 1 / 1}, sys_days{2022y / 1 / 25}, 240};
    std::vector<core::Subtitle> cues = exporting::eventSubtitles(*story.value, range, 10); // 24 s of video
    REQUIRE(cues.size() > 5);
    for (std::size_t i = 0; i < cues.size(); ++i) {
        INFO(cues[i].text);
        CHECK(cues[i].to > cues[i].from);
        CHECK(cues[i].to - cues[i].from <= exporting::kLongestCueSeconds + 1e-9);
        CHECK(cues[i].to <= 24.0 + 1e-9);
        if (i > 0) CHECK(cues[i].from >= cues[i - 1].to - 1e-9);
    }
    // 19 January in Almaty (UTC+6) is at its middle at 06:00 UTC, 18.25 days into 24: frame
    // ceil(18.25/24 x 239) = 182, 18.2 s.
    auto withdrawn = std::find_if(cues.begin(), cues.end(), [](const core::Subtitle& c) { return contains(c.text, "19 January 2022"); });
    REQUIRE(withdrawn != cues.end());
    CHECK(withdrawn->from == doctest::Approx(18.2));
}
