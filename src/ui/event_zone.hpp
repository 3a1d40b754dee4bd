// ui/event_zone.hpp: the time zone an event's times are shown in: its place's, else UTC.
#pragma once

#include "core/story/story.hpp"
#include "core/time/time_zone.hpp"

namespace atlas::ui {

core::TimeZone eventZone(const core::Story& story, const core::Event& event);

} // namespace atlas::ui
