// tests/core/time_parse_test.cpp: core::parseFuzzyTime: the four precisions and the span each
// covers, offsets, and clear errors for malformed text and dates or times that do not exist.
#include <doctest/doctest.h>

#include "core/time/fuzzy_time.hpp"
#include "core/time/time_zone.hpp"

using namespace atlas::core;
using namespace std::chrono;

namespace {

FuzzyTime parsed(std::string_view text, const TimeZone& zone = TimeZone::utc()) {
    Parsed<FuzzyTime> result = parseFuzzyTime(text, zone);
    REQUIRE_MESSAGE(result.value.has_value(), result.error);
    CHECK(result.error.empty());
    return *result.value;
}

std::string failure(std::string_view text) {
    Parsed<FuzzyTime> result = parseFuzzyTime(text, TimeZone::utc());
    CAPTURE(text);
    CHECK_FALSE(result.value.has_value());
    return result.error;
}

sys_seconds utc(int y, unsigned m, unsigned d, int h = 0, int min = 0) {
    return sys_days{year{y} / m / d} + hours{h} + minutes{min};
}

} // namespace

TEST_CASE("a year spans the whole year") {
    FuzzyTime t = parsed("2010");
    CHECK(t.precision == Precision::Year);
    CHECK(t.begin == utc(2010, 1, 1));
    CHECK(t.end == utc(2011, 1, 1));
    CHECK_FALSE(t.writtenOffset.has_value());
}

TEST_CASE("a month spans the whole month, never just its first day") {
    FuzzyTime june = parsed("2010-06");
    CHECK(june.precision == Precision::Month);
    CHECK(june.begin == utc(2010, 6, 1));
    CHECK(june.end == utc(2010, 7, 1));
    CHECK(june.contains(utc(2010, 6, 30, 23, 59)));
    CHECK_FALSE(june.contains(utc(2010, 7, 1)));
    FuzzyTime december = parsed("2021-12");
    CHECK(december.end == utc(2022, 1, 1));
}

TEST_CASE("a day spans 24 hours; a leap day exists in a leap year") {
    FuzzyTime t = parsed("2010-06-14");
    CHECK(t.precision == Precision::Day);
    CHECK(t.begin == utc(2010, 6, 14));
    CHECK(t.end == utc(2010, 6, 15));
    CHECK(parsed("2020-02-29").begin == utc(2020, 2, 29));
}

TEST_CASE("an hour with an offset is converted to UTC whatever the zone") {
    FuzzyTime t = parsed("2022-01-05T23:00+06:00", *TimeZone::find("Europe/Moscow"));
    CHECK(t.precision == Precision::Hour);
    CHECK(t.begin == utc(2022, 1, 5, 17));
    CHECK(t.end == utc(2022, 1, 5, 18));
    REQUIRE(t.writtenOffset.has_value());
    CHECK(*t.writtenOffset == minutes{360});
}

TEST_CASE("Z, compact and negative offsets, and an hour without minutes") {
    CHECK(parsed("2022-01-05T17:00Z").begin == utc(2022, 1, 5, 17));
    CHECK(*parsed("2022-01-05T17:00Z").writtenOffset == minutes{0});
    CHECK(parsed("2022-01-05T23:00+0600").begin == utc(2022, 1, 5, 17));
    CHECK(parsed("2022-01-05T23+06").begin == utc(2022, 1, 5, 17));
    CHECK(parsed("2022-01-05T12:30-03:30").begin == utc(2022, 1, 5, 16));
}

TEST_CASE("malformed text is rejected with the accepted forms") {
    for (const char* text : {"", "22", "2022/01/05", "2022-1-5", "05.01.2022", "2022-01-05 23:00", "2022-01-05T23:00+6",
                             "2022-01-05T23:00 UTC", "June 2010", "2022-01-05T", "20222"}) {
        std::string error = failure(text);
        CHECK(error == "'" + std::string(text) +
                           "' is not an ISO 8601 date: expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM with an "
                           "optional offset (Z, +06:00)");
    }
}

TEST_CASE("impossible dates and times say what does not exist") {
    CHECK(failure("2022-02-30") == "'2022-02-30' is not a real date: February 2022 has 28 days");
    CHECK(failure("2021-02-29") == "'2021-02-29' is not a real date: February 2021 has 28 days");
    CHECK(failure("2022-04-31") == "'2022-04-31' is not a real date: April 2022 has 30 days");
    CHECK(failure("2022-01-00") == "'2022-01-00' is not a real date: January 2022 has 31 days");
    CHECK(failure("2022-13") == "'2022-13' is not a real date: there is no month 13");
    CHECK(failure("2022-00-10") == "'2022-00-10' is not a real date: there is no month 0");
    CHECK(failure("2022-01-05T25:00") == "'2022-01-05T25:00' is not a real time: there is no hour 25");
    CHECK(failure("2022-01-05T23:60") == "'2022-01-05T23:60' is not a real time: there is no minute 60");
    CHECK(failure("2022-01-05T23:00+15:00").find("is not an ISO 8601 date") != std::string::npos);
}

TEST_CASE("precision names round-trip and unknown ones are refused") {
    for (Precision p : {Precision::Year, Precision::Month, Precision::Day, Precision::Hour})
        CHECK(parsePrecision(precisionName(p)) == p);
    CHECK(precisionName(Precision::Month) == "month");
    CHECK_FALSE(parsePrecision("minute").has_value());
    CHECK_FALSE(parsePrecision("Day").has_value());
    CHECK(monthName(6) == "June");
    CHECK(monthName(13).empty());
}
