// core/time/fuzzy_time.hpp: a time as precise as its source: a year, a month, a day or an hour, held as
// the span of UTC instants it covers; parsed from ISO 8601. Standard library only.
#pragma once

#include <chrono>
#include <optional>
#include <string_view>

#include "core/parsed.hpp"
#include "core/time/time_zone.hpp"

namespace atlas::core {

enum class Precision { Year, Month, Day, Hour };

std::string_view precisionName(Precision precision); // "year", "month", "day", "hour"
std::optional<Precision> parsePrecision(std::string_view name);

std::string_view monthName(unsigned month); // 1 -> "January"; empty outside 1..12

struct FuzzyTime {
    Precision precision = Precision::Day;
    std::chrono::sys_seconds begin; // the first instant of the span
    std::chrono::sys_seconds end;   // the first instant after it
    // The UTC offset written in the source ("+06:00"; "Z" is zero); none when it wrote local time.
    std::optional<std::chrono::minutes> writtenOffset;

    bool contains(std::chrono::sys_seconds instant) const { return begin <= instant && instant < end; }
    // The instant a frame of this time shows: an hour's start, or the middle of a longer span.
    std::chrono::sys_seconds shown() const {
        return precision == Precision::Hour ? begin : begin + (end - begin) / 2;
    }
    friend bool operator==(const FuzzyTime&, const FuzzyTime&) = default;
};

// Parses "2010", "2010-06", "2010-06-14", "2022-01-05T23:00" or "2022-01-05T23:00+06:00" (also
// "T23", "Z", "+0600", "+06"). A time without an offset is local time in `zone`, under the rules
// in force at that date. The error names the text and says what is wrong with it.
Parsed<FuzzyTime> parseFuzzyTime(std::string_view text, const TimeZone& zone);

} // namespace atlas::core
