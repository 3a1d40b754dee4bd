// app/cli/event_listing.hpp: the events of a story as `csto-atlas events` lists them: the values that
// depend on the date and zone (times as the source gave them, the place's name then) worked out,
// and each deployment's contingents with it.
#pragma once

#include <string>
#include <vector>

#include "core/story/story.hpp"

namespace atlas::app {

// A contingent of a deployment (a route of routes.geojson): its departure in its origin's zone, its
// arrival and withdrawal in its destination's (or all in UTC), each place named as it was then.
struct ContingentRow {
    const core::Route* route = nullptr;
    std::string depart, arrive, withdraw; // "6 January 2022"; withdraw empty when the sources give none
    std::string withdrawn;                // when the withdrawal was complete; empty when not given
    std::string origin, destination;      // the places' names at departure
};

struct EventRow {
    const core::Event* event = nullptr;
    std::string kind;              // "answer (refused)", "membership (signed)", "request"
    std::string start, end;        // "6 January 2022"; end empty when the event has none
    std::string startIso, endIso;  // the same in ISO 8601
    std::string place;             // the place's name at the start
    std::vector<std::string> disputed; // the points the sources disagree on
    std::vector<ContingentRow> contingents; // a deployment's, in routes.geojson order
};

// In story order; times in each place's local time, or in UTC.
std::vector<EventRow> listEvents(const core::Story& story, bool utc);

} // namespace atlas::app
