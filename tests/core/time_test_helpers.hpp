// tests/core/time_test_helpers.hpp: a named time zone and a parsed time, failing the test with
// the reason when either cannot be had.
#pragma once

#include <doctest/doctest.h>

#include "core/time/fuzzy_time.hpp"
#include "core/time/time_zone.hpp"

namespace atlas::test {

inline core::TimeZone zone(const char* name) {
    std::optional<core::TimeZone> z = core::TimeZone::find(name);
    REQUIRE_MESSAGE(z.has_value(), name);
    return *z;
}

inline core::FuzzyTime parsed(std::string_view text, const core::TimeZone& z) {
    core::Parsed<core::FuzzyTime> result = core::parseFuzzyTime(text, z);
    REQUIRE_MESSAGE(result.value.has_value(), result.error);
    return *result.value;
}

} // namespace atlas::test
