// core/geo/great_circle.cpp: spherical linear interpolation between the two unit vectors.
#include "core/geo/great_circle.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace atlas::core {

namespace {

struct Unit {
    double x, y, z;
};

Unit toUnit(LonLat p) {
    double lon = p.lon * std::numbers::pi / 180, lat = p.lat * std::numbers::pi / 180;
    return {std::cos(lat) * std::cos(lon), std::cos(lat) * std::sin(lon), std::sin(lat)};
}

LonLat toLonLat(Unit u) {
    return {std::atan2(u.y, u.x) * 180 / std::numbers::pi, std::atan2(u.z, std::hypot(u.x, u.y)) * 180 / std::numbers::pi};
}

} // namespace

std::vector<LonLat> greatCircle(LonLat a, LonLat b, int segments) {
    Unit u = toUnit(a), v = toUnit(b);
    double angle = std::acos(std::clamp(u.x * v.x + u.y * v.y + u.z * v.z, -1.0, 1.0));
    std::vector<LonLat> points;
    for (int i = 0; i <= segments; ++i) {
        double f = double(i) / segments;
        if (angle < 1e-9) {
            points.push_back(a);
            continue;
        }
        double wa = std::sin((1 - f) * angle) / std::sin(angle), wb = std::sin(f * angle) / std::sin(angle);
        points.push_back(toLonLat({wa * u.x + wb * v.x, wa * u.y + wb * v.y, wa * u.z + wb * v.z}));
    }
    return points;
}

Polyline partOf(const Polyline& line, double fraction) {
    if (line.size() < 2 || fraction >= 1) return line;
    double at = std::max(0.0, fraction) * double(line.size() - 1);
    auto whole = std::size_t(at);
    Polyline part(line.begin(), line.begin() + long(whole) + 1);
    double rest = at - double(whole);
    if (rest > 0) part.push_back(line[whole] + (line[whole + 1] - line[whole]) * rest);
    if (part.size() < 2) part.push_back(part.front());
    return part;
}

} // namespace atlas::core
