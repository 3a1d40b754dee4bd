// app/cli/event_listing.cpp: times, kinds and place names of listed events and their contingents.
#include "app/cli/event_listing.hpp"

#include "core/time/time_format.hpp"
#include "core/time/time_zone.hpp"

namespace atlas::app {

namespace {

std::string kindText(const core::Event& event) {
    std::string text(core::nameOf(event.kind));
    if (event.outcome) text += " (" + std::string(core::nameOf(*event.outcome)) + ")";
    if (event.change) text += " (" + std::string(core::nameOf(*event.change)) + ")";
    return text;
}

// The place's zone, or UTC when the listing is asked for in UTC.
core::TimeZone zoneOf(const core::Story& story, const std::string& placeId, bool utc) {
    return utc ? core::TimeZone::utc() : story.placeZone(placeId);
}

// Departures in the origin's time, arrivals and withdrawals in the destination's, as routes.geojson gives them.
std::vector<ContingentRow> contingentsOf(const core::Story& story, const core::Event& deployment, bool utc) {
    std::vector<ContingentRow> rows;
    for (const core::Route& route : story.routes) {
        if (route.deployment != deployment.id) continue;
        core::TimeZone from = zoneOf(story, route.origin, utc), to = zoneOf(story, route.destination, utc);
        rows.push_back({&route, core::formatTime(route.depart, from), core::formatTime(route.arrive, to),
                        route.withdraw ? core::formatTime(*route.withdraw, to) : "",
                        route.withdrawn ? core::formatTime(*route.withdrawn, to) : "",
                        story.placeNameAt(route.origin, route.depart.begin), story.placeNameAt(route.destination, route.arrive.begin)});
    }
    return rows;
}

} // namespace

std::vector<EventRow> listEvents(const core::Story& story, bool utc) {
    std::vector<EventRow> rows;
    for (const core::Event& event : story.events) {
        const core::Place* place = story.findPlace(event.place);
        core::TimeZone zone = zoneOf(story, event.place, utc);
        EventRow row{&event, kindText(event), core::formatTime(event.start, zone), "", core::formatIso(event.start, zone), "",
                     place ? place->nameAt(event.start.begin) : event.place, event.disputedFields()};
        if (event.end) {
            row.end = core::formatTime(*event.end, zone);
            row.endIso = core::formatIso(*event.end, zone);
        }
        row.contingents = contingentsOf(story, event, utc);
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace atlas::app
