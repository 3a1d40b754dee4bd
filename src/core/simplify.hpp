// core/simplify.hpp: Douglas-Peucker simplification of projected rings and lines, and the
// level-of-detail ladder that picks a tolerance for a zoom. Standard library only.
#pragma once

#include <array>

#include "core/geometry.hpp"

namespace atlas::core {

// Tolerances in metres of the detail levels; level 0 is the data as loaded.
inline constexpr std::array<double, 6> kDetailTolerances = {0, 150, 600, 2400, 9600, 38400};

// The coarsest level whose tolerance stays under half a pixel at this zoom.
int detailLevelFor(double metresPerPixel);

Polyline simplifyLine(const Polyline& line, double tolerance);

// A simplified ring, or an empty one when the ring collapses below the tolerance.
Ring simplifyRing(const Ring& ring, double tolerance);

// Simplifies every ring; drops holes and parts that collapse.
MultiPolygon simplifyShape(const MultiPolygon& shape, double tolerance);

} // namespace atlas::core
