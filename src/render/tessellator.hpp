// render/tessellator.hpp: polygons with holes into triangles, with GLU's tessellator (odd
// winding, so self-intersections and stray rings still fill sensibly). CPU only.
#pragma once

#include <vector>

#include "core/geo/geometry.hpp"

namespace atlas::render {

// Appends the triangles of polygon (three points each) to out.
void tessellate(const core::Polygon& polygon, std::vector<core::Vec2>& out);

} // namespace atlas::render
