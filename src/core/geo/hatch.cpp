// core/geo/hatch.cpp: in axes turned by 45°, every hatch line is a constant v; its crossings with
// the rings' edges, sorted along u, pair up into the segments inside.
#include "core/geo/hatch.hpp"

#include <algorithm>
#include <cmath>

namespace atlas::core {

namespace {

constexpr double kRoot2 = 1.4142135623730951;

double uOf(Vec2 p) { return (p.x + p.y) / kRoot2; }
double vOf(Vec2 p) { return (p.y - p.x) / kRoot2; }
Vec2 fromUV(double u, double v) { return {(u - v) / kRoot2, (u + v) / kRoot2}; }

} // namespace

std::vector<Polyline> hatch(const std::vector<Polyline>& closedRings, double spacing) {
    std::vector<Polyline> lines;
    if (!(spacing > 0)) return lines;
    double lowest = INFINITY, highest = -INFINITY;
    for (const Polyline& ring : closedRings)
        for (Vec2 p : ring) {
            lowest = std::min(lowest, vOf(p));
            highest = std::max(highest, vOf(p));
        }
    if (!(highest > lowest) || (highest - lowest) / spacing > 20000) return lines;
    std::vector<double> crossings;
    for (double k = std::ceil(lowest / spacing), v = k * spacing; v < highest; ++k, v = k * spacing) {
        crossings.clear();
        for (const Polyline& ring : closedRings)
            for (std::size_t i = 1; i < ring.size(); ++i) {
                double va = vOf(ring[i - 1]), vb = vOf(ring[i]);
                if ((va > v) == (vb > v)) continue;
                double t = (v - va) / (vb - va);
                crossings.push_back(uOf(ring[i - 1]) + (uOf(ring[i]) - uOf(ring[i - 1])) * t);
            }
        std::sort(crossings.begin(), crossings.end());
        for (std::size_t i = 0; i + 1 < crossings.size(); i += 2)
            lines.push_back({fromUV(crossings[i], v), fromUV(crossings[i + 1], v)});
    }
    return lines;
}

} // namespace atlas::core
