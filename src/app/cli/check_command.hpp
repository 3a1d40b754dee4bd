// app/cli/check_command.hpp: `csto-atlas check [DIR|FILE...]`: validates data folders or single data
// files and prints one line per problem.
#pragma once

#include "app/cli/command_line.hpp"

namespace atlas::app {

// Returns the exit status: 0 clean, 2 any problem (notes, such as an absent optional file, are none).
int runCheck(const Options& options);

} // namespace atlas::app
