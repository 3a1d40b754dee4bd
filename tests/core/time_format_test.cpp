// tests/core/time_format_test.cpp: core::formatTime and formatIso: each precision as the source
// gave it, in the place's local time or in UTC, and UTC round trips through the ISO text.
#include <doctest/doctest.h>

#include "core/time/fuzzy_time.hpp"
#include "core/time/time_format.hpp"
#include "core/time/time_zone.hpp"
#include "time_test_helpers.hpp"

using namespace atlas::core;
using namespace std::chrono;
using atlas::test::parsed;
using atlas::test::zone;

TEST_CASE("each precision is shown as the source gave it, in local time") {
    TimeZone bishkek = zone("Asia/Bishkek");
    CHECK(formatTime(parsed("2010", bishkek), bishkek) == "2010");
    CHECK(formatTime(parsed("2010-06", bishkek), bishkek) == "June 2010");
    CHECK(formatTime(parsed("2010-06-14", bishkek), bishkek) == "14 June 2010");
    TimeZone almaty = zone("Asia/Almaty");
    CHECK(formatTime(parsed("2022-01-06", almaty), almaty) == "6 January 2022");
    CHECK(formatTime(parsed("2022-01-05T23:00+06:00", almaty), almaty) == "5 January 2022, 23:00 UTC+6");
}

TEST_CASE("June 2010 is never shown as its first day") {
    TimeZone moscow = zone("Europe/Moscow");
    FuzzyTime june = parsed("2010-06", moscow);
    CHECK(formatTime(june, moscow) == "June 2010");
    CHECK(formatIso(june, moscow) == "2010-06");
}

TEST_CASE("an hour is shown in the place's zone, whatever offset the source wrote") {
    TimeZone almaty = zone("Asia/Almaty");
    CHECK(formatTime(parsed("2022-01-05T17:00Z", almaty), almaty) == "5 January 2022, 23:00 UTC+6");
    CHECK(formatTime(parsed("2022-01-05T17:00Z", almaty), TimeZone::utc()) == "5 January 2022, 17:00 UTC");
    TimeZone moscow = zone("Europe/Moscow");
    CHECK(formatTime(parsed("2010-06-14T12:00", moscow), moscow) == "14 June 2010, 12:00 UTC+4");
    CHECK(formatTime(parsed("2010-06-14T12:00", moscow), TimeZone::utc()) == "14 June 2010, 08:00 UTC");
}

TEST_CASE("a local day shown in UTC is given by the instants it runs between") {
    TimeZone almaty = zone("Asia/Almaty");
    FuzzyTime day = parsed("2022-01-06", almaty);
    CHECK(formatTime(day, TimeZone::utc()) == "5 January 2022, 18:00 UTC – 6 January 2022, 18:00 UTC");
    CHECK(formatIso(day, TimeZone::utc()) == "2022-01-05T18:00Z/2022-01-06T18:00Z");
    FuzzyTime utcDay = parsed("2022-01-06", TimeZone::utc());
    CHECK(formatTime(utcDay, TimeZone::utc()) == "6 January 2022");
}

TEST_CASE("offset labels") {
    CHECK(offsetLabel(seconds{0}) == "UTC");
    CHECK(offsetLabel(hours{6}) == "UTC+6");
    CHECK(offsetLabel(-hours{3}) == "UTC-3");
    CHECK(offsetLabel(hours{5} + minutes{30}) == "UTC+5:30");
    CHECK(offsetLabel(-(hours{3} + minutes{30})) == "UTC-3:30");
}

TEST_CASE("ISO text in a zone and in UTC reads back to the same span") {
    TimeZone almaty = zone("Asia/Almaty");
    for (const char* text : {"2022-01-05T23:00+06:00", "2022", "2022-01", "2022-01-06"}) {
        CAPTURE(text);
        FuzzyTime original = parsed(text, almaty);
        std::string local = formatIso(original, almaty);
        CHECK(parsed(local, almaty).begin == original.begin);
        CHECK(parsed(local, almaty).end == original.end);
        CHECK(parsed(local, almaty).precision == original.precision);
    }
    FuzzyTime hour = parsed("2022-01-05T23:00+06:00", almaty);
    CHECK(formatIso(hour, almaty) == "2022-01-05T23:00+06:00");
    std::string inUtc = formatIso(hour, TimeZone::utc());
    CHECK(inUtc == "2022-01-05T17:00Z");
    CHECK(parsed(inUtc, zone("America/New_York")).begin == hour.begin);
    CHECK(formatIso(parsed(inUtc, TimeZone::utc()), almaty) == "2022-01-05T23:00+06:00");
}
