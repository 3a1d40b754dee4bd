// tests/core/story_frames_test.cpp: a presentation laid out for a viewport (core::PresentationPlan:
// chapter cameras, flights between them, timings) and cut into video frames with subtitles
// (core::StoryFrames), on a hand-made presentation and a linear projection; plus the story
// layers' names (core::storyLayerNames, core::layersNamed).
#include <doctest/doctest.h>

#include <chrono>
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include "core/presentation/presentation_plan.hpp"
#include "core/presentation/story_frames.hpp"
#include "core/story/story_layers.hpp"

using namespace atlas::core;
using namespace std::chrono;

namespace {

constexpr double kScale = 1e5; // projected metres per degree
constexpr int kFps = 25;
const Viewport kViewport{1280, 720, 1};

// x = lon * 1e5, y = lat * 1e5.
class LinearProjection final : public Projection {
public:
    std::optional<Vec2> forward(LonLat p) const override { return Vec2{p.lon * kScale, p.lat * kScale}; }
    std::optional<LonLat> inverse(Vec2 p) const override { return LonLat{p.x / kScale, p.y / kScale}; }
    double centralMeridian() const override { return 0; }
};

Chapter chapter(std::string id, ChapterPlay play, sys_days begin, sys_days end, double seconds, GeoView view,
                std::vector<std::string> caption) {
    Chapter c;
    c.title = "Title of " + id;
    c.id = std::move(id);
    c.play = play;
    c.begin = begin;
    c.end = end;
    c.seconds = seconds;
    c.view = view;
    c.caption = std::move(caption);
    return c;
}

// Four chapters: fixed, playback, holds, and a playback in the same view as the one before it.
Presentation tinyPresentation() {
    Presentation p;
    p.title = "Tiny";
    p.chapters.push_back(chapter("start", ChapterPlay::Fixed, sys_days{2010y / June / 1}, sys_days{2010y / June / 1}, 3,
                                 {{60, 35}, {80, 45}}, {"One line."}));
    p.chapters.push_back(chapter("play", ChapterPlay::Playback, sys_days{2021y / May / 1}, sys_days{2021y / May / 31}, 5,
                                 {{40, 37}, {50, 42}}, {"First line.", "Second line."}));
    Chapter holds = chapter("hold", ChapterPlay::Holds, sys_days{2022y / January / 2}, sys_days{2022y / January / 12}, 4,
                            {{70, 40}, {90, 52}}, {"Held."});
    holds.holdSeconds = 1.5;
    holds.holds = {sys_days{2022y / January / 5}, sys_days{2022y / January / 7}};
    p.chapters.push_back(holds);
    p.chapters.push_back(chapter("same", ChapterPlay::Playback, sys_days{2022y / January / 12}, sys_days{2022y / January / 20},
                                 2, {{70, 40}, {90, 52}}, {}));
    return p;
}

struct Fixture {
    Presentation presentation = tinyPresentation();
    LinearProjection projection;
    PresentationPlan plan{presentation, projection, kViewport};
};

PresentationPosition at(int chapterIndex, double seconds) { return {chapterIndex, seconds, std::nullopt, std::nullopt}; }

double chapterLength(const PresentationPlan& plan, int index) { return plan.timing(at(index, 0)).length(); }

int expectedFrames(const PresentationPlan& plan, int first, int last, int fps) {
    int frames = 0;
    for (int i = first; i <= last; ++i) frames += int(std::floor(chapterLength(plan, i) * fps)) + 1;
    return frames;
}

void checkSameCamera(const Camera& actual, const Camera& expected) {
    CHECK(actual.center().x == doctest::Approx(expected.center().x));
    CHECK(actual.center().y == doctest::Approx(expected.center().y));
    CHECK(actual.metresPerPixel() == doctest::Approx(expected.metresPerPixel()));
}

std::vector<std::string_view> names(std::initializer_list<std::string_view> list) { return list; }

} // namespace

TEST_CASE("a chapter's camera frames its view in the viewport") {
    Fixture f;
    Camera camera = f.plan.camera(1); // view 40..50 E, 37..42 N
    CHECK(camera.center().x == doctest::Approx(45 * kScale));
    CHECK(camera.center().y == doctest::Approx(39.5 * kScale));
    // The view fits with a margin: its width and height are both inside, one of them just.
    double width = 10 * kScale / camera.metresPerPixel(), height = 5 * kScale / camera.metresPerPixel();
    CHECK(width < kViewport.width);
    CHECK(height < kViewport.height);
    CHECK(std::max(width / kViewport.width, height / kViewport.height) > 0.85);
    CHECK(f.plan.count() == 4);
    CHECK(f.plan.chapter(2).id == "hold");
}

