// tests/io/story_frames_test.cpp: the shipped story evaluated at the dates that matter: what
// shows and in which phase, membership over time, the date, legend and sources, and labels that
// stay put while time moves.
#include <doctest/doctest.h>

#include <algorithm>

#include "core_test_helpers.hpp"
#include "core/frame/evaluate.hpp"
#include "core/frame/map_hover.hpp"
#include "session/map_session.hpp"
#include "session/story_session.hpp"

using namespace atlas;
using namespace std::chrono;

namespace {

struct ShippedStory {
    core::Diagnostics diagnostics;
    std::unique_ptr<session::MapSession> session = session::loadSession(ATLAS_GEODATA_DIR, diagnostics);
    core::Loaded<core::Story> story = session::loadStoryFolder(ATLAS_GEODATA_DIR);
    std::unique_ptr<core::StoryIndex> index;
    test::FixedWidthText text;

    ShippedStory() {
        REQUIRE(session);
        REQUIRE(story.value);
        index = std::make_unique<core::StoryIndex>(*story.value, session->data, *session->projection);
    }

    core::FrameState at(sys_seconds time, const std::string& episode = "almaty-2022") {
        const core::Episode* e = story.value->findEpisode(episode);
        REQUIRE(e);
        core::Viewport viewport{960, 640, 1};
        core::Camera camera = core::Camera::fit(core::projectedBox({e->southWest, e->northEast}, *session->projection), viewport);
        return core::evaluate(session->data, *index, time, camera, viewport, {*session->projection, text, {}});
    }
};

ShippedStory& shipped() {
    static ShippedStory story;
    return story;
}

sys_seconds utc(int y, unsigned m, unsigned d, int h = 12) { return sys_days{year{y} / month{m} / d} + hours(h); }

const core::SceneItem* find(const core::FrameState& frame, const std::string& id) {
    auto found = std::find_if(frame.scene.begin(), frame.scene.end(), [&](const core::SceneItem& s) { return s.id == id; });
    return found == frame.scene.end() ? nullptr : &*found;
}

// Whether a label, or the lines of a block set from one text, starts with start.
bool hasLabel(const core::FrameState& frame, const std::string& start) {
    for (std::size_t i = 0; i < frame.labels.size(); ++i) {
        std::string text = frame.labels[i].text;
        for (std::size_t j = i + 1; j < frame.labels.size() && text.size() < start.size(); ++j)
            if (frame.labels[j].event == frame.labels[i].event && !frame.labels[i].event.empty()) text += " " + frame.labels[j].text;
        if (text.starts_with(start)) return true;
    }
    return false;
}

core::Color fillOf(const core::FrameState& frame, const std::string& iso) {
    const auto& countries = shipped().session->data.countries;
    auto found = std::find_if(countries.begin(), countries.end(), [&](const core::Country& c) { return c.isoA3 == iso; });
    REQUIRE(found != countries.end());
    return frame.countryFills[std::size_t(found - countries.begin())];
}

bool sameColor(core::Color a, core::Color b) {
    return std::abs(a.r - b.r) < 1e-4 && std::abs(a.g - b.g) < 1e-4 && std::abs(a.b - b.b) < 1e-4;
}

} // namespace

TEST_CASE("7 January 2022: the Russian contingent has arrived, Almaty airport is guarded, the answer granted") {
    core::FrameState frame = shipped().at(utc(2022, 1, 7));
    const core::SceneItem* route = find(frame, "route-rus-chkalovsky");
    REQUIRE(route);
    CHECK(route->kind == core::SceneKind::Deployment);
    CHECK((route->stage == "travelling" || route->stage == "arrived"));
    CHECK(route->phase == core::Phase::Hold);
    const core::SceneItem* airport = find(frame, "site-almaty-airport");
    REQUIRE(airport);
    CHECK(airport->stage == "guarded");
    const core::SceneItem* request = find(frame, "kaz-2022-request");
    REQUIRE(request);
    CHECK(request->stage == "granted");
    CHECK_FALSE(find(frame, "route-kgz")); // leaves on the 8th
    CHECK(hasLabel(frame, "7 January 2022"));
    CHECK(hasLabel(frame, "Contingents deployed: 4")); // Russia, Belarus, Armenia, Tajikistan; Kyrgyzstan on the 8th
    CHECK(hasLabel(frame, "Sites guarded: 6"));
    CHECK(hasLabel(frame, "Sources: "));
    CHECK(hasLabel(frame, "✓ "));
    CHECK_FALSE(frame.strokes.empty());
}

