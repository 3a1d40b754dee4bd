// core/geo/meridian_cut.hpp: splits longitude/latitude polygons and lines at a meridian (the map's
// edge, opposite its central meridian), so nothing is drawn across the whole map.
// Standard library only.
#pragma once

#include <vector>

#include "core/geo/geometry.hpp"

namespace atlas::core {

// The parts of polygon west of longitude cut - gap and east of cut + gap (each ring clipped
// with Sutherland-Hodgman; edges along the cut are zero-width and draw nothing).
std::vector<Polygon> splitPolygonAtMeridian(const Polygon& polygon, double cut, double gap);

// The pieces of line on either side of the cut, ending on it.
std::vector<Polyline> splitLineAtMeridian(const Polyline& line, double cut, double gap);

} // namespace atlas::core
