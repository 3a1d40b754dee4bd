// tests/io/story_dataset_test.cpp: the story shipped in geodata/ loads without a single problem and
// holds a representative set of facts, each checked against the article it comes from
// (sources.csv ids: meduza-2022, hegglin-2022, weitz-2022, edm-2022, culp-2022).
#include <algorithm>

#include "core/time/time_format.hpp"
#include "story_test_support.hpp"

using namespace atlas;
using namespace atlas::test;

namespace {

const core::Event& event(const std::string& id) {
    const core::Event* e = shipped().findEvent(id);
    REQUIRE_MESSAGE(e != nullptr, id);
    return *e;
}

bool cites(const core::Event& e, const std::string& source) {
    return std::any_of(e.sources.begin(), e.sources.end(), [&](const core::Citation& c) { return c.source == source; });
}

std::string localTime(const core::Event& e) {
    const core::Place* place = shipped().findPlace(e.place);
    REQUIRE(place != nullptr);
    return core::formatTime(e.start, *core::TimeZone::find(place->timeZone));
}

const core::Quantity& figure(const core::Event& e, const std::string& source, const std::string& what) {
    auto it = std::find_if(e.numbers.begin(), e.numbers.end(),
                           [&](const core::Quantity& q) { return q.source == source && q.what == what; });
    REQUIRE_MESSAGE(it != e.numbers.end(), std::string(e.id + ": " + what + " from " + source));
    return *it;
}

std::vector<std::string> claimValues(const core::Event& e, const std::string& field, const std::string& source) {
    std::vector<std::string> values;
    for (const core::Claim& c : e.claims)
        if (c.field == field && c.source == source) values.push_back(c.value);
    return values;
}

bool contains(const std::vector<std::string>& items, const std::string& item) {
    return std::find(items.begin(), items.end(), item) != items.end();
}

} // namespace

TEST_CASE("the shipped story loads without a note, a warning or an error") {
    core::Loaded<core::Story> loaded = loadStoryFrom(ATLAS_GEODATA_DIR);
    CHECK(problemLines(loaded.diagnostics).empty());
    CHECK(loaded.diagnostics.empty());
    CHECK(shipped().sources.size() == 5);
    CHECK(shipped().events.size() >= 100);
    CHECK(shipped().sites.size() == 6);
    CHECK(shipped().routes.size() == 7);
}

TEST_CASE("the five articles are the sources") {
    const core::Source* meduza = shipped().findSource("meduza-2022");
    REQUIRE(meduza != nullptr);
    CHECK(meduza->title == "Technically legal: How Kazakhstan won peacekeepers from a Russian-led military alliance");
    CHECK(meduza->publisher == "Meduza");
    CHECK(core::formatTime(meduza->date, core::TimeZone::utc()) == "7 January 2022");
    CHECK(shipped().findSource("hegglin-2022")->author == "Oliver Hegglin");
    CHECK(shipped().findSource("weitz-2022")->kind == core::SourceKind::Journal);
    CHECK(core::formatTime(shipped().findSource("edm-2022")->date, core::TimeZone::utc()) == "January 2022");
    CHECK(shipped().findSource("culp-2022")->publisher == "Diplomatic Courier");
}

TEST_CASE("Kazakhstan asks for help on 5 January 2022, in Nur-Sultan as the capital was then called") {
    // meduza-2022 (bullet 4), hegglin-2022 (The January Crisis), weitz-2022, edm-2022
    const core::Event& request = event("kaz-2022-request");
    CHECK(request.kind == core::EventKind::Request);
    CHECK(request.states == std::vector<std::string>{"KAZ"});
    CHECK(request.start.precision == core::Precision::Day);
    CHECK(localTime(request) == "5 January 2022");
    CHECK(shipped().findPlace("astana")->nameAt(request.start.begin) == "Nur-Sultan");
    CHECK(shipped().findPlace("astana")->name == "Astana");
    for (const char* source : {"meduza-2022", "hegglin-2022", "weitz-2022", "edm-2022"}) CHECK(cites(request, source));
    // hegglin-2022 reads Article 4 of the Treaty, edm-2022 Article 4 of the Charter.
    CHECK(claimValues(request, "article-invoked", "hegglin-2022") == std::vector<std::string>{"Article 4 of the Collective Security Treaty"});
    CHECK(claimValues(request, "article-invoked", "edm-2022") == std::vector<std::string>{"Article 4 of the CSTO Charter"});
    CHECK(request.disputed());
}

TEST_CASE("the request is granted in one decision whose date is disputed: 5 or 6 January 2022") {
    const core::Event& decision = event("kaz-2022-answer");
    CHECK(decision.outcome == core::Outcome::Granted);
    CHECK(decision.answers == "kaz-2022-request");
    CHECK(shipped().findEvent("kaz-2022-decision") == nullptr); // not a second event for the same decision
    CHECK(localTime(decision) == "5 January 2022");
    CHECK(claimValues(decision, "start", "weitz-2022") == std::vector<std::string>{"2022-01-06"});
    CHECK(claimValues(decision, "start", "culp-2022") == std::vector<std::string>{"2022-01-06"});
    CHECK(claimValues(decision, "start", "hegglin-2022") == std::vector<std::string>{"2022-01-05"});
    CHECK(contains(decision.disputedFields(), "start"));
}