TEST_CASE("6 January 2022 in the morning: contingents are on their way") {
    core::FrameState frame = shipped().at(utc(2022, 1, 6, 6));
    const core::SceneItem* route = find(frame, "route-blr");
    REQUIRE(route);
    CHECK(route->stage == "travelling");
    CHECK(route->phase == core::Phase::FadeIn);
}

TEST_CASE("25 January 2022: the withdrawals are done and only faint traces remain") {
    core::FrameState frame = shipped().at(utc(2022, 1, 25));
    int routes = 0;
    for (const core::SceneItem& item : frame.scene) {
        if (item.kind != core::SceneKind::Deployment) continue;
        ++routes;
        CHECK(item.stage == "withdrawn");
        CHECK(item.phase == core::Phase::Trace);
        CHECK(item.opacity == doctest::Approx(core::kTraceOpacity));
    }
    CHECK(routes == 7);
    CHECK_FALSE(find(frame, "site-almaty-airport"));
    CHECK(hasLabel(frame, "Contingents withdrawn: 5")); // five states' contingents, on seven routes
}

TEST_CASE("June 2010: Kyrgyzstan's request and its refusal, Osh and Jalal-Abad affected") {
    core::FrameState frame = shipped().at(utc(2010, 6, 15), "osh-2010");
    const core::SceneItem* request = find(frame, "kgz-2010-june-request");
    REQUIRE(request);
    CHECK(request->stage == "refused");
    CHECK(request->phase == core::Phase::Hold);
    std::vector<std::string> regions;
    for (const core::SceneItem& item : frame.scene)
        if (item.kind == core::SceneKind::Region) regions.push_back(item.stage);
    CHECK(std::count(regions.begin(), regions.end(), "affected: Osh") == 1);
    CHECK(std::count(regions.begin(), regions.end(), "affected: Jalal-Abad") == 1);
    CHECK(hasLabel(frame, "Kyrgyzstan asks the CSTO for help"));
    CHECK(hasLabel(frame, "✕ CSTO refuses to intervene in Kyrgyzstan")); // the answer carries the outcome
    CHECK(hasLabel(frame, "June 2010"));
    // The places the clashes name are labelled, the regions hatched over Kyrgyzstan's own fill.
    CHECK(hasLabel(frame, "Osh"));
    CHECK(hasLabel(frame, "Jalal-Abad"));
    CHECK(hasLabel(frame, "Regions affected: 3")); // with Chuy, where April's revolution is still shown
}

TEST_CASE("May 2021: Armenia's request is rebuffed and Syunik is affected") {
    core::FrameState frame = shipped().at(utc(2021, 5, 20), "armenia-2021");
    const core::SceneItem* request = find(frame, "arm-2021-request");
    REQUIRE(request);
    CHECK(request->stage == "rebuffed");
    CHECK(std::any_of(frame.scene.begin(), frame.scene.end(), [](const core::SceneItem& s) { return s.stage == "affected: Syunik"; }));
}

