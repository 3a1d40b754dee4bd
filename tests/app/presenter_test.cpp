// tests/app/presenter_test.cpp: the presenter's keys on the built-in story: next and previous
// (clicker keys included), Home and End, a number and Enter, blanking, Esc; and the map moved by
// hand, which the next navigation key flies back from.
#include <doctest/doctest.h>

#include "app/window/presenter.hpp"
#include "io/story_file.hpp"
#include "session/map_session.hpp"
#include "session/story_session.hpp"
#include "built_in_story.hpp"
#include "core_test_helpers.hpp"

namespace {

using namespace atlas;
using Result = app::Presenter::KeyResult;
using platform::Key;

struct Presenting : test::BuiltInData {
    std::unique_ptr<app::Presenter> presenter;
    test::FixedWidthText text;

    Presenting() {
        presenter = std::make_unique<app::Presenter>(*presentation.value, *session->projection);
        presenter->start(0, {1920, 1080, 1}, text);
    }

    int chapterAfter(std::initializer_list<platform::Key> keys, std::uint32_t nowMs = 10000) {
        for (platform::Key key : keys) presenter->key(key, nowMs);
        return presenter->position().chapter;
    }
};

} // namespace

TEST_CASE("next and previous on the keyboard and a clicker, Home and End") {
    Presenting p;
    CHECK(p.chapterAfter({Key::Right}) == 1);
    CHECK(p.chapterAfter({Key::PageDown, Key::Space}) == 3);
    CHECK(p.chapterAfter({Key::PageUp}) == 2);
    CHECK(p.chapterAfter({Key::Backspace, Key::Left, Key::Left}) == 0); // never before the first
    CHECK(p.chapterAfter({Key::End}) == 8);
    CHECK(p.chapterAfter({Key::Right}) == 8); // never past the last
    CHECK(p.chapterAfter({Key::Home}) == 0);
}

TEST_CASE("a number and Enter jump to that chapter; a stale number is forgotten") {
    Presenting p;
    CHECK(p.chapterAfter({Key::Digit7, Key::Return}) == 6);
    p.presenter->key(Key::Digit3, 20000);
    p.presenter->key(Key::Return, 25000); // five seconds later: Enter is just "next"
    CHECK(p.presenter->position().chapter == 7);
}

TEST_CASE("a chapter entered by a key flies in from what was on screen") {
    Presenting p;
    p.presenter->advance(30); // the first chapter has ended
    core::Camera before = p.presenter->camera();
    p.presenter->key(Key::PageDown, 10000);
    REQUIRE(p.presenter->position().start);
    CHECK(p.presenter->position().start->camera.center().x == doctest::Approx(before.center().x));
    CHECK(p.presenter->flying());
    p.presenter->advance(30);
    CHECK_FALSE(p.presenter->flying());
    CHECK_FALSE(p.presenter->moving());
}

TEST_CASE("B and W blank the screen and bring it back; Esc leaves") {
    Presenting p;
    CHECK(p.presenter->key(Key::B, 0) == Result::Handled);
    CHECK(p.presenter->blank() == app::Blank::Black);
    CHECK(p.presenter->key(Key::W, 0) == Result::Handled);
    CHECK(p.presenter->blank() == app::Blank::White);
    CHECK(p.presenter->key(Key::W, 0) == Result::Handled);
    CHECK(p.presenter->blank() == app::Blank::None);
    CHECK(p.presenter->key(Key::Period, 0) == Result::Handled);
    CHECK(p.presenter->blank() == app::Blank::Black);
    CHECK(p.presenter->key(Key::Other, 0) == Result::Handled); // any key brings the map back
    CHECK(p.presenter->blank() == app::Blank::None);
    CHECK(p.presenter->key(Key::Other, 0) == Result::NotMine);
    CHECK(p.presenter->key(Key::Escape, 0) == Result::Leave);
}

TEST_CASE("the map moved by hand stays until a navigation key flies back to the chapter's view") {
    Presenting p;
    p.presenter->key(Key::Right, 0);
    p.presenter->advance(30);
    core::Camera chapterView = p.presenter->camera();
    p.presenter->drag({200, -50});
    p.presenter->wheel({960, 540}, 2);
    core::Camera moved = p.presenter->camera();
    CHECK(moved.center().x != doctest::Approx(chapterView.center().x));
    CHECK(moved.metresPerPixel() < chapterView.metresPerPixel());
    p.presenter->advance(5);
    CHECK(p.presenter->camera().center().x == doctest::Approx(moved.center().x)); // it stays put
    p.presenter->key(Key::PageDown, 0);
    CHECK(p.presenter->position().chapter == 1); // the same chapter, not the next
    CHECK(p.presenter->flying());
    p.presenter->advance(30);
    CHECK(p.presenter->camera().center().x == doctest::Approx(chapterView.center().x));
    CHECK(p.presenter->camera().metresPerPixel() == doctest::Approx(chapterView.metresPerPixel()));
}
