// tests/io/own_data_test.cpp: a data folder other than the built-in one, through the real binary and
// the frame evaluator: the example in docs/examples/steppe-network (its own countries, members,
// episode and story) is accepted by check, story, render and export; a state that leaves takes the
// former members' fill; and a frame past the sources' end says so, for the shipped data too.
#include <doctest/doctest.h>

#include <fstream>

#include <nlohmann/json.hpp>

#include "core/frame/evaluate.hpp"
#include "core/frame/map_style.hpp"
#include "core_test_helpers.hpp"
#include "session/map_session.hpp"
#include "session/story_session.hpp"
#include "story_test_support.hpp"

using namespace atlas;
using namespace atlas::test;
using namespace std::chrono;

namespace {

const std::string kExample = std::string(ATLAS_EXAMPLES_DIR) + "/steppe-network";

std::filesystem::path outputDir() {
    std::filesystem::path dir = std::filesystem::path(ATLAS_TEST_OUTPUT_DIR) / "own_data";
    std::filesystem::create_directories(dir);
    return dir;
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// Every text of a layout report, joined by spaces (the lines of a wrapped text read as one).
std::string reportTexts(const std::filesystem::path& file) {
    std::ifstream in(file);
    REQUIRE(in);
    nlohmann::json report = nlohmann::json::parse(in);
    std::string texts;
    for (const nlohmann::json& item : report["items"])
        if (item.contains("text")) texts += item["text"].get<std::string>() + " ";
    return texts;
}

struct ExampleFrames {
    core::Diagnostics diagnostics;
    std::unique_ptr<session::MapSession> session = session::loadSession(kExample, diagnostics);
    core::Loaded<core::Story> story = session::loadStoryFolder(kExample);
    std::unique_ptr<core::StoryIndex> index;
    FixedWidthText text;

    ExampleFrames() {
        REQUIRE(session);
        REQUIRE(story.value);
        index = std::make_unique<core::StoryIndex>(*story.value, session->data, *session->projection);
    }

    core::Color fillAt(const std::string& iso, sys_seconds time) {
        core::Viewport viewport{800, 500, 1};
        core::Camera camera = core::Camera::fit(session::memberBounds(session->data), viewport);
        core::FrameState frame = core::evaluate(session->data, *index, time, camera, viewport, {*session->projection, text, {}});
        const auto& countries = session->data.countries;
        auto found = std::find_if(countries.begin(), countries.end(), [&](const core::Country& c) { return c.isoA3 == iso; });
        REQUIRE(found != countries.end());
        return frame.countryFills[std::size_t(found - countries.begin())];
    }
};

bool sameColor(const core::Color& a, const core::Color& b) {
    return std::abs(a.r - b.r) < 1e-4f && std::abs(a.g - b.g) < 1e-4f && std::abs(a.b - b.b) < 1e-4f && std::abs(a.a - b.a) < 1e-4f;
}

} // namespace

TEST_CASE("the example folder passes check, with its own episode and members") {
    RunResult r = runAtlas({"check", kExample});
    CHECK_MESSAGE(r.exitCode == 0, r.out << r.err);
    CHECK(has(r.out, "1 source, 1 episode, 5 membership rows, 6 events"));
    RunResult chapters = runAtlas({"story", "--list", "--data", kExample});
    CHECK_MESSAGE(chapters.exitCode == 0, chapters.err);
    CHECK(has(chapters.out, "Bishkek, 2021: a request refused, then an exit  (April 2021 – July 2021"));
}

TEST_CASE("a member that leaves in a later year is drawn as a former member after, each state in the colour of its joining order") {
    ExampleFrames f;
    const core::MembershipTimeline& membership = f.index->membership();
    CHECK(membership.joiningOrder("KAZ") == 0u);
    CHECK(membership.joiningOrder("KGZ") == 1u);
    CHECK(membership.joiningOrder("MNG") == 3u);
    CHECK_FALSE(membership.joiningOrder("CHN"));
    core::MapStyle style;
    core::Color kyrgyz = core::stateFill(1, style);
    CHECK(sameColor(f.fillAt("KGZ", sys_days{year{2020} / 6 / 1}), kyrgyz));
    CHECK(sameColor(f.fillAt("KGZ", sys_days{year{2022} / 6 / 1}), core::mix(kyrgyz, style.land, style.formerMemberMix)));
    CHECK(sameColor(f.fillAt("KAZ", sys_days{year{2022} / 6 / 1}), core::stateFill(0, style)));
    CHECK(sameColor(f.fillAt("CHN", sys_days{year{2022} / 6 / 1}), style.land));
    CHECK(f.session->data.organisation == std::set<std::string, std::less<>>{"KAZ", "KGZ", "MNG", "UZB"});
}

TEST_CASE("render and export take the example's episode; an episode the folder lacks exits 2 naming its episodes") {
    std::filesystem::path png = outputDir() / "bishkek.png", layout = outputDir() / "bishkek.json";
    RunResult render = runAtlas({"render", "--data", kExample, "--episode", "bishkek-2021", "--at", "2021-05-20", "--size", "640x360",
                                 "-o", png.string(), "--layout", layout.string()});
    CHECK_MESSAGE(render.exitCode == 0, render.err);
    std::string texts = reportTexts(layout);
    CHECK(has(texts, "Bishkek's request, 2021")); // the episode's title as the headline
    CHECK(has(texts, "Bishkek"));
    CHECK_FALSE(has(texts, "Sources end"));
    std::filesystem::path frames = outputDir() / "bishkek-frames";
    std::filesystem::remove_all(frames);
    RunResult exported = runAtlas({"export", "--data", kExample, "--episode", "bishkek-2021", "--size", "320x180", "--fps", "2",
                                   "--duration", "2", "-o", (frames / "").string()});
    CHECK_MESSAGE(exported.exitCode == 0, exported.err);
    CHECK(std::distance(std::filesystem::directory_iterator(frames), std::filesystem::directory_iterator{}) == 4);
    RunResult shippedEpisode = runAtlas({"render", "--data", kExample, "--episode", "almaty-2022", "-o", png.string()});
    CHECK(shippedEpisode.exitCode == 2);
    CHECK(has(shippedEpisode.err, "--episode 'almaty-2022': no such episode in the data's episodes.csv; expected one of bishkek-2021"));
}

TEST_CASE("a frame past the date the sources run to says so; one before does not") {
    std::filesystem::path png = outputDir() / "late.png", layout = outputDir() / "late.json";
    auto textsAt = [&](const std::string& data, const std::string& at) {
        RunResult r = runAtlas({"render", "--data", data, "--at", at, "--size", "960x540", "-o", png.string(), "--layout",
                                layout.string()});
        CHECK_MESSAGE(r.exitCode == 0, r.err);
        return reportTexts(layout);
    };
    CHECK(has(textsAt(ATLAS_GEODATA_DIR, "2024-06-01"), "Sources end June 2022; later changes not shown"));
    CHECK_FALSE(has(textsAt(ATLAS_GEODATA_DIR, "2022-06-15"), "Sources end"));
    CHECK(has(textsAt(kExample, "2023-03-01"), "Sources end December 2022; later changes not shown"));
}
