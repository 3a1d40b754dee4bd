// tests/fuzz/fuzz_command_line.cpp: the command line, split at newlines into arguments, through
// app::parseCommandLine; and the whole input through each value parser (--size, --bbox, --frames,
// --duration, --fps). Each parser gives a value or an error, and values are in their ranges.
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

#include "app/cli/command_line.hpp"

namespace {

void require(bool condition) {
    if (!condition) std::abort();
}

template <class T>
void checkOutcome(const std::optional<T>& value, const std::string& error) {
    require(value.has_value() == error.empty());
}

void valueParsers(const std::string& text) {
    using namespace atlas::app;
    std::string error;
    std::optional<FrameSize> size = parseFrameSize(text, error);
    checkOutcome(size, error);
    if (size) require(size->width > 0 && size->height > 0 && size->width <= kMaxFrameSide && size->height <= kMaxFrameSide);
    error.clear();
    std::optional<GeoBox> box = parseGeoBox(text, error);
    checkOutcome(box, error);
    if (box) require(box->southWest.lat < box->northEast.lat);
    error.clear();
    std::optional<FrameSpan> span = parseFrameSpan(text, error);
    checkOutcome(span, error);
    if (span) require(0 <= span->first && span->first <= span->last);
    error.clear();
    std::optional<double> duration = parseDuration(text, error);
    checkOutcome(duration, error);
    error.clear();
    std::optional<int> fps = parseFps(text, error);
    checkOutcome(fps, error);
    if (fps) require(*fps >= 1 && *fps <= 240);
    if (duration && fps) require(frameCount(*duration, *fps) >= 1);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    valueParsers(text);
    std::vector<std::string> arguments;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) arguments.push_back(line);
    atlas::app::parseCommandLine(arguments);
    return 0;
}
