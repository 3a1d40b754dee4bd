// ui/panel_dock.hpp: the column beside the map that holds the event list and the inspector, on
// the window's left or right, as wide as the user drags its inner edge, or hidden; the map keeps
// the rest of the window above the timeline.
#pragma once

#include <functional>

namespace atlas::ui {

struct PanelDock {
    bool left = false;  // else on the right
    float width = 460;  // window coordinates
    bool hidden = false;

    friend bool operator==(const PanelDock&, const PanelDock&) = default;
};

inline constexpr float kDockNarrowest = 300;
inline constexpr float kDockWidestShare = 0.6f; // of the window

// The width the dock takes from a window so wide (0 when hidden), its own width kept in bounds.
float dockWidth(const PanelDock& dock, float windowWidth);

// The column with its two sections (each folds; open flags in and out), the list above the
// inspector, and its buttons: to the other side, hide.
void drawPanelDock(PanelDock& dock, bool& listOpen, bool& inspectorOpen, const std::function<void()>& drawList,
                   const std::function<void()>& drawInspector);

} // namespace atlas::ui
