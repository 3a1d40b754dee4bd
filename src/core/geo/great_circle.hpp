// core/geo/great_circle.hpp: points along the shortest path between two places on the sphere.
// Standard library only.
#pragma once

#include <vector>

#include "core/geo/geometry.hpp"

namespace atlas::core {

// segments + 1 points from a to b, evenly spaced along the great circle.
std::vector<LonLat> greatCircle(LonLat a, LonLat b, int segments);

// The part of a line from its start to a fraction (0..1) of its length, measured in points
// (the points of a sampled great circle are evenly spaced).
Polyline partOf(const Polyline& line, double fraction);

} // namespace atlas::core
