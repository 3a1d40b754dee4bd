// ui/event_list_panel.hpp: every event of the story in a sortable table, filtered by kind, state
// and episode and by a search over id, title and summary; a click selects an event. Its states and
// episode columns start hidden (a right click on the header shows them).
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "core/story/story.hpp"

namespace atlas::ui {

struct EventListFilter {
    std::optional<core::EventKind> kind;
    std::string state;   // empty: any
    std::string episode; // empty: any
    std::string search;  // case-insensitive; empty: any

    bool accepts(const core::Event& event) const;
};

// Draws the filters and the table into the current window, scrolled to the selected event when
// reveal; returns the index of an event the user clicked.
std::optional<std::size_t> drawEventList(const core::Story& story, EventListFilter& filter, std::optional<std::size_t> selected,
                                         bool reveal);

} // namespace atlas::ui
