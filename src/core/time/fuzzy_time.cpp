// core/time/fuzzy_time.cpp: a strict ISO 8601 reader for the four precisions, with messages for
// malformed text and for dates and times that do not exist.
#include "core/time/fuzzy_time.hpp"

#include <array>
#include <string>

namespace atlas::core {

namespace {

using namespace std::chrono;

constexpr std::array<std::string_view, 4> kPrecisionNames{"year", "month", "day", "hour"};

constexpr std::string_view kExpectedForms =
    "expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM with an optional offset (Z, +06:00)";

constexpr std::array<std::string_view, 12> kMonthNames{"January", "February", "March",     "April",   "May",      "June",
                                                       "July",    "August",   "September", "October", "November", "December"};

// Reads exactly `digits` decimal digits at text[at]; advances at.
std::optional<int> readNumber(std::string_view text, std::size_t& at, std::size_t digits) {
    if (at + digits > text.size()) return std::nullopt;
    int value = 0;
    for (std::size_t i = 0; i < digits; ++i) {
        char c = text[at + i];
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    at += digits;
    return value;
}

bool take(std::string_view text, std::size_t& at, char c) {
    if (at >= text.size() || text[at] != c) return false;
    ++at;
    return true;
}

// "Z", "+06:00", "+0600", "+06" or "-03:30" at text[at] to the end.
std::optional<minutes> readOffset(std::string_view text, std::size_t at) {
    if (text.substr(at) == "Z") return minutes{0};
    if (at >= text.size() || (text[at] != '+' && text[at] != '-')) return std::nullopt;
    int sign = text[at++] == '-' ? -1 : 1;
    auto hours = readNumber(text, at, 2);
    if (!hours) return std::nullopt;
    int mins = 0;
    if (at < text.size()) {
        take(text, at, ':');
        auto m = readNumber(text, at, 2);
        if (!m || at != text.size()) return std::nullopt;
        mins = *m;
    }
    if (*hours > 14 || mins > 59) return std::nullopt;
    return minutes{sign * (*hours * 60 + mins)};
}

struct Fields {
    int year = 0;
    std::optional<int> month, day, hour;
    int minute = 0;
    std::optional<minutes> offset;
};

// Splits the text into its fields; nullopt when it is not one of the accepted forms.
std::optional<Fields> split(std::string_view text) {
    Fields f;
    std::size_t at = 0;
    auto year = readNumber(text, at, 4);
    if (!year) return std::nullopt;
    f.year = *year;
    if (at == text.size()) return f;
    if (!take(text, at, '-') || !(f.month = readNumber(text, at, 2))) return std::nullopt;
    if (at == text.size()) return f;
    if (!take(text, at, '-') || !(f.day = readNumber(text, at, 2))) return std::nullopt;
    if (at == text.size()) return f;
    if (!take(text, at, 'T') || !(f.hour = readNumber(text, at, 2))) return std::nullopt;
    if (take(text, at, ':')) {
        auto minute = readNumber(text, at, 2);
        if (!minute) return std::nullopt;
        f.minute = *minute;
    }
    if (at == text.size()) return f;
    f.offset = readOffset(text, at);
    if (!f.offset) return std::nullopt;
    return f;
}

std::string quoted(std::string_view text) { return "'" + std::string(text) + "'"; }

} // namespace

std::string_view precisionName(Precision precision) { return kPrecisionNames[std::size_t(precision)]; }

std::string_view monthName(unsigned month) { return month >= 1 && month <= 12 ? kMonthNames[month - 1] : ""; }

std::optional<Precision> parsePrecision(std::string_view name) {
    for (std::size_t i = 0; i < kPrecisionNames.size(); ++i)
        if (kPrecisionNames[i] == name) return Precision(i);
    return std::nullopt;
}

Parsed<FuzzyTime> parseFuzzyTime(std::string_view text, const TimeZone& zone) {
    using Result = Parsed<FuzzyTime>;
    std::optional<Fields> f = split(text);
    if (!f) return Result::failure(quoted(text) + " is not an ISO 8601 date: " + std::string(kExpectedForms));
    if (f->month && (*f->month < 1 || *f->month > 12))
        return Result::failure(quoted(text) + " is not a real date: there is no month " + std::to_string(*f->month));
    year_month month = year{f->year} / (f->month ? *f->month : 1);
    if (f->day) {
        unsigned last = unsigned(year_month_day_last{month.year(), month_day_last{month.month()}}.day());
        if (*f->day < 1 || unsigned(*f->day) > last)
            return Result::failure(quoted(text) + " is not a real date: " + std::string(monthName(unsigned(*f->month))) + " " +
                                   std::to_string(f->year) + " has " + std::to_string(last) + " days");
    }
    if (f->hour && *f->hour > 23)
        return Result::failure(quoted(text) + " is not a real time: there is no hour " + std::to_string(*f->hour));
    if (f->minute > 59)
        return Result::failure(quoted(text) + " is not a real time: there is no minute " + std::to_string(f->minute));

    FuzzyTime time;
    time.writtenOffset = f->offset;
    if (f->hour) {
        time.precision = Precision::Hour;
        local_seconds local = local_days{month / *f->day} + hours{*f->hour} + minutes{f->minute};
        if (f->offset) {
            time.begin = sys_seconds{local.time_since_epoch()} - *f->offset;
        } else {
            auto instant = zone.toUtc(local);
            if (!instant)
                return Result::failure(quoted(text) + " does not exist in " + zone.name() +
                                       ": the clocks were put forward over it");
            time.begin = *instant;
        }
        time.end = time.begin + hours{1};
        return {time, {}};
    }
    local_days first, next;
    if (f->day) {
        time.precision = Precision::Day;
        first = local_days{month / *f->day};
        next = first + days{1};
    } else if (f->month) {
        time.precision = Precision::Month;
        first = local_days{month / 1};
        next = local_days{(month + months{1}) / 1};
    } else {
        time.precision = Precision::Year;
        first = local_days{year{f->year} / January / 1};
        next = local_days{year{f->year + 1} / January / 1};
    }
    time.begin = zone.startOf(first);
    time.end = zone.startOf(next);
    return {time, {}};
}

} // namespace atlas::core
