// app/window/time_panels.hpp: the timeline, the event list and the inspector drawn over the map, and
// what they ask for carried out on the time and the camera.
#pragma once

#include <string>

#include "app/window/map_view_controller.hpp"
#include "app/window/time_controller.hpp"
#include "core/geo/projection.hpp"
#include "core/story/story.hpp"
#include "ui/event_list_panel.hpp"

namespace atlas::app {

// What the panels show and the user chose in them.
struct Panels {
    bool messages = false;
    bool events = true;
    bool inspector = true;
    ui::EventListFilter filter;
    std::string selected; // the selected event's id
    bool present = false; // the Present button was pressed
    bool exportDialog = false; // the Export button was pressed
};

// Draws the three panels; true when the user asked for something (the next frame shows it).
bool drawTimePanels(const core::Story& story, TimeController& time, MapViewController& view,
                    const core::Projection& projection, Panels& panels);

} // namespace atlas::app
