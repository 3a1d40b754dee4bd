// app/cli/event_formats.hpp: listed events written as an aligned table for a terminal, as CSV
// (RFC 4180) or as a JSON array of objects.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "app/cli/event_listing.hpp"

namespace atlas::app {

// Long cells are cut to fit a column (with "…"); the CSV and JSON forms carry everything.
void writeEventTable(std::ostream& out, const std::vector<EventRow>& rows);
void writeEventCsv(std::ostream& out, const std::vector<EventRow>& rows);
void writeEventJson(std::ostream& out, const std::vector<EventRow>& rows);

} // namespace atlas::app