TEST_CASE("about 2,500 troops: hegglin-2022 and weitz-2022 give the same figure in their own words") {
    const core::Event& decision = event("kaz-2022-answer");
    const core::Quantity& hegglin = figure(decision, "hegglin-2022", "troops deployed");
    const core::Quantity& weitz = figure(decision, "weitz-2022", "troops deployed");
    CHECK(hegglin.given == "about 2,500");
    CHECK(weitz.given == "approximately 2,500");
    CHECK(hegglin.form() == core::Quantity::Form::Approximate);
    CHECK(hegglin.min == 2500);
    CHECK_FALSE(hegglin.disagreesWith(weitz));
    CHECK_FALSE(contains(decision.disputedFields(), "troops deployed"));
    // edm-2022 gives the force's full strength as an exact 3,600; hegglin-2022 as about 3,600.
    CHECK(figure(decision, "edm-2022", "peacekeeping force strength").form() == core::Quantity::Form::Exact);
}

TEST_CASE("the Armenian contingent: 'a few dozen' (meduza-2022) against 'approximately 100' (hegglin-2022)") {
    const core::Event& deploy = event("kaz-2022-arm-deploy");
    const core::Quantity& meduza = figure(deploy, "meduza-2022", "troops");
    const core::Quantity& hegglin = figure(deploy, "hegglin-2022", "troops");
    CHECK(meduza.given == "a few dozen");
    CHECK(meduza.form() == core::Quantity::Form::Range);
    CHECK(hegglin.given == "approximately 100");
    CHECK(hegglin.form() == core::Quantity::Form::Approximate);
    CHECK(meduza.disagreesWith(hegglin));
    CHECK(deploy.disputedFields() == std::vector<std::string>{"troops"});
    CHECK(deploy.qualifier == core::DateQualifier::After);
}

TEST_CASE("Kyrgyzstan's request of June 2010 over Osh and Jalal-Abad is refused as an internal matter") {
    const core::Event& request = event("kgz-2010-june-request");
    CHECK(request.kind == core::EventKind::Request);
    CHECK(localTime(request) == "June 2010");
    CHECK(claimValues(request, "what-asked", "meduza-2022") == std::vector<std::string>{"troops for the Jalal-Abad and Osh regions"});
    const core::Event& answer = event("kgz-2010-june-answer");
    CHECK(answer.outcome == core::Outcome::Refused);
    CHECK(answer.answers == "kgz-2010-june-request");
    CHECK(claimValues(answer, "reason", "culp-2022") == std::vector<std::string>{"an internal matter of Kyrgyzstan"});
    CHECK(claimValues(answer, "reason", "hegglin-2022") == std::vector<std::string>{"an 'internal dispute'"});
    CHECK(claimValues(answer, "who-refused", "meduza-2022") == std::vector<std::string>{"Russian President Dmitry Medvedev"});
    // Shown at Moscow, which kept summer time (UTC+4) in June 2010: the month starts at 20:00 UTC.
    CHECK(localTime(answer) == "June 2010");
    CHECK(core::formatIso(answer.start, core::TimeZone::utc()) == "2010-05-31T20:00Z/2010-06-30T20:00Z");
}

TEST_CASE("the 1992 treaty is signed in Tashkent by six states; weitz-2022 gives the day") {
    const core::Event& treaty = event("founding-1992-treaty");
    CHECK(treaty.change == core::Change::Signed);
    CHECK(treaty.place == "tashkent");
    CHECK(localTime(treaty) == "May 1992");
    CHECK(treaty.states == std::vector<std::string>{"ARM", "KAZ", "KGZ", "RUS", "TJK", "UZB"});
    CHECK(claimValues(treaty, "start", "weitz-2022") == std::vector<std::string>{"1992-05-15"});
}

TEST_CASE("membership: the sources disagree on when Uzbekistan left for the second time") {
    std::vector<std::string> exits;
    for (const core::MembershipChange& m : shipped().membership)
        if (m.state == "UZB" && m.change == core::Change::Left) {
            std::string sources;
            for (const std::string& s : m.sources) sources += " " + s;
            exits.push_back(core::formatTime(m.date, core::TimeZone::utc()) + ":" + sources);
        }
    CHECK(exits == std::vector<std::string>{"1999: meduza-2022 weitz-2022 hegglin-2022", "2012: weitz-2022", "2021: meduza-2022"});
    std::size_t charter = std::count_if(shipped().membership.begin(), shipped().membership.end(),
                                        [](const core::MembershipChange& m) { return m.change == core::Change::Charter; });
    CHECK(charter == 12); // six states, as hegglin-2022 and meduza-2022 date it (2002) and as weitz-2022 does (October 2002)
}

TEST_CASE("the sites and the Armenian route of January 2022") {
    const core::Site* baikonur = shipped().findSite("site-baikonur");
    REQUIRE(baikonur != nullptr);
    CHECK(baikonur->kind == core::SiteKind::Cosmodrome);
    core::TimeZone qyzylorda = *core::TimeZone::find("Asia/Qyzylorda");
    CHECK(core::formatTime(baikonur->guardedFrom, qyzylorda) == "6 January 2022");
    CHECK(core::formatTime(baikonur->guardedTo, qyzylorda) == "19 January 2022");
    const core::Route* route = shipped().findRoute("route-arm");
    REQUIRE(route != nullptr);
    CHECK(route->origin == "yerevan");
    CHECK(route->destination == "almaty-airport");
    CHECK(route->deployment == "kaz-2022-arm-deploy");
    REQUIRE(route->withdraw.has_value());
    core::TimeZone almaty = *core::TimeZone::find("Asia/Almaty");
    CHECK(core::formatTime(*route->withdraw, almaty) == "13 January 2022");
    // The last contingent leaves on 19 January (hegglin-2022, weitz-2022, edm-2022).
    CHECK(localTime(event("kaz-2022-withdrawal-end")) == "19 January 2022");
}
