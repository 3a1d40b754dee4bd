// app/command_line.hpp: parses the verbs and options of csto-atlas; nothing here touches files.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/geometry.hpp"

namespace atlas::app {

struct FrameSize {
    int width = 0;
    int height = 0;
};

// A geographic box; lon1 < lon0 means the box crosses the 180° meridian.
struct GeoBox {
    core::LonLat southWest;
    core::LonLat northEast;
};

struct Options {
    std::string verb;                   // "" (the window), "render", "events" or "check"
    std::optional<std::filesystem::path> data;
    std::optional<std::string> format;  // events: table, csv or json
    bool utc = false;                   // events: times in UTC
    std::vector<std::filesystem::path> paths; // check: folders and files
    std::optional<FrameSize> size;
    std::optional<std::filesystem::path> output;
    std::optional<GeoBox> bbox;
    bool help = false;
    bool version = false;
};

struct ParseResult {
    Options options;
    std::string error; // empty when the command line is good
};

ParseResult parseCommandLine(const std::vector<std::string>& arguments);

// "1920x1080" -> size; error explains what is wrong.
std::optional<FrameSize> parseFrameSize(const std::string& text, std::string& error);
// "LON0,LAT0,LON1,LAT1" -> box; error explains what is wrong.
std::optional<GeoBox> parseGeoBox(const std::string& text, std::string& error);

std::string usage();

inline constexpr int kMaxFrameSide = 16384;

} // namespace atlas::app
