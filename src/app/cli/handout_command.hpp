// app/cli/handout_command.hpp: `csto-atlas handout`: the story as a printed handout (PDF), one page
// per chapter with the frame its export ends on, then a page of all sources and where they disagree.
#pragma once

#include "app/cli/command_line.hpp"

namespace atlas::app {

// Exit status: 0 written, 2 bad input (the data, the story file, -o), 1 no OpenGL or a write that failed.
int runHandout(const Options& options);

} // namespace atlas::app
