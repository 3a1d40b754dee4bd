// core/geo/projection.cpp: geographic boxes in projected metres, and distances on the sphere.
#include "core/geo/projection.hpp"

#include <cmath>
#include <numbers>

namespace atlas::core {

Box projectedBox(const GeoView& view, const Projection& projection) {
    double west = view.southWest.lon;
    double east = view.northEast.lon < west ? view.northEast.lon + 360 : view.northEast.lon;
    constexpr int kSteps = 32;
    Box out;
    for (int i = 0; i <= kSteps; ++i)
        for (int j = 0; j <= kSteps; ++j) {
            if (i != 0 && i != kSteps && j != 0 && j != kSteps) continue; // edges only
            double lon = west + (east - west) * i / kSteps;
            double lat = view.southWest.lat + (view.northEast.lat - view.southWest.lat) * j / kSteps;
            if (auto p = projection.forward({lon > 180 ? lon - 360 : lon, lat})) out.extend(*p);
        }
    return out;
}

double greatCircleMetres(LonLat a, LonLat b) {
    constexpr double kEarthRadius = 6371008.8;
    constexpr double kRad = std::numbers::pi / 180;
    double dLat = (b.lat - a.lat) * kRad;
    double dLon = (b.lon - a.lon) * kRad;
    double h = std::sin(dLat / 2) * std::sin(dLat / 2) +
               std::cos(a.lat * kRad) * std::cos(b.lat * kRad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kEarthRadius * std::asin(std::min(1.0, std::sqrt(h)));
}

} // namespace atlas::core
