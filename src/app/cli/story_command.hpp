// app/cli/story_command.hpp: `csto-atlas story --list`: the story's chapters, one line each.
#pragma once

#include "app/cli/command_line.hpp"

namespace atlas::app {

// Exit status: 0 listed, 2 bad input (the data, or the --story file).
int runStory(const Options& options);

} // namespace atlas::app
