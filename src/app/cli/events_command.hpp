// app/cli/events_command.hpp: `csto-atlas events`: every event of the story with its time, place,
// states, figures and sources, and whether the sources disagree.
#pragma once

#include "app/cli/command_line.hpp"

namespace atlas::app {

// Returns the exit status: 0 done, 2 bad input (the events that loaded are listed all the same).
int runEvents(const Options& options);

} // namespace atlas::app
