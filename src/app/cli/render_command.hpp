// app/cli/render_command.hpp: `csto-atlas render`: one frame, headless, to PNG.
#pragma once

#include "app/cli/command_line.hpp"

namespace atlas::app {

// Returns the exit status: 0 done, 2 bad input, 1 runtime failure.
int runRender(const Options& options);

} // namespace atlas::app
