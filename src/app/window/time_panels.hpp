// app/window/time_panels.hpp: the timeline, and the event list and the inspector in their dock beside
// the map, and what they ask for carried out on the time, the camera and the selection.
#pragma once

#include <string>

#include "app/window/map_view_controller.hpp"
#include "app/window/time_controller.hpp"
#include "core/geo/projection.hpp"
#include "core/story/story.hpp"
#include "ui/event_list_panel.hpp"
#include "ui/panel_dock.hpp"

namespace atlas::app {

// What the panels show and the user chose in them.
struct Panels {
    bool messages = false;
    bool events = true;
    bool inspector = true;
    ui::EventListFilter filter;
    ui::PanelDock dock;
    std::string selected; // the selected event's id
    bool reveal = false;  // the list scrolls to the selection (it was picked elsewhere)
    bool present = false; // the Present button was pressed
    bool exportDialog = false; // the Export button was pressed
};

// Draws the three panels; true when the user asked for something (the next frame shows it).
bool drawTimePanels(const core::Story& story, TimeController& time, MapViewController& view,
                    const core::Projection& projection, Panels& panels);

// After a step to an event's time (keys or buttons): that event is selected, the list shows it.
void selectEventAt(const core::Story& story, double time, Panels& panels);

// An event picked on the map: selected, shown in the list and the inspector (when the dock shows).
void selectEvent(const std::string& id, Panels& panels);

} // namespace atlas::app
