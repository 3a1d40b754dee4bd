// export/subtitle_text.hpp: subtitles as SubRip (.srt) text, the captions a video player shows
// beside an exported video.
#pragma once

#include <string>
#include <vector>

#include "core/presentation/story_frames.hpp"

namespace atlas::exporting {

// "1\n00:00:00,000 --> 00:00:03,100\nTitle\n\n2\n...", lines ending in LF.
std::string srtText(const std::vector<core::Subtitle>& subtitles);

// The cues of a video cut to the seconds from..to of the whole: those that show then, timed from
// its first frame and ending by its last.
std::vector<core::Subtitle> cutTo(const std::vector<core::Subtitle>& subtitles, double from, double to);

} // namespace atlas::exporting
