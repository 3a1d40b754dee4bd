// core/geo/simplify.hpp: Douglas-Peucker simplification of projected rings and lines, and the
// level-of-detail ladder that picks a tolerance for a zoom. Standard library only.
#pragma once

#include <array>

#include "core/geo/geometry.hpp"

namespace atlas::core {

// Tolerances in metres of the detail levels, doubling; level 0 is the data as loaded.
inline constexpr std::array<double, 10> kDetailTolerances = {0, 120, 240, 480, 960, 1920, 3840, 7680, 15360, 30720};

// The coarsest level whose tolerance stays within a pixel at this zoom.
int detailLevelFor(double metresPerPixel);

// Drops points closer than tolerance to the last kept one, then applies Douglas-Peucker, so no
// segment is much shorter than the tolerance.
Polyline simplifyLine(const Polyline& line, double tolerance);

// A simplified ring, or an empty one when the ring is smaller than twice the tolerance.
Ring simplifyRing(const Ring& ring, double tolerance);

// Simplifies every ring; drops holes and parts that collapse.
MultiPolygon simplifyShape(const MultiPolygon& shape, double tolerance);

} // namespace atlas::core