TEST_CASE("Uzbekistan is a member in 2007 and a former member in 2013; today six are members") {
    core::MapStyle style;
    const core::MembershipTimeline& membership = shipped().index->membership();
    core::Color uzbek = core::stateFill(*membership.joiningOrder("UZB"), style);
    CHECK(sameColor(fillOf(shipped().at(utc(2007, 6, 1)), "UZB"), uzbek));
    core::Color former = fillOf(shipped().at(utc(2013, 6, 1)), "UZB");
    CHECK(sameColor(former, core::mix(uzbek, style.land, style.formerMemberMix)));
    core::FrameState today = shipped().at(utc(2024, 6, 1));
    CHECK(hasLabel(today, "Member states: 6"));
    CHECK(hasLabel(today, "Former members: 3"));
    CHECK(sameColor(fillOf(today, "KAZ"), core::stateFill(*membership.joiningOrder("KAZ"), style)));
    // The 2012 exit fades in over a few days from the first of January.
    core::Color leaving = fillOf(shipped().at(sys_days{year{2012} / 1 / 2}), "UZB");
    CHECK_FALSE(sameColor(leaving, uzbek));
    CHECK_FALSE(sameColor(leaving, former));
}

TEST_CASE("labels neither flicker nor jump while time moves by an hour") {
    // Times when nothing is in flight: a contingent's moving head pushes its label along its arc.
    for (auto [time, episode] : {std::pair{utc(2022, 1, 9, 10), "almaty-2022"}, std::pair{utc(2010, 6, 12, 3), "osh-2010"},
                                 std::pair{utc(2022, 1, 14, 1), "almaty-2022"}}) {
        core::FrameState a = shipped().at(time, episode), b = shipped().at(time + hours(1), episode);
        auto fading = [&](const std::string& event) {
            auto isFading = [&](const core::SceneItem& item) { return item.id == event && item.opacity < 1; };
            return std::any_of(a.scene.begin(), a.scene.end(), isFading) || std::any_of(b.scene.begin(), b.scene.end(), isFading);
        };
        // Each label of one frame is in the other at the same place, or belongs to an item fading in or out.
        for (auto [from, to] : {std::pair{&a, &b}, std::pair{&b, &a}})
            for (const core::Label& label : from->labels) {
                if (label.kind == core::TextKind::Symbol) continue; // icons and swatches move with their markers
                auto same = std::find_if(to->labels.begin(), to->labels.end(), [&](const core::Label& l) {
                    return l.text == label.text && l.place == label.place && l.event == label.event;
                });
                INFO(label.text);
                if (same == to->labels.end()) {
                    CHECK(fading(label.event));
                    continue;
                }
                CHECK(same->baseline.x == label.baseline.x);
                CHECK(same->baseline.y == label.baseline.y);
            }
    }
}

TEST_CASE("event labels outrank place labels") {
    core::FrameState frame = shipped().at(utc(2022, 1, 7));
    auto position = [&](const std::string& start) {
        auto found = std::find_if(frame.labels.begin(), frame.labels.end(), [&](const core::Label& l) { return l.text.starts_with(start); });
        return found - frame.labels.begin();
    };
    CHECK(position("Almaty International Airport") < position("KAZAKHSTAN"));
}

TEST_CASE("the on-map date is in the event's zone, or in UTC when asked") {
    ShippedStory& s = shipped();
    core::Viewport viewport{960, 640, 1};
    core::Camera camera = core::Camera::fit(session::memberBounds(s.session->data), viewport);
    sys_seconds lateEvening = utc(2022, 1, 6, 20); // already the 7th in Almaty
    core::FrameState local = core::evaluate(s.session->data, *s.index, lateEvening, camera, viewport, {*s.session->projection, s.text, {}});
    core::FrameState inUtc = core::evaluate(s.session->data, *s.index, lateEvening, camera, viewport,
                                            {*s.session->projection, s.text, {}, core::DateZone::Utc});
    CHECK(hasLabel(local, "7 January 2022"));
    CHECK(hasLabel(inUtc, "6 January 2022"));
}

