// tests/app/presenter_screens_test.cpp: where the audience's window and the presenter's view go
// (one display, two, three), and the presentation's clocks and rehearsal report.
#include <doctest/doctest.h>

#include "app/window/chapter_clock.hpp"
#include "app/window/screen_placement.hpp"

using namespace atlas;
using platform::DisplayBounds;

namespace {

bool same(const DisplayBounds& a, const DisplayBounds& b) {
    return a.x == b.x && a.y == b.y && a.width == b.width && a.height == b.height;
}

} // namespace

TEST_CASE("one display: the audience on its left half, the presenter's view on its right half") {
    app::ScreenPlacement p = app::placeScreens({{0, 0, 2561, 800}}, 0);
    CHECK_FALSE(p.audienceFullscreen);
    CHECK(same(p.audience, {0, 0, 1280, 800}));
    CHECK(same(p.presenter, {1280, 0, 1281, 800}));
}

TEST_CASE("two displays: the presenter's view stays where it opened, the audience fills the other") {
    std::vector<DisplayBounds> two = {{0, 0, 1920, 1080}, {1920, 0, 1280, 720}};
    app::ScreenPlacement laptopFirst = app::placeScreens(two, 0);
    CHECK(laptopFirst.audienceFullscreen);
    CHECK(same(laptopFirst.audience, two[1]));
    CHECK(same(laptopFirst.presenter, two[0]));
    app::ScreenPlacement projectorFirst = app::placeScreens(two, 1);
    CHECK(same(projectorFirst.audience, two[0]));
    CHECK(same(projectorFirst.presenter, two[1]));
}

TEST_CASE("three displays: the audience takes the first display that is not the presenter's") {
    std::vector<DisplayBounds> three = {{0, 0, 1920, 1080}, {1920, 0, 1280, 720}, {3200, 0, 800, 600}};
    CHECK(same(app::placeScreens(three, 2).audience, three[0]));
    CHECK(same(app::placeScreens(three, 0).audience, three[1]));
    CHECK(same(app::placeScreens(three, 7).presenter, three[2])); // an index out of range: the last display
}

TEST_CASE("the clocks: since the start, on the chapter, and each chapter's visits summed") {
    app::ChapterClock clock;
    clock.start(4, 0, 100);
    clock.enter(1, 130);
    clock.enter(1, 140); // the same chapter: still the visit begun at 130
    CHECK(clock.onChapter(150) == 20);
    clock.enter(0, 150);
    clock.enter(1, 155);
    CHECK(clock.elapsed(160) == 60);
    std::vector<double> spent = clock.spent(160);
    REQUIRE(spent.size() == 4);
    CHECK(spent[0] == 35);
    CHECK(spent[1] == 25);
    CHECK(spent[2] == 0);
    clock.enter(-1, 170); // the presentation ended: nothing more is counted
    CHECK(clock.spent(500)[1] == 35);
}

TEST_CASE("clock texts and the rehearsal report") {
    CHECK(app::clockText(7.9) == "0:07");
    CHECK(app::clockText(754) == "12:34");
    CHECK(app::clockText(3723) == "1:02:03");
    CHECK(app::clockText(-3) == "0:00");
    core::Presentation presentation;
    presentation.chapters.resize(3);
    presentation.chapters[0].id = "overview";
    presentation.chapters[1].id = "osh-2010";
    presentation.chapters[2].id = "compare";
    std::string report = app::rehearsalReport(presentation, {65, 0, 600.4});
    CHECK(report == "Rehearsal: time on each chapter\n"
                    " 1  overview                 1:05\n"
                    " 2  osh-2010                    -\n"
                    " 3  compare                 10:00\n"
                    "    in all                  11:05\n");
}
