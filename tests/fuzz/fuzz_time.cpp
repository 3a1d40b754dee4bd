// tests/fuzz/fuzz_time.cpp: times and dates as the story files and --at/--from/--to give them:
// core::parseFuzzyTime in UTC and in a zone with a history of offsets, and app::parseAtTime.
// A parsed span must be non-empty.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "app/cli/command_line.hpp"
#include "core/time/fuzzy_time.hpp"

namespace {

void checkSpan(const std::optional<atlas::core::FuzzyTime>& time) {
    if (time && !(time->begin < time->end)) std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const atlas::core::TimeZone almaty = *atlas::core::TimeZone::find("Asia/Almaty");
    const std::string text(reinterpret_cast<const char*>(data), size);
    checkSpan(atlas::core::parseFuzzyTime(text, atlas::core::TimeZone::utc()).value);
    checkSpan(atlas::core::parseFuzzyTime(text, almaty).value);
    std::string error;
    std::optional<atlas::core::FuzzyTime> at = atlas::app::parseAtTime(text, error);
    checkSpan(at);
    if (at.has_value() == !error.empty()) std::abort(); // a value or an error, never both or neither
    if (at && !at->contains(at->shown())) std::abort(); // the instant shown lies in the span
    return 0;
}
