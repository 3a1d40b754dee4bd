// tests/core/time_zone_test.cpp: local dates and times converted with the IANA zone of their place
// under the rules in force then (Almaty UTC+6 in 2022, Moscow UTC+4 in summer 2010), and UTC.
#include <doctest/doctest.h>

#include "core/time/fuzzy_time.hpp"
#include "core/time/time_zone.hpp"
#include "time_test_helpers.hpp"

using namespace atlas::core;
using namespace std::chrono;
using atlas::test::parsed;
using atlas::test::zone;

namespace {

sys_seconds utc(int y, unsigned m, unsigned d, int h = 0) { return sys_days{year{y} / m / d} + hours{h}; }

} // namespace

TEST_CASE("zones are found by IANA name; unknown names are not") {
    CHECK(zone("Asia/Almaty").name() == "Asia/Almaty");
    CHECK(zone("Europe/Kyiv").name() == "Europe/Kyiv");
    CHECK(TimeZone::find("UTC")->isUtc());
    CHECK(TimeZone::utc().name() == "UTC");
    CHECK_FALSE(TimeZone::find("Asia/Nur-Sultan").has_value());
    CHECK_FALSE(TimeZone::find("").has_value());
}

TEST_CASE("Almaty was UTC+6 in January 2022: the local day 6 January starts at 18:00 UTC the day before") {
    FuzzyTime day = parsed("2022-01-06", zone("Asia/Almaty"));
    CHECK(day.begin == utc(2022, 1, 5, 18));
    CHECK(day.end == utc(2022, 1, 6, 18));
    CHECK(zone("Asia/Almaty").offsetAt(day.begin) == hours{6});
}

TEST_CASE("a local hour without offset uses the place's zone") {
    CHECK(parsed("2022-01-05T23:00", zone("Asia/Almaty")).begin == utc(2022, 1, 5, 17));
    CHECK(parsed("2021-05-12T10:00", zone("Asia/Yerevan")).begin == utc(2021, 5, 12, 6));
}

TEST_CASE("Yerevan is UTC+4") {
    CHECK(zone("Asia/Yerevan").offsetAt(utc(2021, 5, 13)) == hours{4});
    CHECK(parsed("2021-05-13", zone("Asia/Yerevan")).begin == utc(2021, 5, 12, 20));
}

TEST_CASE("Moscow: UTC+3 in 2022 and in winter 2010, UTC+4 in summer 2010") {
    TimeZone moscow = zone("Europe/Moscow");
    CHECK(moscow.offsetAt(utc(2022, 1, 6)) == hours{3});
    CHECK(moscow.offsetAt(utc(2010, 1, 15)) == hours{3});
    CHECK(moscow.offsetAt(utc(2010, 6, 15)) == hours{4});
    CHECK(parsed("2010-06-14", moscow).begin == utc(2010, 6, 13, 20));
    CHECK(parsed("2022-01-06", moscow).begin == utc(2022, 1, 5, 21));
    // June 2010 lies wholly in summer time: the month starts and ends at 20:00 UTC.
    FuzzyTime june = parsed("2010-06", moscow);
    CHECK(june.begin == utc(2010, 5, 31, 20));
    CHECK(june.end == utc(2010, 6, 30, 20));
}

TEST_CASE("a year in Moscow 2010 starts in winter time and ends in winter time") {
    FuzzyTime year2010 = parsed("2010", zone("Europe/Moscow"));
    CHECK(year2010.begin == utc(2009, 12, 31, 21));
    CHECK(year2010.end == utc(2010, 12, 31, 21));
}

TEST_CASE("a local time the clocks skipped does not exist; one they repeated is the earlier") {
    Parsed<FuzzyTime> skipped = parseFuzzyTime("2010-03-28T02:30", zone("Europe/Moscow"));
    CHECK_FALSE(skipped.value.has_value());
    CHECK(skipped.error == "'2010-03-28T02:30' does not exist in Europe/Moscow: the clocks were put forward over it");
    FuzzyTime repeated = parsed("2010-10-31T02:30", zone("Europe/Moscow"));
    CHECK(repeated.begin == sys_days{year{2010} / 10 / 30} + hours{22} + minutes{30});
}

TEST_CASE("toLocal and toUtc are inverse away from transitions") {
    TimeZone almaty = zone("Asia/Almaty");
    sys_seconds instant = utc(2022, 1, 5, 17);
    local_seconds local = almaty.toLocal(instant);
    CHECK(local == local_days{year{2022} / 1 / 5} + hours{23});
    CHECK(almaty.toUtc(local) == instant);
    CHECK(TimeZone::utc().toUtc(local) == utc(2022, 1, 5, 23));
}
