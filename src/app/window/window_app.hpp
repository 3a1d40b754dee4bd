// app/window/window_app.hpp: the interactive window: the map, pan and zoom, the timeline and playback,
// the event list and inspector, the status line and the data messages panel.
#pragma once

#include "app/cli/command_line.hpp"

namespace atlas::app {

// Returns the exit status: 0 closed normally, 2 bad input, 1 runtime failure.
int runWindow(const Options& options);

} // namespace atlas::app
