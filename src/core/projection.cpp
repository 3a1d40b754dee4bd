// core/projection.cpp: distances on the sphere, independent of any projection library.
#include "core/projection.hpp"

#include <cmath>
#include <numbers>

namespace atlas::core {

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
