// core/geo/fan_out.hpp: lines that share an end bent apart, so arcs converging on one destination
// fan out instead of running on top of each other. Standard library only.
#pragma once

#include <vector>

#include "core/geo/geometry.hpp"

namespace atlas::core {

// Bends each line sideways by a parabola over its length, zero at both ends: the lines are
// ordered by the direction they arrive from, and neighbours bend spread (a fraction of their own
// length) apart, the middle one least. Ends stay where they are; a line gets at least 16 points.
void fanOut(const std::vector<Polyline*>& lines, double spread);

} // namespace atlas::core