TEST_CASE("stepping to an event the map draws nothing for shows its date as its place knew it") {
    ShippedStory& s = shipped();
    const core::Event* charter = s.story.value->findEvent("inst-2002-charter");
    REQUIRE(charter);
    core::Viewport viewport{960, 640, 1};
    core::Camera camera = core::Camera::fit(session::memberBounds(s.session->data), viewport);
    // The Charter's month begins at midnight in Moscow, still 30 September in UTC.
    core::FrameState frame =
        core::evaluate(s.session->data, *s.index, charter->start.begin, camera, viewport, {*s.session->projection, s.text, {}});
    CHECK(hasLabel(frame, "October 2002"));
    CHECK_FALSE(hasLabel(frame, "30 September 2002"));
}

TEST_CASE("the map's tooltips: a guarded site, a contingent's arc, an affected region, a state's standing") {
    ShippedStory& s = shipped();
    const core::Projection& projection = *s.session->projection;
    auto hover = [&](const core::FrameState& frame, sys_seconds time, core::Vec2 world) {
        return core::hoverAt(s.session->data, *s.index, time, frame, frame.camera.worldToScreen(world, frame.viewport));
    };
    sys_seconds mission = utc(2022, 1, 7);
    core::FrameState frame = s.at(mission);
    core::StoryIndex::Visible visible = s.index->at(mission);

    auto airport = std::find_if(visible.sites.begin(), visible.sites.end(),
                                [](const core::IndexedSite* site) { return site->site->id == "site-almaty-airport"; });
    REQUIRE(airport != visible.sites.end());
    core::Vec2 offset{(*airport)->slot * frame.style.siteRadius * 2.3 * frame.camera.metresPerPixel(), 0};
    auto site = hover(frame, mission, (*airport)->at + offset);
    REQUIRE(site);
    CHECK(site->title == "Almaty International Airport");
    CHECK(site->lines.front().starts_with("Guarded "));
    CHECK(site->lines.back().starts_with("Sources: "));

    REQUIRE_FALSE(visible.routes.empty());
    const core::IndexedRoute* route = visible.routes.front();
    auto arc = hover(frame, mission, route->arc[route->arc.size() / 2]);
    REQUIRE(arc);
    CHECK(arc->title.starts_with("Russia: "));
    CHECK(arc->title.find(" to Almaty International Airport") != std::string::npos);
    CHECK(arc->event == route->route->deployment); // what a click shows in the inspector
    CHECK(std::any_of(arc->lines.begin(), arc->lines.end(), [](const std::string& l) { return l.starts_with("Leaves "); }));

    sys_seconds june2010 = utc(2010, 6, 15);
    core::FrameState osh = s.at(june2010, "osh-2010");
    core::StoryIndex::Visible clashes = s.index->at(june2010);
    auto jalalAbad = std::find_if(clashes.regions.begin(), clashes.regions.end(), [&](const core::IndexedRegion* r) {
        return s.session->data.regions[r->region].name.starts_with("Jalal");
    });
    REQUIRE(jalalAbad != clashes.regions.end());
    const core::Region& region = s.session->data.regions[(*jalalAbad)->region];
    auto affected = hover(osh, june2010, core::labelPoint(region.shape));
    REQUIRE(affected);
    CHECK(affected->title == region.name + ", Kyrgyzstan");
    CHECK(affected->event == (*jalalAbad)->event->id);

    sys_seconds quiet = utc(2013, 6, 1);
    core::FrameState later = s.at(quiet);
    auto uzbekistan = hover(later, quiet, *projection.forward({64, 41.5}));
    REQUIRE(uzbekistan);
    CHECK(uzbekistan->title == "Uzbekistan");
    CHECK(uzbekistan->lines == std::vector<std::string>{"A former member"});
    auto kazakhstan = hover(later, quiet, *projection.forward({67, 48}));
    REQUIRE(kazakhstan);
    CHECK(kazakhstan->lines == std::vector<std::string>{"A member"});
    CHECK_FALSE(hover(later, quiet, *projection.forward({-30, 40}))); // the Atlantic
}

