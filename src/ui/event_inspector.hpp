// ui/event_inspector.hpp: every field of one event: its times at their precision (local and
// UTC), place, states, figures as each source words them, each source cited, and the points the
// sources disagree on with their accounts side by side.
#pragma once

#include "core/story/story.hpp"

namespace atlas::ui {

// Draws the fields into the current window; event null shows a hint to select one.
void drawEventInspector(const core::Story& story, const core::Event* event);

} // namespace atlas::ui
