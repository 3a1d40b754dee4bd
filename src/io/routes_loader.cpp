// io/routes_loader.cpp: one route per feature; departure is read in the origin's zone, arrival
// and withdrawal in the destination's. A withdrawal runs from the start of `withdraw` to the end of
// `withdrawn` (the date it was complete by) when the sources give both.
#include "io/routes_loader.hpp"

#include "io/story_arrays.hpp"
#include "io/story_checks.hpp"
#include "io/story_record.hpp"

namespace atlas::io {

namespace {

const StoryFileSpec kSpec{{{"id", FieldType::Text, true},
                           {"deployment", FieldType::Text, true},
                           {"state", FieldType::Text, true},
                           {"origin", FieldType::Text, true},
                           {"destination", FieldType::Text, true},
                           {"depart", FieldType::Text, true},
                           {"arrive", FieldType::Text, true},
                           {"date_qualifier", FieldType::Text, false},
                           {"precision", FieldType::Text, true},
                           {"withdraw", FieldType::Text, false},
                           {"withdrawn", FieldType::Text, false},
                           {"numbers", FieldType::ObjectList, false},
                           {"units", FieldType::Text, true},
                           {"sources", FieldType::ObjectList, true},
                           {"coords", FieldType::Text, true},
                           {"note", FieldType::Text, false}},
                          {"id"}};

void readDates(StoryRecord& r, core::Route& route, const core::Place& origin, const core::Place& destination) {
    auto departText = r.text("depart");
    auto arriveText = r.text("arrive");
    auto depart = departText ? readTime(r, "depart", *departText, origin.zone()) : std::nullopt;
    auto arrive = arriveText ? readTime(r, "arrive", *arriveText, destination.zone()) : std::nullopt;
    if (auto precision = r.text("precision")) {
        if (depart) checkPrecision(r, *precision, "depart", *departText, *depart);
        if (arrive) checkPrecision(r, *precision, "arrive", *arriveText, *arrive);
    }
    if (depart && arrive) checkOrder(r, "arrive", *arriveText, *arrive, "depart", *departText, *depart);
    if (depart) route.depart = *depart;
    if (arrive) route.arrive = *arrive;
    if (auto withdrawText = r.text("withdraw")) {
        route.withdraw = readTime(r, "withdraw", *withdrawText, destination.zone());
        if (route.withdraw && arrive) checkOrder(r, "withdraw", *withdrawText, *route.withdraw, "arrive", *arriveText, *arrive);
        if (auto withdrawnText = r.text("withdrawn"); withdrawnText && route.withdraw)
            if (auto withdrawn = readTime(r, "withdrawn", *withdrawnText, destination.zone()))
                if (checkOrder(r, "withdrawn", *withdrawnText, *withdrawn, "withdraw", *withdrawText, *route.withdraw))
                    route.withdrawn = *withdrawn;
    } else if (r.text("withdrawn")) {
        r.fail("withdrawn", "given without 'withdraw', the date the withdrawal began");
    }
}

void readDeployment(StoryRecord& r, core::Route& route, const StoryRefs& refs) {
    std::optional<std::string> id = r.text("deployment");
    if (!id) return;
    auto event = refs.events.find(*id);
    if (event == refs.events.end()) r.fail("deployment", "no event '" + *id + "' in events.geojson");
    else if (event->second != core::EventKind::Deployment)
        r.fail("deployment", "'" + *id + "' is a " + std::string(core::nameOf(event->second)) + " event, not a deployment");
    else route.deployment = *id;
}

} // namespace

std::vector<core::Route> loadRoutes(const std::filesystem::path& geojson, StoryRefs& refs, core::Diagnostics& diagnostics) {
    std::vector<core::Route> routes;
    readStoryFile(geojson, kSpec, [&](StoryRecord& r) {
        core::Route route;
        if (auto id = r.text("id"); id && takeId(r, *id, refs)) route.id = *id;
        readDeployment(r, route, refs);
        if (auto state = r.text("state"); state && checkStates(r, "state", {*state}, refs)) route.state = *state;
        const core::Place* origin = nullptr;
        const core::Place* destination = nullptr;
        if (auto id = r.text("origin")) origin = readPlace(r, "origin", *id, refs);
        if (auto id = r.text("destination")) destination = readPlace(r, "destination", *id, refs);
        if (origin && destination) {
            route.origin = origin->id;
            route.destination = destination->id;
            route.from = origin->lonLat;
            route.to = destination->lonLat;
            checkLine(r, *origin, *destination);
            readDates(r, route, *origin, *destination);
        }
        if (auto qualifier = r.text("date_qualifier"))
            if (auto q = readName<core::DateQualifier>(r, "date_qualifier", *qualifier, "date qualifier")) route.qualifier = *q;
        route.numbers = readQuantities(r, "numbers", refs);
        route.units = r.text("units").value_or("");
        route.sources = readCitations(r, "sources", refs);
        if (auto coords = r.text("coords"); coords && checkCoords(r, *coords, refs)) route.coords = *coords;
        route.note = r.text("note").value_or("");
        if (r.ok()) routes.push_back(std::move(route));
    }, diagnostics);
    return routes;
}

} // namespace atlas::io