TEST_CASE("a chapter ends at its camera, at its start when fixed and its end when it plays") {
    Fixture f;
    for (int i = 0; i < f.plan.count(); ++i) {
        CAPTURE(i);
        FlightStart end = f.plan.end(i);
        checkSameCamera(end.camera, f.plan.camera(i));
        const Chapter& c = f.plan.chapter(i);
        CHECK(end.time == (c.play == ChapterPlay::Fixed ? c.begin : c.end));
    }
}

TEST_CASE("the flight into a chapter starts at the previous chapter's camera and time") {
    Fixture f;
    CameraFlight flight = f.plan.flight(at(1, 0));
    checkSameCamera(flight.at(0), f.plan.camera(0));
    checkSameCamera(flight.at(1), f.plan.camera(1));
    ChapterTiming timing = f.plan.timing(at(1, 0));
    CHECK(timing.at(0).time == f.plan.chapter(0).begin);
    CHECK(timing.length() == doctest::Approx(std::max(1.2, flight.seconds()) + ChapterTiming::kTitleSeconds + 5 +
                                             ChapterTiming::kEndSeconds));
    // The camera along the way follows the flight, from the old view to the new one.
    checkSameCamera(f.plan.cameraAt(at(1, 0)), f.plan.camera(0));
    checkSameCamera(f.plan.cameraAt(at(1, timing.length())), f.plan.camera(1));
}

TEST_CASE("the first chapter has no flight; a chapter in the same view still takes a short one") {
    Fixture f;
    CHECK(chapterLength(f.plan, 0) ==
          doctest::Approx(ChapterTiming::kTitleSeconds + 3 + ChapterTiming::kEndSeconds));
    checkSameCamera(f.plan.cameraAt(at(0, 0)), f.plan.camera(0));
    // Chapter 3 has chapter 2's view: no distance to fly, but time still moves on for 1.2 s.
    CHECK(f.plan.flight(at(3, 0)).seconds() == 0);
    CHECK(chapterLength(f.plan, 3) ==
          doctest::Approx(PresentationPlan::kShortestFlightSeconds + ChapterTiming::kTitleSeconds + 2 + ChapterTiming::kEndSeconds));
    ChapterTiming timing = f.plan.timing(at(3, 0));
    CHECK(timing.at(0).time == f.plan.chapter(2).end);
    CHECK(timing.at(0).flight == 0);
}

TEST_CASE("a jump or the presenter's own view replaces the previous chapter's end") {
    Fixture f;
    FlightStart elsewhere{Camera({0, 0}, 5000), sys_days{2000y / January / 1}};
    PresentationPosition jumped{2, 0, elsewhere, std::nullopt};
    checkSameCamera(f.plan.flight(jumped).at(0), elsewhere.camera);
    CHECK(f.plan.timing(jumped).at(0).time == elsewhere.time);
    checkSameCamera(f.plan.cameraAt(jumped), elsewhere.camera);
    Camera own({123, 456}, 789);
    PresentationPosition panned{2, 3, std::nullopt, own};
    checkSameCamera(f.plan.cameraAt(panned), own);
}

TEST_CASE("story frames: one more frame per chapter than whole frames in its length") {
    Fixture f;
    for (int fps : {1, 24, kFps, 60}) {
        CAPTURE(fps);
        CHECK(StoryFrames(f.plan, 0, 3, fps).count() == expectedFrames(f.plan, 0, 3, fps));
        CHECK(StoryFrames(f.plan, 2, 2, fps).count() == expectedFrames(f.plan, 2, 2, fps));
        CHECK(StoryFrames(f.plan, 1, 3, fps).count() == expectedFrames(f.plan, 1, 3, fps));
    }
}

TEST_CASE("story frames start at the first chapter and cross chapter boundaries in order") {
    Fixture f;
    for (int first : {0, 1, 2}) {
        CAPTURE(first);
        StoryFrames frames(f.plan, first, 3, kFps);
        PresentationPosition start = frames.position(0);
        CHECK(start.chapter == first);
        CHECK(start.seconds == 0);
        CHECK_FALSE(start.start.has_value());
        CHECK_FALSE(start.camera.has_value());
        int chapter = first;
        double previous = -1;
        for (int i = 0; i < frames.count(); ++i) {
            PresentationPosition p = frames.position(i);
            if (p.chapter != chapter) {
                CHECK(p.chapter == chapter + 1);
                CHECK(previous == doctest::Approx(std::floor(chapterLength(f.plan, chapter) * kFps) / kFps));
                CHECK(p.seconds == 0);
                chapter = p.chapter;
            } else if (i > 0) {
                CHECK(p.seconds == doctest::Approx(previous + 1.0 / kFps));
            }
            previous = p.seconds;
        }
        CHECK(chapter == 3);
        // The last frame shows the last chapter's still end, within a frame of its length.
        PresentationPosition last = frames.position(frames.count() - 1);
        CHECK(last.seconds > chapterLength(f.plan, 3) - 1.0 / kFps);
        CHECK(last.seconds <= chapterLength(f.plan, 3));
        CHECK(f.plan.timing(last).at(last.seconds).time == f.plan.chapter(3).end);
    }
}

