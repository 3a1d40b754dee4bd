// tests/core/story_model_test.cpp: the story model in the core: figures as the source gave them,
// disagreement between sources, the vocabularies, look-ups by id and "did you mean" suggestions.
#include <doctest/doctest.h>

#include "core/story/quantity.hpp"
#include "core/story/story.hpp"
#include "core/story/story_kinds.hpp"
#include "core/text/edit_distance.hpp"

using namespace atlas::core;

namespace {

Quantity figure(std::string what, std::string given, std::optional<std::int64_t> min, std::optional<std::int64_t> max,
                bool approx, std::string source) {
    return {std::move(what), std::move(given), min, max, approx, std::move(source)};
}

} // namespace

TEST_CASE("figures keep their wording and know their form") {
    CHECK(figure("killed", "225", 225, 225, false, "s").form() == Quantity::Form::Exact);
    CHECK(figure("troops", "about 2,500", 2500, 2500, true, "s").form() == Quantity::Form::Approximate);
    CHECK(figure("troops", "a few dozen", 24, 60, true, "s").form() == Quantity::Form::Range);
    CHECK(figure("arrested", "more than 10,000", 10000, std::nullopt, false, "s").form() == Quantity::Form::OpenEnded);
    CHECK(figure("troops", "the remainder", std::nullopt, std::nullopt, true, "s").form() == Quantity::Form::Unstated);
    CHECK(formName(Quantity::Form::OpenEnded) == "open-ended");
    CHECK(figure("troops", "about 2,500", 2500, 2500, true, "s").given == "about 2,500");
}

TEST_CASE("figures disagree when their numbers differ, not when only the wording does") {
    Quantity fewDozen = figure("troops", "a few dozen", 24, 60, true, "meduza-2022");
    Quantity hundred = figure("troops", "approximately 100", 100, 100, true, "hegglin-2022");
    Quantity about2500 = figure("troops", "about 2,500", 2500, 2500, true, "hegglin-2022");
    Quantity approx2500 = figure("troops", "approximately 2,500", 2500, 2500, true, "weitz-2022");
    Quantity remainder = figure("troops", "the remainder", std::nullopt, std::nullopt, true, "culp-2022");
    CHECK(fewDozen.disagreesWith(hundred));
    CHECK_FALSE(about2500.disagreesWith(approx2500));
    CHECK_FALSE(remainder.disagreesWith(hundred));
    CHECK_FALSE(hundred.disagreesWith(figure("vehicles", "19", 19, 19, false, "x")));
}

TEST_CASE("an event is disputed when its claims or figures differ") {
    Event event;
    CHECK_FALSE(event.disputed());
    event.numbers = {figure("troops", "about 2,500", 2500, 2500, true, "hegglin-2022"),
                     figure("troops", "approximately 2,500", 2500, 2500, true, "weitz-2022")};
    CHECK_FALSE(event.disputed());
    event.claims = {{"start", "2022-01-06", "weitz-2022"},
                    {"start", "2022-01-06", "culp-2022"},
                    {"start", "2022-01-05 (same-day response)", "hegglin-2022"}};
    CHECK(event.disputed());
    CHECK(event.disputedFields() == std::vector<std::string>{"start"});
    event.numbers.push_back(figure("killed", "225", 225, 225, false, "hegglin-2022"));
    event.numbers.push_back(figure("killed", "over 200", 200, std::nullopt, false, "culp-2022"));
    CHECK(event.disputedFields() == std::vector<std::string>{"start", "killed"});
}

TEST_CASE("a lone claim stands against the item's own value; agreeing claims are no dispute") {
    CHECK(disputedFields({{"start", "1992-05-15", "weitz-2022"}}, {}) == std::vector<std::string>{"start"});
    CHECK(disputedFields({{"start", "2022-01-06", "a"}, {"start", "2022-01-06", "b"}}, {}).empty());
    Route route;
    route.numbers = {figure("troops", "a few dozen", 24, 60, true, "a"), figure("troops", "approximately 100", 100, 100, true, "b")};
    CHECK(route.disputed());
}

TEST_CASE("vocabularies: names round-trip, unknown names are refused, lists read well") {
    CHECK(nameOf(EventKind::SecuredSite) == "secured-site");
    CHECK(fromName<EventKind>("secured-site") == EventKind::SecuredSite);
    CHECK(fromName<Outcome>("refused") == Outcome::Refused);
    CHECK(fromName<Change>("charter") == Change::Charter);
    CHECK_FALSE(fromName<EventKind>("invasion").has_value());
    CHECK_FALSE(fromName<DateQualifier>("").has_value());
    CHECK(namesOf<Outcome>() == "refused, rebuffed, granted");
    CHECK(namesOf<DateQualifier>() == "before, after, within");
}

TEST_CASE("a story begins at the start of the year of its first membership change or event, and its sources end at the latest covers_to") {
    using namespace std::chrono;
    Story story;
    CHECK_FALSE(story.begins());
    CHECK_FALSE(story.sourcesEnd());
    story.events.push_back(Event{});
    story.events.back().start = {Precision::Month, sys_days{year{2010} / 6 / 1}, sys_days{year{2010} / 7 / 1}};
    story.membership.push_back({.state = "KAZ", .date = {Precision::Month, sys_days{year{2008} / 3 / 1}, sys_days{year{2008} / 4 / 1}}});
    CHECK(story.begins() == sys_days{year{2008} / 1 / 1});
    story.sources.push_back({.id = "a", .coversTo = {Precision::Month, sys_days{year{2022} / 6 / 1}, sys_days{year{2022} / 7 / 1}}});
    story.sources.push_back({.id = "b", .coversTo = {Precision::Day, sys_days{year{2022} / 1 / 8}, sys_days{year{2022} / 1 / 9}}});
    REQUIRE(story.sourcesEnd());
    CHECK(story.sourcesEnd()->end == sys_days{year{2022} / 7 / 1});
}

TEST_CASE("stories find items by id") {
    Story story;
    story.sources.push_back({.id = "meduza-2022", .title = "Technically legal", .publisher = "Meduza", .kind = SourceKind::News});
    story.episodes.push_back({.id = "almaty-2022", .title = "Kazakhstan, January 2022"});
    story.events.push_back(Event{});
    story.events.back().id = "kaz-2022-request";
    CHECK(story.findSource("meduza-2022")->publisher == "Meduza");
    CHECK(story.findEvent("kaz-2022-request") == &story.events.back());
    CHECK(story.findEvent("nope") == nullptr);
    CHECK(story.findEpisode("almaty-2022") == &story.episodes.back());
    CHECK(story.findEpisode("osh-2010") == nullptr);
    CHECK(story.episodeIds() == "almaty-2022");
    CHECK(story.findPlace("astana") == nullptr);
}

TEST_CASE("the nearest code is suggested for a misspelt one") {
    std::set<std::string> codes{"ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"};
    CHECK(editDistance("KAX", "KAZ") == 1);
    CHECK(editDistance("", "KAZ") == 3);
    CHECK(nearestWord("KAX", codes) == "KAZ");
    CHECK(nearestWord("kaz", codes) == "KAZ");
    CHECK(nearestWord("RUSS", codes) == "RUS");
    CHECK(nearestWord("KZA", codes) == "KAZ");
    CHECK_FALSE(nearestWord("Kazakhstan", codes).has_value());
}
