// bench/bench_story.cpp: prints how fast the map plays through time, headless at 1920x1080:
//   a. the Almaty 2022 episode played from its first to its last day in 300 frames, at the
//      episode's view: each frame evaluated at its time and drawn by session::FrameSource (exact,
//      as the window draws while time plays under a still camera: the view's base map drawn once
//      and copied while the fills stay, the story drawn on top) + glFinish, no read-back;
//   b. the shipped story plus 100,000 synthetic events (requests each answered a few days later,
//      clashes, statements at the story's places, 1992-2024): the time to index them (core::StoryIndex), then 300
//      frames sweeping 1992-2024 at the member-state view.
// A first line plays the episode's view with an empty story, for comparison.
// Median and 95th percentile per part, with evaluate and draw split; PASS/MISS against the
// targets (frame p95 < 16 ms, index < 2 s); it never fails on a timing.
#include <epoxy/gl.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

#include "bench_support.hpp"
#include "platform/egl_context.hpp"
#include "render/offscreen_target.hpp"
#include "session/frame_source.hpp"
#include "session/map_session.hpp"
#include "session/story_session.hpp"

using namespace atlas;
using Clock = std::chrono::steady_clock;
using bench::millis;
using bench::percentile;
using bench::verdict;
using std::chrono::sys_seconds;

namespace {

constexpr int kWidth = 1920;
constexpr int kHeight = 1080;
constexpr int kFrames = 300;
constexpr double kFrameTargetMs = 16;
constexpr double kIndexTargetS = 2;
constexpr std::size_t kSyntheticEvents = 100000;

struct Player {
    session::FrameSource& source;
    render::OffscreenTarget& target;

    // Plays `frames` frames from begin to end and prints the figures.
    void play(const char* name, const core::StoryIndex& index, const core::Camera& camera, sys_seconds begin, sys_seconds end) {
        core::Viewport viewport{kWidth, kHeight, 1};
        while (source.prefetch(session::MapShot{&index, begin, camera, viewport})) {
        }
        std::vector<double> total, evaluate, draw;
        for (int i = -10; i < kFrames; ++i) { // ten warm-up frames
            sys_seconds time = begin + (end - begin) * std::max(i, 0) / (kFrames - 1);
            Clock::time_point start = Clock::now();
            std::vector<core::FrameState> frames = source.evaluate(session::MapShot{&index, time, camera, viewport});
            Clock::time_point evaluated = Clock::now();
            target.bind();
            source.draw(frames, render::DrawMode::Exact);
            glFinish();
            Clock::time_point drawn = Clock::now();
            if (i < 0) continue;
            total.push_back(millis(drawn - start));
            evaluate.push_back(millis(evaluated - start));
            draw.push_back(millis(drawn - evaluated));
        }
        double p95 = percentile(total, 95);
        std::printf("%s: frame median %.2f ms, p95 %.2f ms (evaluate median %.2f, p95 %.2f; draw median %.2f, p95 %.2f)  "
                    "target p95 < %.0f ms: %s\n",
                    name, percentile(total, 50), p95, percentile(evaluate, 50), percentile(evaluate, 95), percentile(draw, 50),
                    percentile(draw, 95), kFrameTargetMs, verdict(p95 < kFrameTargetMs));
    }
};

// The shipped story with synthetic events added at its places, with fixed random choices.
core::Story withSyntheticEvents(core::Story story) {
    std::mt19937 random(2022);
    std::uniform_int_distribution<std::size_t> place(0, story.places.size() - 1);
    std::uniform_int_distribution<long> start(sys_seconds(std::chrono::sys_days{std::chrono::year{1992} / 1 / 1}).time_since_epoch().count(),
                                              sys_seconds(std::chrono::sys_days{std::chrono::year{2024} / 1 / 1}).time_since_epoch().count());
    std::uniform_int_distribution<int> days(1, 10), kind(0, 9);
    std::string source = story.sources.front().id;
    for (std::size_t i = 0; i < kSyntheticEvents; ++i) {
        const core::Place& at = story.places[place(random)];
        core::Event e;
        e.id = "synthetic-" + std::to_string(i);
        int k = kind(random);
        e.kind = k < 2 ? core::EventKind::Request : k < 4 ? core::EventKind::Clash : core::EventKind::Statement;
        e.title = "Synthetic event " + std::to_string(i);
        sys_seconds begin{std::chrono::seconds(start(random))};
        e.start = {core::Precision::Day, begin, begin + std::chrono::days(days(random)), std::nullopt};
        e.place = at.id;
        e.lonLat = at.lonLat;
        e.sources = {{source, "synthetic"}};
        if (e.kind == core::EventKind::Request && ++i < kSyntheticEvents) { // its answer, a few days later
            const core::Place& from = story.places[place(random)];
            core::Event answer = e;
            answer.id = "synthetic-" + std::to_string(i);
            answer.kind = core::EventKind::Answer;
            answer.outcome = core::Outcome(i % 3);
            answer.answers = e.id;
            answer.start.begin = e.start.end;
            answer.start.end = e.start.end + std::chrono::days(1);
            answer.place = from.id;
            answer.lonLat = from.lonLat;
            story.events.push_back(std::move(answer));
        }
        story.events.push_back(std::move(e));
    }
    return story;
}

} // namespace

int main() {
    core::Diagnostics diagnostics;
    auto session = session::loadSession(session::builtInDataFolder(), diagnostics);
    auto story = session::loadStoryFolder(session::builtInDataFolder());
    if (!session || !story.value) {
        std::fprintf(stderr, "bench_story: the built-in data did not load\n");
        return 1;
    }
    platform::EglContext context;
    context.makeCurrent();
    std::printf("GL renderer: %s; %dx%d\n", reinterpret_cast<const char*>(glGetString(GL_RENDERER)), kWidth, kHeight);
    session::FrameSource source(*session);
    render::OffscreenTarget target(kWidth, kHeight);
    Player player{source, target};
    core::Viewport viewport{kWidth, kHeight, 1};

    const core::Episode* almaty = story.value->findEpisode("almaty-2022");
    if (!almaty) {
        std::fprintf(stderr, "bench_story: the built-in data has no episode almaty-2022\n");
        return 1;
    }
    core::Camera episodeView =
        core::Camera::fit(core::projectedBox({almaty->southWest, almaty->northEast}, *session->projection), viewport);
    core::Story empty;
    core::StoryIndex none(empty, session->data, *session->projection);
    player.play("0. the same view with no story (for comparison)", none, episodeView, almaty->begin, almaty->end);
    core::StoryIndex shipped(*story.value, session->data, *session->projection);
    player.play("a. Almaty 2022 episode", shipped, episodeView, almaty->begin, almaty->end);

    core::Story big = withSyntheticEvents(*story.value);
    Clock::time_point start = Clock::now();
    core::StoryIndex index(big, session->data, *session->projection);
    double indexS = millis(Clock::now() - start) / 1000;
    std::printf("b. %zu events: index built in %.3f s  target < %.0f s: %s\n", big.events.size(), indexS, kIndexTargetS,
                verdict(indexS < kIndexTargetS));
    core::Camera members = core::Camera::fit(session::memberBounds(session->data), viewport);
    player.play("b. 100,000 synthetic events, 1992-2024", index, members, sys_seconds(std::chrono::sys_days{std::chrono::year{1992} / 1 / 1}),
                sys_seconds(std::chrono::sys_days{std::chrono::year{2024} / 1 / 1}));
    return 0;
}
