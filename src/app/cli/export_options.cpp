// app/cli/export_options.cpp: strict parsing of export's numbers, with messages naming the option.
#include "app/cli/export_options.hpp"

#include <algorithm>
#include <cmath>

#include "core/text/number_text.hpp"

namespace atlas::app {

std::optional<double> parseDuration(const std::string& text, std::string& error) {
    double unit = 1;
    std::string number = text;
    if (!number.empty() && (number.back() == 's' || number.back() == 'm')) {
        unit = number.back() == 'm' ? 60 : 1;
        number.pop_back();
    }
    auto value = core::parseFiniteNumber(number);
    if (!value || *value <= 0 || *value * unit > 24 * 3600) {
        error = "--duration '" + text + "': expected a length of video such as 20s, 1.5m or 90 (seconds), up to 24 hours";
        return std::nullopt;
    }
    return *value * unit;
}

std::optional<int> parseFps(const std::string& text, std::string& error) {
    auto value = core::parseInteger(text);
    if (!value || *value < 1 || *value > 240) {
        error = "--fps '" + text + "': expected whole frames per second from 1 to 240";
        return std::nullopt;
    }
    return *value;
}

std::optional<FrameSpan> parseFrameSpan(const std::string& text, std::string& error) {
    auto dash = text.find('-');
    auto first = dash == std::string::npos ? std::nullopt : core::parseInteger(text.substr(0, dash));
    auto last = dash == std::string::npos ? std::nullopt : core::parseInteger(text.substr(dash + 1));
    if (!first || !last || *first < 0 || *last < *first) {
        error = "--frames '" + text + "': expected FIRST-LAST frame numbers from 0, FIRST <= LAST, e.g. 0-299";
        return std::nullopt;
    }
    return FrameSpan{*first, *last};
}

int frameCount(double durationSeconds, int fps) {
    return std::max(1, int(std::lround(durationSeconds * fps)));
}

} // namespace atlas::app
