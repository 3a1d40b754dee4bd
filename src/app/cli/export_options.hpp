// app/cli/export_options.hpp: the values of `export`'s own options: --duration, --fps, --frames.
#pragma once

#include <optional>
#include <string>

namespace atlas::app {

// Frames first..last of an export, both included, counted from 0.
struct FrameSpan {
    int first = 0;
    int last = 0;
};

// "20s", "1.5m", "90" (seconds) -> seconds; error explains what is wrong.
std::optional<double> parseDuration(const std::string& text, std::string& error);
// "30" -> frames per second, 1 to 240; error explains what is wrong.
std::optional<int> parseFps(const std::string& text, std::string& error);
// "0-99" -> frames 0 to 99; error explains what is wrong.
std::optional<FrameSpan> parseFrameSpan(const std::string& text, std::string& error);

// The frames of an export: duration times fps, rounded, at least one.
int frameCount(double durationSeconds, int fps);

} // namespace atlas::app
