// app/window/settings.hpp: what the window remembers between runs (the time and how it plays, the
// timeline's zoom, which panels are open, their dock's side and width, the window size), kept as `key=value` lines in
// settings.ini under the user's config folder, never in the working folder.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "ui/panel_dock.hpp"

namespace atlas::app {

struct Settings {
    std::optional<double> time;                  // seconds since the epoch, UTC
    double speed = 1;                            // days per second
    bool loop = false;
    double hold = 0;                             // seconds at each event
    bool warp = false;                           // non-linear time
    std::optional<double> viewBegin, viewEnd;    // the timeline's view, in real time
    bool showEvents = true, showInspector = true;
    ui::PanelDock dock;
    int windowWidth = 1280, windowHeight = 800;

    friend bool operator==(const Settings&, const Settings&) = default;
};

// $XDG_CONFIG_HOME/csto-atlas, else ~/.config/csto-atlas; empty when neither variable is set.
std::filesystem::path configFolder();

std::string formatSettings(const Settings& settings);
// Unknown keys and unreadable values are skipped, leaving the defaults.
Settings parseSettings(std::string_view text);

Settings loadSettings(const std::filesystem::path& folder);
bool saveSettings(const Settings& settings, const std::filesystem::path& folder);

} // namespace atlas::app
