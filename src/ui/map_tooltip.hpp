// ui/map_tooltip.hpp: the tooltip beside the pointer for what it is over on the map.
#pragma once

#include "core/frame/map_hover.hpp"

namespace atlas::ui {

void drawMapTooltip(const core::HoverInfo& info);

} // namespace atlas::ui
