// ui/event_colours.hpp: the colour of each kind of event on the timeline and in the event list
// (Paul Tol's colour-blind-safe "bright" and "muted" sets).
#pragma once

#include <imgui.h>

#include "core/story/story_kinds.hpp"

namespace atlas::ui {

ImU32 eventKindColour(core::EventKind kind);

} // namespace atlas::ui
