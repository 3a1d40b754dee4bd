// export/event_subtitles.cpp: an event appears at the frame that first shows its time (the middle
// of a day or month, as frames show it); its date is written at its own precision, in its place's zone.
#include "export/event_subtitles.hpp"

#include <algorithm>
#include <map>

#include "core/time/time_format.hpp"

namespace atlas::exporting {

std::vector<core::Subtitle> eventSubtitles(const core::Story& story, const FrameRange& range, int fps) {
    double length = double(range.count) / fps;
    long long span = (range.to - range.from).count();
    std::map<double, std::string> cues; // seconds into the video: the events' lines
    for (const core::Event& event : story.events) {
        std::chrono::sys_seconds at = event.start.shown();
        if (at < range.from || at > range.to || span <= 0) continue;
        long long offset = (at - range.from).count() * (range.count - 1);
        double frame = double((offset + span - 1) / span); // the first frame whose time (floored, as frameTime) reaches it
        std::string line = event.title + " — " + core::formatTime(event.start, story.placeZone(event.place));
        std::string& text = cues[frame / fps];
        text += (text.empty() ? "" : "\n") + line;
    }
    std::vector<core::Subtitle> subtitles;
    for (auto cue = cues.begin(); cue != cues.end(); ++cue) {
        auto next = std::next(cue);
        double end = std::min({cue->first + kLongestCueSeconds, next == cues.end() ? length : next->first, length});
        subtitles.push_back({cue->first, std::max(end, cue->first + 1.0 / fps), cue->second});
    }
    return subtitles;
}

} // namespace atlas::exporting
