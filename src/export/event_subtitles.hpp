// export/event_subtitles.hpp: the caption track of an export over time: each event's title and
// date, from the frame where it appears. Standard library only.
#pragma once

#include <vector>

#include "core/presentation/story_frames.hpp"
#include "core/story/story.hpp"
#include "export/frame_times.hpp"

namespace atlas::exporting {

// One cue per instant at which events appear in the range (events of one instant share it), shown
// until the next cue, at most kLongestCueSeconds, and never past the video's end.
std::vector<core::Subtitle> eventSubtitles(const core::Story& story, const FrameRange& range, int fps);

inline constexpr double kLongestCueSeconds = 4;

} // namespace atlas::exporting