TEST_CASE("story frames past the end stay at the last chapter's end") {
    Fixture f;
    StoryFrames frames(f.plan, 0, 1, kFps);
    PresentationPosition after = frames.position(frames.count() + 10);
    CHECK(after.chapter == 1);
    CHECK(after.seconds == doctest::Approx(chapterLength(f.plan, 1)));
}

TEST_CASE("subtitles: each chapter's title, then its caption, back to back to the last frame") {
    Fixture f;
    StoryFrames frames(f.plan, 0, 2, kFps);
    std::vector<Subtitle> subtitles = frames.subtitles();
    REQUIRE(subtitles.size() == 6);
    std::size_t cue = 0;
    for (int i = 0; i <= 2; ++i) {
        CAPTURE(i);
        const Chapter& c = f.plan.chapter(i);
        ChapterTiming timing = f.plan.timing(at(i, 0));
        const Subtitle& title = subtitles[cue++];
        CHECK(title.text == c.title);
        CHECK(title.to - title.from == doctest::Approx(timing.length() - timing.playbackAndEndSeconds()));
        const Subtitle& caption = subtitles[cue++];
        CHECK(caption.from == doctest::Approx(title.to));
        CHECK(caption.to - caption.from >= timing.playbackAndEndSeconds());
    }
    CHECK(subtitles[3].text == "First line.\nSecond line.");
    CHECK(subtitles.front().from == 0);
    for (std::size_t i = 0; i < subtitles.size(); ++i) {
        CAPTURE(i);
        CHECK(subtitles[i].from < subtitles[i].to);
        if (i > 0) CHECK(subtitles[i].from >= subtitles[i - 1].to - 1e-9);
        if (i > 0) CHECK(subtitles[i].from == doctest::Approx(subtitles[i - 1].to)); // no gaps either
    }
    CHECK(subtitles.back().to == doctest::Approx(double(frames.count()) / kFps));
}

TEST_CASE("subtitles of a chapter without a caption: its title only, until the caption would come") {
    Fixture f;
    StoryFrames frames(f.plan, 2, 3, kFps);
    std::vector<Subtitle> subtitles = frames.subtitles();
    REQUIRE(subtitles.size() == 3);
    CHECK(subtitles[2].text == "Title of same");
    CHECK(subtitles[2].from == doctest::Approx(subtitles[1].to));
    ChapterTiming timing = f.plan.timing(at(3, 0));
    CHECK(subtitles[2].to == doctest::Approx(subtitles[2].from + timing.length() - timing.playbackAndEndSeconds()));
}

TEST_CASE("subtitles of one chapter start at zero and cover its frames") {
    Fixture f;
    StoryFrames frames(f.plan, 1, 1, kFps);
    std::vector<Subtitle> subtitles = frames.subtitles();
    REQUIRE(subtitles.size() == 2);
    CHECK(subtitles[0].from == 0);
    CHECK(subtitles[0].text == "Title of play");
    CHECK(subtitles[1].to == doctest::Approx(double(frames.count()) / kFps));
}

TEST_CASE("story layer names are the seven switchable layers") {
    std::vector<std::string_view> known(storyLayerNames().begin(), storyLayerNames().end());
    CHECK(known == names({"members", "requests", "deployments", "sites", "regions", "labels", "legend"}));
}

TEST_CASE("layersNamed turns on only the named layers and keeps the date, sources and scale bar") {
    std::vector<std::string_view> chosen = names({"members", "labels", "legend"});
    std::optional<StoryLayers> layers = layersNamed(chosen);
    REQUIRE(layers.has_value());
    CHECK(layers->members);
    CHECK(layers->placeLabels);
    CHECK(layers->legend);
    CHECK_FALSE(layers->requests);
    CHECK_FALSE(layers->deployments);
    CHECK_FALSE(layers->sites);
    CHECK_FALSE(layers->regions);
    CHECK(layers->date);
    CHECK(layers->sources);
    CHECK(layers->scaleBar);

    std::optional<StoryLayers> all = layersNamed(storyLayerNames());
    REQUIRE(all.has_value());
    CHECK(*all == StoryLayers{});

    std::optional<StoryLayers> none = layersNamed({});
    REQUIRE(none.has_value());
    CHECK_FALSE(none->members);
    CHECK_FALSE(none->placeLabels);
    CHECK(none->date);
}

TEST_CASE("layersNamed gives nothing when any name is unknown") {
    for (auto list : {names({"rivers"}), names({"members", "Labels"}), names({"members", ""}), names({"placeLabels"})}) {
        CAPTURE(list.size());
        CHECK_FALSE(layersNamed(list).has_value());
    }
}
