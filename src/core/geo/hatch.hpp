// core/geo/hatch.hpp: diagonal hatching of an area, so a highlighted region keeps the fill of its
// state under the lines. Standard library only.
#pragma once

#include <vector>

#include "core/geo/geometry.hpp"

namespace atlas::core {

// Lines at 45° (rising to the right on screen), spacing apart, clipped to the area the closed
// rings enclose (even-odd, so holes stay clear).
std::vector<Polyline> hatch(const std::vector<Polyline>& closedRings, double spacing);

} // namespace atlas::core
