// tests/render/episode_frames_test.cpp: the map at key dates of each episode, rendered headless
// with the story, against committed PNGs: fills, arcs, symbols, date, legend and sources.
#include <doctest/doctest.h>

#include "built_in_story.hpp"
#include "core/frame/map_style.hpp"
#include "image_compare.hpp"

namespace {

using namespace atlas;
using namespace std::chrono;

struct StoryFrames : test::BuiltInStory {
    // Small frames at full type size, so they stay readable.
    core::Image render(const std::string& episode, sys_seconds time) {
        const core::Episode* e = story.value->findEpisode(episode);
        core::Viewport viewport{640, 420, 1};
        core::Box view = core::projectedBox({e->southWest, e->northEast}, *session->projection);
        return renderer->render(*index, time, core::Camera::fit(view, viewport), viewport);
    }
};

StoryFrames& frames() {
    static StoryFrames shipped;
    return shipped;
}

void checkGolden(const std::string& episode, sys_seconds time, const std::string& name) {
    auto result = test::compareWithGolden(frames().render(episode, time), name);
    INFO(result.report);
    CHECK(result.matches);
}

// True when some pixel within two pixels of (x, y) has this colour (within 6 per channel).
bool colourNear(const core::Image& image, core::Vec2 at, const core::Color& colour) {
    for (int dy = -2; dy <= 2; ++dy)
        for (int dx = -2; dx <= 2; ++dx) {
            int x = int(at.x) + dx, y = int(at.y) + dy;
            if (x < 0 || y < 0 || x >= image.width || y >= image.height) continue;
            const std::uint8_t* p = image.pixel(x, y);
            if (std::abs(p[0] - colour.r * 255) <= 6 && std::abs(p[1] - colour.g * 255) <= 6 &&
                std::abs(p[2] - colour.b * 255) <= 6)
                return true;
        }
    return false;
}

sys_seconds utc(int y, unsigned m, unsigned d, int h = 12) { return sys_days{year{y} / month{m} / d} + hours(h); }

} // namespace

TEST_CASE("Osh, June 2010: the request refused, Osh and Jalal-Abad affected") {
    checkGolden("osh-2010", utc(2010, 6, 15), "osh_2010_06_15_640x420");
}

TEST_CASE("Armenia, May 2021: the request rebuffed, Syunik affected") {
    checkGolden("armenia-2021", utc(2021, 5, 20), "armenia_2021_05_20_640x420");
}

TEST_CASE("Kazakhstan, 7 January 2022: contingents arrived, sites guarded") {
    checkGolden("almaty-2022", utc(2022, 1, 7), "almaty_2022_01_07_640x420");
}

TEST_CASE("Kazakhstan, 25 January 2022: withdrawn, faint traces") {
    checkGolden("almaty-2022", utc(2022, 1, 25), "almaty_2022_01_25_640x420");
}

TEST_CASE("every member state shows its own fill, by the order it joined, at an inland point in June 2022") {
    StoryFrames& f = frames();
    core::Viewport viewport{960, 540, session::exportPixelScale(960, 540)};
    core::Camera camera = core::Camera::fit(session::memberBounds(f.session->data), viewport);
    core::Image image = f.renderer->render(*f.index, utc(2022, 6, 1), camera, viewport);
    struct Inland { std::string iso; core::LonLat where; };
    const Inland points[] = {{"RUS", {100, 64}}, {"KAZ", {63, 50}}, {"BLR", {30.3, 55.3}},
                             {"ARM", {46.1, 39.2}}, {"KGZ", {78.6, 41.9}}, {"TJK", {74.4, 37.6}}};
    for (const Inland& point : points) {
        core::Vec2 screen = camera.worldToScreen(*f.session->projection->forward(point.where), viewport);
        INFO(point.iso << " at " << screen.x << "," << screen.y);
        std::optional<std::size_t> order = f.index->membership().joiningOrder(point.iso);
        REQUIRE(order);
        CHECK(colourNear(image, screen, core::stateFill(*order, {})));
    }
    core::Vec2 sea = camera.worldToScreen(*f.session->projection->forward({50.5, 43.0}), viewport); // Caspian Sea
    CHECK(colourNear(image, sea, core::MapStyle{}.sea));
}

TEST_CASE("a still view's base map follows the membership, and is the same when drawn again") {
    StoryFrames& f = frames();
    core::Viewport viewport{640, 420, 1};
    core::Camera camera = core::Camera::fit(session::memberBounds(f.session->data), viewport);
    // Uzbekistan left in 1999 and came back in 2006: its fill changes under a camera that stays.
    core::Image left = f.renderer->render(*f.index, utc(2001, 6, 1), camera, viewport);
    core::Image back = f.renderer->render(*f.index, utc(2008, 6, 1), camera, viewport);
    core::Image leftAgain = f.renderer->render(*f.index, utc(2001, 6, 1), camera, viewport);
    CHECK(leftAgain.rgba == left.rgba);

    core::Vec2 kyzylkum = camera.worldToScreen(*f.session->projection->forward({63.5, 41.8}), viewport);
    int difference = 0;
    for (int c = 0; c < 3; ++c)
        difference = std::max(difference, std::abs(int(left.pixel(int(kyzylkum.x), int(kyzylkum.y))[c]) -
                                                    int(back.pixel(int(kyzylkum.x), int(kyzylkum.y))[c])));
    INFO("Uzbekistan's inland pixel changes by " << difference);
    CHECK(difference > 30);
}
