// ui/diagnostics_panel.hpp: a panel listing what the data load reported, one line each, while
// the map keeps the data it has.
#pragma once

#include "core/diagnostic.hpp"

namespace atlas::ui {

// Draws the panel while open is true; the user closes it with its close button.
void drawDiagnosticsPanel(const core::Diagnostics& diagnostics, bool& open);

} // namespace atlas::ui
