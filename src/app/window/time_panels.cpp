// app/window/time_panels.cpp: an event picked on the timeline or in the list takes time and the map to
// it, and is selected; an episode takes both to its range and view; a step selects the event it
// lands on. Fits and moves use the map's part of the window, beside the dock.
#include "app/window/time_panels.hpp"

#include <cmath>
#include <utility>

#include "session/map_session.hpp"
#include "ui/event_inspector.hpp"
#include "ui/panel_dock.hpp"
#include "ui/timeline_panel.hpp"

namespace atlas::app {

namespace {

std::optional<std::size_t> indexOf(const core::Story& story, const std::string& id) {
    for (std::size_t i = 0; i < story.events.size(); ++i)
        if (story.events[i].id == id) return i;
    return std::nullopt;
}

// Time goes to the event's start and the map to its place.
void jumpToEvent(const core::Event& event, TimeController& time, MapViewController& view, const core::Projection& projection) {
    time.clock().seek(core::toSeconds(event.start.begin));
    time.axis().follow(time.clock().warp().toAxis(time.clock().time()));
    if (auto point = projection.forward(event.lonLat)) view.centerOn(*point);
}

} // namespace

bool drawTimePanels(const core::Story& story, TimeController& time, MapViewController& view,
                    const core::Projection& projection, Panels& panels) {
    ui::TimelineRequest request = ui::drawTimeline(time.clock(), time.axis(), story, time.warp());
    if (request.warpChanged) time.applyWarp();
    if (request.stepped) selectEventAt(story, time.clock().time(), panels);
    panels.present = request.present;
    panels.exportDialog = request.exportDialog;
    if (request.wholeSpan) time.showWholeSpan();
    if (request.episode) {
        time.showEpisode(*request.episode);
        view.fit(core::projectedBox({request.episode->southWest, request.episode->northEast}, projection));
    }
    std::optional<std::size_t> selected = indexOf(story, panels.selected);
    if (request.selected) {
        jumpToEvent(story.events[*request.selected], time, view, projection);
        selected = request.selected;
        panels.reveal = true;
    }
    std::optional<std::size_t> clicked;
    auto list = [&] { clicked = ui::drawEventList(story, panels.filter, selected, std::exchange(panels.reveal, false)); };
    auto inspector = [&] { ui::drawEventInspector(story, selected ? &story.events[*selected] : nullptr); };
    ui::drawPanelDock(panels.dock, panels.events, panels.inspector, list, inspector);
    if (clicked) {
        jumpToEvent(story.events[*clicked], time, view, projection);
        selected = clicked;
    }
    if (selected) panels.selected = story.events[*selected].id;
    return request.episode || request.wholeSpan || request.warpChanged || request.selected || request.stepped || clicked;
}

void selectEventAt(const core::Story& story, double time, Panels& panels) {
    for (const core::Event& event : story.events)
        if (std::abs(core::toSeconds(event.start.begin) - time) < core::PlaybackClock::kSameTime) {
            selectEvent(event.id, panels);
            return;
        }
}

void selectEvent(const std::string& id, Panels& panels) {
    panels.selected = id;
    panels.reveal = true;
    panels.inspector = true; // its section unfolds; a hidden dock stays hidden
}

} // namespace atlas::app
