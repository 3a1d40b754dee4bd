// export/subtitle_text.cpp: times rounded to the millisecond, as SubRip writes them; a cut keeps
// what overlaps it.
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

std::vector<core::Subtitle> cutTo(const std::vector<core::Subtitle>& subtitles, double from, double to) {
    std::vector<core::Subtitle> cut;
    for (const core::Subtitle& s : subtitles)
        if (s.to > from && s.from < to) cut.push_back({std::max(s.from, from) - from, std::min(s.to, to) - from, s.text});
    return cut;
}

} // namespace atlas::exporting
