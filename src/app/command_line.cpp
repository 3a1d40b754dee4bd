// app/command_line.cpp: strict parsing with messages that say which argument is wrong and why.
#include "app/command_line.hpp"

#include <cctype>
#include <cmath>
#include <sstream>

#include "core/number_text.hpp"

namespace atlas::app {

using core::parseFiniteNumber;
using core::parseInteger;

std::optional<FrameSize> parseFrameSize(const std::string& text, std::string& error) {
    auto x = text.find('x');
    auto width = x == std::string::npos ? std::nullopt : parseInteger(text.substr(0, x));
    auto height = x == std::string::npos ? std::nullopt : parseInteger(text.substr(x + 1));
    if (!width || !height) {
        error = "--size '" + text + "': expected WIDTHxHEIGHT in pixels, e.g. 1920x1080";
        return std::nullopt;
    }
    if (*width < 1 || *height < 1 || *width > kMaxFrameSide || *height > kMaxFrameSide) {
        error = "--size '" + text + "': each side must be between 1 and " + std::to_string(kMaxFrameSide) + " pixels";
        return std::nullopt;
    }
    return FrameSize{*width, *height};
}

std::optional<GeoBox> parseGeoBox(const std::string& text, std::string& error) {
    std::vector<double> values;
    std::stringstream stream(text);
    std::string part;
    while (std::getline(stream, part, ',')) {
        auto value = parseFiniteNumber(part);
        if (!value) {
            error = "--bbox '" + text + "': '" + part + "' is not a number";
            return std::nullopt;
        }
        values.push_back(*value);
    }
    if (values.size() != 4 || (!text.empty() && text.back() == ',')) { // getline drops a trailing empty field
        error = "--bbox '" + text + "': expected four numbers LON0,LAT0,LON1,LAT1";
        return std::nullopt;
    }
    GeoBox box{{values[0], values[1]}, {values[2], values[3]}};
    if (std::abs(box.southWest.lon) > 180 || std::abs(box.northEast.lon) > 180) {
        error = "--bbox '" + text + "': longitudes must be between -180 and 180";
        return std::nullopt;
    }
    if (std::abs(box.southWest.lat) > 90 || std::abs(box.northEast.lat) > 90 || box.southWest.lat >= box.northEast.lat) {
        error = "--bbox '" + text + "': latitudes must be between -90 and 90, LAT0 below LAT1";
        return std::nullopt;
    }
    if (box.southWest.lon == box.northEast.lon) {
        error = "--bbox '" + text + "': the box has no width";
        return std::nullopt;
    }
    return box;
}

ParseResult parseCommandLine(const std::vector<std::string>& arguments) {
    ParseResult result;
    Options& o = result.options;
    auto fail = [&](std::string message) {
        result.error = std::move(message);
        return result;
    };
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string& a = arguments[i];
        auto value = [&]() -> std::optional<std::string> {
            if (i + 1 >= arguments.size()) return std::nullopt;
            return arguments[++i];
        };
        if (a == "--help" || a == "-h") o.help = true;
        else if (a == "--version") o.version = true;
        else if (a == "--utc") o.utc = true;
        else if (a == "--data" || a == "--size" || a == "-o" || a == "--output" || a == "--bbox" || a == "--format") {
            auto v = value();
            if (!v) return fail(a + ": needs a value");
            std::string error;
            if (a == "--data") o.data = *v;
            else if (a == "--format") o.format = *v;
            else if (a == "-o" || a == "--output") o.output = *v;
            else if (a == "--size" && !(o.size = parseFrameSize(*v, error))) return fail(error);
            else if (a == "--bbox" && !(o.bbox = parseGeoBox(*v, error))) return fail(error);
        } else if (!a.empty() && a[0] == '-') return fail("unknown option '" + a + "'");
        else if (o.verb.empty() && (a == "render" || a == "events" || a == "check")) o.verb = a;
        else if (o.verb == "check") o.paths.emplace_back(a);
        else return fail("unknown command '" + a + "'");
    }
    if (o.help || o.version) return result;
    if (o.verb == "render") {
        if (!o.output) return fail("render: needs -o FILE.png");
        std::string extension = o.output->extension().string();
        for (char& c : extension) c = char(std::tolower(static_cast<unsigned char>(c)));
        if (extension != ".png") return fail("render: -o " + o.output->string() + ": the file name must end in .png");
        if (!o.size) o.size = FrameSize{1920, 1080};
    } else if (o.output || o.size || o.bbox) {
        return fail("--size, -o and --bbox belong to the render command");
    }
    if (o.verb != "events" && (o.format || o.utc)) return fail("--format and --utc belong to the events command");
    if (o.format && *o.format != "table" && *o.format != "csv" && *o.format != "json")
        return fail("--format '" + *o.format + "': expected table, csv or json");
    return result;
}

std::string usage() {
    return "csto-atlas: an animated map of the Collective Security Treaty Organization\n"
           "\n"
           "usage:\n"
           "  csto-atlas [--data DIR]                 open the map in a window\n"
           "  csto-atlas render [--size WxH] -o FILE.png [--bbox LON0,LAT0,LON1,LAT1] [--data DIR]\n"
           "                                          render one frame headless to PNG\n"
           "  csto-atlas events [--format table|csv|json] [--utc] [--data DIR]\n"
           "                                          list every event with its time, place, figures and sources\n"
           "  csto-atlas check [DIR|FILE...]          check data files (default: the built-in data);\n"
           "                                          one line per problem\n"
           "  csto-atlas --help | --version\n"
           "\n"
           "options:\n"
           "  --data DIR     a data folder laid out like geodata/ (default: the built-in CSTO data)\n"
           "  --size WxH     frame size in pixels (default 1920x1080, at most 16384 a side)\n"
           "  --bbox ...     the area to show, in degrees (default: the member states)\n"
           "  --format F     events: table (default), csv (RFC 4180) or json\n"
           "  --utc          events: times in UTC instead of each place's local time\n"
           "\n"
           "exit status: 0 success, 2 bad input or usage, 1 runtime failure\n";
}

} // namespace atlas::app
