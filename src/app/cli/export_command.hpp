// app/cli/export_command.hpp: `csto-atlas export`: a time range, headless, to PNG frames or an MP4.
#pragma once

#include "app/cli/command_line.hpp"

namespace atlas::app {

// Returns the exit status: 0 done, 2 bad input, 1 runtime failure or interruption.
int runExport(const Options& options);

} // namespace atlas::app
