// app/cli/event_listing.cpp: times, kinds and place names of listed events.
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

} // namespace

std::vector<EventRow> listEvents(const core::Story& story, bool utc) {
    std::vector<EventRow> rows;
    for (const core::Event& event : story.events) {
        const core::Place* place = story.findPlace(event.place);
        core::TimeZone zone = core::TimeZone::utc();
        if (!utc && place) zone = core::TimeZone::find(place->timeZone).value_or(core::TimeZone::utc());
        EventRow row{&event, kindText(event), core::formatTime(event.start, zone), "", core::formatIso(event.start, zone), "",
                     place ? place->nameAt(event.start.begin) : event.place, event.disputedFields()};
        if (event.end) {
            row.end = core::formatTime(*event.end, zone);
            row.endIso = core::formatIso(*event.end, zone);
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace atlas::app
