// tests/render/presentation_frames_test.cpp: each built-in chapter's title card and final frame
// rendered headless against committed PNGs, and the type of every chapter large enough to read
// on a 1920x1080 screen shrunk to a quarter.
#include <doctest/doctest.h>

#include "core/presentation/evaluate_presentation.hpp"
#include "built_in_story.hpp"
#include "image_compare.hpp"

namespace {

using namespace atlas;

using BuiltInPresentation = test::BuiltInStory;

BuiltInPresentation& shipped() {
    static BuiltInPresentation presentation;
    return presentation;
}

core::Viewport viewportOf(int width, int height) { return {width, height, session::exportPixelScale(width, height)}; }

// Seconds into the chapter when its title card is fully shown, and when it has ended.
double titleSecond(const core::ChapterTiming& timing) {
    return timing.length() - timing.playbackAndEndSeconds() - core::ChapterTiming::kTitleSeconds / 2;
}

} // namespace

TEST_CASE("every built-in chapter's title card and final frame render like the golden frames") {
    BuiltInPresentation& p = shipped();
    core::PresentationPlan plan(*p.presentation.value, *p.session->projection, viewportOf(640, 360), &p.renderer->frames().text());
    for (int i = 0; i < plan.count(); ++i) {
        const std::string& id = plan.chapter(i).id;
        core::ChapterTiming timing = plan.timing({i, 0, std::nullopt, std::nullopt});
        for (auto [second, part] : {std::pair{titleSecond(timing), "title"}, std::pair{timing.length(), "end"}}) {
            core::Image image = p.renderer->render(p.frames(plan, {i, second, std::nullopt, std::nullopt}));
            auto result = test::compareWithGolden(image, "chapter_" + id + "_" + part + "_640x360");
            INFO(id << " " << part << ": " << result.report);
            CHECK(result.matches);
        }
    }
}

TEST_CASE("every chapter's text stays readable on a 1920x1080 screen shrunk to a quarter") {
    BuiltInPresentation& p = shipped();
    core::PresentationPlan plan(*p.presentation.value, *p.session->projection, viewportOf(1920, 1080), &p.renderer->frames().text());
    constexpr double kQuarter = 0.5;            // half the width and half the height
    constexpr double kCardPixels = 8 / kQuarter;  // smallest card type (sources) at full size
    constexpr double kMapPixels = 9 / kQuarter;   // smallest map label at full size
    for (int i = 0; i < plan.count(); ++i) {
        core::ChapterTiming timing = plan.timing({i, 0, std::nullopt, std::nullopt});
        std::vector<core::FrameState> frames = p.renderer->frames().evaluate(p.frames(plan, {i, timing.length(), std::nullopt, std::nullopt}));
        const core::FrameState& cards = frames.back();
        INFO("chapter " << plan.chapter(i).id);
        REQUIRE_FALSE(cards.labels.empty());
        for (const core::Label& label : cards.labels) CHECK(label.sizePixels >= kCardPixels);
        double largest = 0;
        for (const core::Label& label : cards.labels) largest = std::max(largest, label.sizePixels);
        CHECK(largest * kQuarter >= 12); // the caption's heading
        for (std::size_t f = 0; f + 1 < frames.size(); ++f)
            for (const core::Label& label : frames[f].labels) CHECK(label.sizePixels >= kMapPixels);
    }
}

TEST_CASE("a chapter's frame is the same however often it is evaluated") {
    BuiltInPresentation& p = shipped();
    core::PresentationPlan plan(*p.presentation.value, *p.session->projection, viewportOf(640, 360), &p.renderer->frames().text());
    core::PresentationPosition position{5, 4.25, std::nullopt, std::nullopt};
    core::Image first = p.renderer->render(p.frames(plan, position));
    core::Image again = p.renderer->render(p.frames(plan, position));
    CHECK(first.rgba == again.rgba);
}
