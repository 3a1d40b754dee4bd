// export/subtitle_text.cpp: times rounded to the millisecond, as SubRip writes them.
#include "export/subtitle_text.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace atlas::exporting {

namespace {

std::string timestamp(double seconds) {
    long long ms = std::llround(std::max(0.0, seconds) * 1000);
    char text[32];
    std::snprintf(text, sizeof text, "%02lld:%02lld:%02lld,%03lld", ms / 3600000, ms / 60000 % 60, ms / 1000 % 60, ms % 1000);
    return text;
}

} // namespace

std::string srtText(const std::vector<core::Subtitle>& subtitles) {
    std::string out;
    int number = 0;
    for (const core::Subtitle& s : subtitles)
        out += std::to_string(++number) + "\n" + timestamp(s.from) + " --> " + timestamp(s.to) + "\n" + s.text + "\n\n";
    return out;
}

} // namespace atlas::exporting
