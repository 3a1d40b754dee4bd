// app/cli/option_values.cpp: strict parsing of option values, with messages that say which
// argument is wrong and why.
#include "app/cli/option_values.hpp"

#include <cmath>
#include <sstream>

#include "core/text/number_text.hpp"

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

namespace {

// "A,B,C,D" -> four finite numbers; error names the option and says what is wrong.
std::optional<std::vector<double>> fourNumbers(const std::string& option, const std::string& text, const std::string& form,
                                               std::string& error) {
    std::vector<double> values;
    std::stringstream stream(text);
    std::string part;
    while (std::getline(stream, part, ',')) {
        auto value = parseFiniteNumber(part);
        if (!value) {
            error = option + " '" + text + "': '" + part + "' is not a number";
            return std::nullopt;
        }
        values.push_back(*value);
    }
    if (values.size() != 4 || (!text.empty() && text.back() == ',')) { // getline drops a trailing empty field
        error = option + " '" + text + "': expected four numbers " + form;
        return std::nullopt;
    }
    return values;
}

} // namespace

std::optional<core::Box> parseMapBox(const std::string& text, std::string& error) {
    auto values = fourNumbers("--map-box", text, "MINX,MINY,MAXX,MAXY", error);
    if (!values) return std::nullopt;
    core::Box box{(*values)[0], (*values)[1], (*values)[2], (*values)[3]};
    if (!(box.minX < box.maxX && box.minY < box.maxY)) {
        error = "--map-box '" + text + "': MINX must be below MAXX and MINY below MAXY";
        return std::nullopt;
    }
    return box;
}

std::optional<GeoBox> parseGeoBox(const std::string& text, std::string& error) {
    auto parsed = fourNumbers("--bbox", text, "LON0,LAT0,LON1,LAT1", error);
    if (!parsed) return std::nullopt;
    const std::vector<double>& values = *parsed;
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

std::optional<core::FuzzyTime> parseAtTime(const std::string& text, std::string& error) {
    core::Parsed<core::FuzzyTime> parsed = core::parseFuzzyTime(text, core::TimeZone::utc());
    if (!parsed.value) error = "--at: " + parsed.error + " (expected e.g. 2024-03-15, 2019-06 or 2024-03-15T14:00+06:00)";
    return parsed.value;
}

} // namespace atlas::app
