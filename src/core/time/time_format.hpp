// core/time/time_format.hpp: a FuzzyTime as text, at its precision, in a place's zone or in UTC.
// Standard library only.
#pragma once

#include <chrono>
#include <string>

#include "core/time/fuzzy_time.hpp"
#include "core/time/time_zone.hpp"

namespace atlas::core {

// "2010", "June 2010", "6 January 2022", or with a time "5 January 2022, 23:00 UTC+6" (in UTC:
// "5 January 2022, 17:00 UTC"). A span the zone does not cut at its own boundaries (a local day
// shown in UTC) is given by its ends: "5 January 2022, 18:00 UTC – 6 January 2022, 18:00 UTC".
std::string formatTime(const FuzzyTime& time, const TimeZone& zone);

// ISO 8601 at the same precision: "2010-06", "2022-01-06", "2022-01-05T23:00+06:00", in UTC
// "2022-01-05T17:00Z"; a span not cut at its boundaries as an interval "2022-01-05T18:00Z/2022-01-06T18:00Z".
// parseFuzzyTime reads the single forms back to the same span.
std::string formatIso(const FuzzyTime& time, const TimeZone& zone);

// The local year, month, day or hour of zone that contains instant: what an on-map date shows.
FuzzyTime spanAt(std::chrono::sys_seconds instant, Precision precision, const TimeZone& zone);

// "UTC" for zero, else "UTC+6", "UTC+5:30", "UTC-3".
std::string offsetLabel(std::chrono::seconds offset);

} // namespace atlas::core
