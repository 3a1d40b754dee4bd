// app/cli/option_values.hpp: the values of the command line's options: frame sizes, boxes and
// times; nothing here touches files.
#pragma once

#include <optional>
#include <string>

#include "core/geo/geometry.hpp"
#include "core/time/fuzzy_time.hpp"

namespace atlas::app {

struct FrameSize {
    int width = 0;
    int height = 0;
};

using GeoBox = core::GeoView;

inline constexpr int kMaxFrameSide = 16384;

// "1920x1080" -> size; error explains what is wrong.
std::optional<FrameSize> parseFrameSize(const std::string& text, std::string& error);
// "MINX,MINY,MAXX,MAXY" in projected metres -> box; error explains what is wrong.
std::optional<core::Box> parseMapBox(const std::string& text, std::string& error);
// "LON0,LAT0,LON1,LAT1" -> box; error explains what is wrong.
std::optional<GeoBox> parseGeoBox(const std::string& text, std::string& error);

// "2022-01-10", "2022-01-10T14:00+06:00", "2010-06" -> the span; error explains what is wrong.
std::optional<core::FuzzyTime> parseAtTime(const std::string& text, std::string& error);

} // namespace atlas::app
