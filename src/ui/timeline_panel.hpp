// ui/timeline_panel.hpp: the timeline docked above the status line: play controls, speed, loop,
// hold, non-linear time, the data's episode buttons, the Present and Export buttons, and the axis with a tick per event,
// the breaks of non-linear time, the stretch beyond the sources and the playhead. Wheel zooms, drag pans, the playhead drags.
#pragma once

#include <cstddef>
#include <optional>

#include "core/story/story.hpp"
#include "core/time/playback_clock.hpp"
#include "core/time/timeline_axis.hpp"

namespace atlas::ui {

// Height of the timeline in window coordinates.
inline constexpr float kTimelineHeight = 112;

// What the user asked for that reaches beyond the clock and the axis.
struct TimelineRequest {
    const core::Episode* episode = nullptr; // jump to this episode
    bool wholeSpan = false;                 // back to the whole story
    bool warpChanged = false;               // the non-linear option was switched (see `warp`)
    std::optional<std::size_t> selected;    // the index of an event whose tick was clicked
    bool stepped = false;                   // |< or >| moved the time to an event
    bool present = false;                   // start presenting
    bool exportDialog = false;              // open the export dialog
};

// The clock and the axis change in place.
TimelineRequest drawTimeline(core::PlaybackClock& clock, core::TimelineAxis& axis, const core::Story& story, bool& warp);

} // namespace atlas::ui
