// core/geo/projection.hpp: the map projection as the core sees it; implemented outside the core (io/).
// Standard library only.
#pragma once

#include <optional>
#include <string>

#include "core/geo/geometry.hpp"

namespace atlas::core {

// The one place the map's projection is chosen: Albers equal-area conic fitted to the CSTO
// region (standard parallels 40°N and 62°N, central meridian 90°E).
inline const std::string kDefaultProjection =
    "+proj=aea +lat_0=50 +lon_0=90 +lat_1=40 +lat_2=62 +datum=WGS84 +units=m +no_defs";

class Projection {
public:
    virtual ~Projection() = default;
    // Geographic degrees to projected metres; nullopt where the projection is undefined.
    virtual std::optional<Vec2> forward(LonLat p) const = 0;
    // Projected metres to geographic degrees; nullopt outside the projection's domain.
    virtual std::optional<LonLat> inverse(Vec2 p) const = 0;
    // The central meridian: the map is cut at the meridian opposite it.
    virtual double centralMeridian() const = 0;
};

// The box in projected metres that holds the geographic box's edges.
Box projectedBox(const GeoView& view, const Projection& projection);

// Great-circle distance in metres on a sphere of the Earth's mean radius.
double greatCircleMetres(LonLat a, LonLat b);

} // namespace atlas::core
