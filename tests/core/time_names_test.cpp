// tests/core/time_names_test.cpp: core::NameHistory and Place::nameAt: the name follows the date
// (Nur-Sultan in January 2022, Astana before 2019 and after September 2022); bad histories are refused.
#include <doctest/doctest.h>

#include "core/geo/map_data.hpp"
#include "core/story/name_history.hpp"
#include "core/time/fuzzy_time.hpp"

using namespace atlas::core;
using namespace std::chrono;

namespace {

constexpr std::string_view kAstana = "Akmola;Astana@1998-05-06;Nur-Sultan@2019-03-23;Astana@2022-09-17";

NameHistory history(std::string_view text) {
    Parsed<NameHistory> parsed = NameHistory::parse(text);
    REQUIRE_MESSAGE(parsed.value.has_value(), parsed.error);
    return *parsed.value;
}

std::string failure(std::string_view text) {
    Parsed<NameHistory> parsed = NameHistory::parse(text);
    CAPTURE(text);
    CHECK_FALSE(parsed.value.has_value());
    return parsed.error;
}

local_days localDay(int y, unsigned m, unsigned d) { return local_days{year{y} / m / d}; }

Place astana() {
    Place place;
    place.id = "astana";
    place.name = "Astana";
    place.timeZone = "Asia/Almaty";
    place.names = history(kAstana);
    return place;
}

sys_seconds startOf(std::string_view text) {
    Parsed<FuzzyTime> t = parseFuzzyTime(text, *TimeZone::find("Asia/Almaty"));
    REQUIRE_MESSAGE(t.value.has_value(), t.error);
    return t.value->begin;
}

} // namespace

TEST_CASE("each name applies from its day to the day before the next") {
    NameHistory names = history(kAstana);
    CHECK(names.at(localDay(1995, 1, 1)) == "Akmola");
    CHECK(names.at(localDay(1998, 5, 5)) == "Akmola");
    CHECK(names.at(localDay(1998, 5, 6)) == "Astana");
    CHECK(names.at(localDay(2019, 3, 22)) == "Astana");
    CHECK(names.at(localDay(2019, 3, 23)) == "Nur-Sultan");
    CHECK(names.at(localDay(2022, 1, 6)) == "Nur-Sultan");
    CHECK(names.at(localDay(2022, 9, 17)) == "Astana");
}

TEST_CASE("a place is labelled with the name in force at the date, on its own calendar") {
    Place place = astana();
    CHECK(place.nameAt(startOf("2022-01-05")) == "Nur-Sultan");
    CHECK(place.nameAt(startOf("2010")) == "Astana");
    CHECK(place.nameAt(startOf("2023-01")) == "Astana");
    // 22 March 2019, 19:00 UTC is already 23 March in Astana (UTC+6).
    CHECK(place.nameAt(sys_days{year{2019} / 3 / 22} + hours{19}) == "Nur-Sultan");
    CHECK(place.nameAt(sys_days{year{2019} / 3 / 22} + hours{17}) == "Astana");
}

TEST_CASE("a place whose name never changed keeps it") {
    Place place;
    place.name = "Almaty";
    place.timeZone = "Asia/Almaty";
    CHECK(place.nameAt(startOf("2022-01-06")) == "Almaty");
    CHECK(history("").empty());
    CHECK(history("Almaty").at(localDay(2022, 1, 6)) == "Almaty");
}

TEST_CASE("malformed histories are refused with the reason") {
    CHECK(failure("Akmola@1990-01-01;Astana@1998-05-06") == "'Akmola@1990-01-01;Astana@1998-05-06': the first name takes no date");
    CHECK(failure("Akmola;Astana") == "'Akmola;Astana': 'Astana' needs the day it applies from (@YYYY-MM-DD)");
    CHECK(failure("Akmola;;Astana@1998-05-06") == "'Akmola;;Astana@1998-05-06': a name is empty");
    CHECK(failure("Akmola;Astana@2019-03-23;Nur-Sultan@1998-05-06") ==
          "'Akmola;Astana@2019-03-23;Nur-Sultan@1998-05-06': the dates must increase");
    CHECK(failure("Akmola;Astana@1998-02-30") == "'1998-02-30' is not a real date: February 1998 has 28 days");
    CHECK(failure("Akmola;Astana@1998-05") == "'1998-05': a name applies from a day (YYYY-MM-DD)");
}
