// ui/event_zone.cpp: the place's IANA zone when the story names one tzdata knows.
#include "ui/event_zone.hpp"

namespace atlas::ui {

core::TimeZone eventZone(const core::Story& story, const core::Event& event) {
    const core::Place* place = story.findPlace(event.place);
    std::optional<core::TimeZone> zone = place ? core::TimeZone::find(place->timeZone) : std::nullopt;
    return zone.value_or(core::TimeZone::utc());
}

} // namespace atlas::ui
