// core/time/time_format.cpp: English and ISO 8601 text for fuzzy times.
#include "core/time/time_format.hpp"

#include <cstdio>
#include <cstdlib>

namespace atlas::core {

namespace {

using namespace std::chrono;

std::string twoDigits(long value) {
    char text[8];
    std::snprintf(text, sizeof text, "%02ld", value);
    return text;
}

struct LocalParts {
    year_month_day date;
    hh_mm_ss<seconds> time;
};

LocalParts partsOf(local_seconds local) {
    local_days day = floor<days>(local);
    return {year_month_day{day}, hh_mm_ss<seconds>{local - day}};
}

local_days unitStart(const year_month_day& date, Precision precision) {
    if (precision == Precision::Year) return local_days{date.year() / January / 1};
    if (precision == Precision::Month) return local_days{date.year() / date.month() / 1};
    return local_days{date};
}

local_days nextUnitStart(local_days start, Precision precision) {
    year_month_day date{start};
    if (precision == Precision::Year) return local_days{(date.year() + years{1}) / January / 1};
    if (precision == Precision::Month) return local_days{(date.year() / date.month() + months{1}) / 1};
    return start + days{1};
}

// True when the zone's local calendar cuts the span exactly at the start of its unit and the next.
bool fallsOnBoundaries(const FuzzyTime& time, const TimeZone& zone) {
    local_seconds first = zone.toLocal(time.begin);
    local_days start = unitStart(year_month_day{floor<days>(first)}, time.precision);
    return first == start && zone.toLocal(time.end) == nextUnitStart(start, time.precision);
}

std::string dayText(const year_month_day& date) {
    return std::to_string(unsigned(date.day())) + " " + std::string(monthName(unsigned(date.month()))) + " " +
           std::to_string(int(date.year()));
}

// "5 January 2022, 23:00 UTC+6"
std::string instantText(sys_seconds instant, const TimeZone& zone) {
    LocalParts parts = partsOf(zone.toLocal(instant));
    return dayText(parts.date) + ", " + twoDigits(parts.time.hours().count()) + ":" +
           twoDigits(parts.time.minutes().count()) + " " + offsetLabel(zone.offsetAt(instant));
}

std::string isoOffset(seconds offset, const TimeZone& zone) {
    if (zone.isUtc()) return "Z";
    long total = long(duration_cast<minutes>(offset).count());
    return std::string(total < 0 ? "-" : "+") + twoDigits(std::abs(total) / 60) + ":" + twoDigits(std::abs(total) % 60);
}

std::string isoDate(const year_month_day& date, Precision precision) {
    std::string text = std::to_string(int(date.year()));
    if (precision == Precision::Year) return text;
    text += "-" + twoDigits(unsigned(date.month()));
    if (precision == Precision::Month) return text;
    return text + "-" + twoDigits(unsigned(date.day()));
}

// "2022-01-05T23:00+06:00"
std::string isoInstant(sys_seconds instant, const TimeZone& zone) {
    LocalParts parts = partsOf(zone.toLocal(instant));
    return isoDate(parts.date, Precision::Day) + "T" + twoDigits(parts.time.hours().count()) + ":" +
           twoDigits(parts.time.minutes().count()) + isoOffset(zone.offsetAt(instant), zone);
}

} // namespace

std::string offsetLabel(seconds offset) {
    long total = long(duration_cast<minutes>(offset).count());
    if (total == 0) return "UTC";
    std::string text = std::string("UTC") + (total < 0 ? "-" : "+") + std::to_string(std::abs(total) / 60);
    if (total % 60 != 0) text += ":" + twoDigits(std::abs(total) % 60);
    return text;
}

FuzzyTime spanAt(sys_seconds instant, Precision precision, const TimeZone& zone) {
    local_seconds local = zone.toLocal(instant);
    if (precision == Precision::Hour) {
        local_seconds hour = floor<hours>(local);
        return {precision, zone.startOf(hour), zone.startOf(hour + hours{1}), std::nullopt};
    }
    local_days start = unitStart(partsOf(local).date, precision);
    return {precision, zone.startOf(start), zone.startOf(nextUnitStart(start, precision)), std::nullopt};
}

std::string formatTime(const FuzzyTime& time, const TimeZone& zone) {
    if (time.precision == Precision::Hour) return instantText(time.begin, zone);
    if (!fallsOnBoundaries(time, zone)) return instantText(time.begin, zone) + " – " + instantText(time.end, zone);
    year_month_day date{floor<days>(zone.toLocal(time.begin))};
    if (time.precision == Precision::Year) return std::to_string(int(date.year()));
    if (time.precision == Precision::Month)
        return std::string(monthName(unsigned(date.month()))) + " " + std::to_string(int(date.year()));
    return dayText(date);
}

std::string formatIso(const FuzzyTime& time, const TimeZone& zone) {
    if (time.precision == Precision::Hour) return isoInstant(time.begin, zone);
    if (!fallsOnBoundaries(time, zone)) return isoInstant(time.begin, zone) + "/" + isoInstant(time.end, zone);
    return isoDate(year_month_day{floor<days>(zone.toLocal(time.begin))}, time.precision);
}

} // namespace atlas::core
