// core/geo/fan_out.cpp: order by arrival bearing, then offset each point along the normal of its
// line's chord by spread * chord * 4t(1-t) times the line's rank from the middle.
#include "core/geo/fan_out.hpp"

#include <algorithm>
#include <cmath>

namespace atlas::core {

namespace {

constexpr int kFewestPoints = 16;

Polyline subdivided(const Polyline& line) {
    if (line.size() >= kFewestPoints || line.size() < 2) return line;
    Polyline finer;
    int perSegment = int(std::ceil(double(kFewestPoints - 1) / double(line.size() - 1)));
    for (std::size_t i = 1; i < line.size(); ++i)
        for (int k = 0; k < perSegment; ++k) finer.push_back(line[i - 1] + (line[i] - line[i - 1]) * (double(k) / perSegment));
    finer.push_back(line.back());
    return finer;
}

double arrivalBearing(const Polyline& line) {
    Vec2 from = line.front() - line.back();
    return std::atan2(from.y, from.x);
}

} // namespace

void fanOut(const std::vector<Polyline*>& lines, double spread) {
    if (lines.size() < 2) return;
    std::vector<Polyline*> ordered = lines;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const Polyline* a, const Polyline* b) { return arrivalBearing(*a) < arrivalBearing(*b); });
    double middle = double(ordered.size() - 1) / 2;
    for (std::size_t rank = 0; rank < ordered.size(); ++rank) {
        Polyline& line = *ordered[rank];
        if (line.size() < 2) continue;
        line = subdivided(line);
        Vec2 chord = line.back() - line.front();
        double span = length(chord);
        if (span <= 0) continue;
        Vec2 normal{-chord.y / span, chord.x / span};
        double bulge = (double(rank) - middle) * spread * span;
        for (std::size_t i = 1; i + 1 < line.size(); ++i) {
            double t = double(i) / double(line.size() - 1);
            line[i] = line[i] + normal * (bulge * 4 * t * (1 - t));
        }
    }
}

} // namespace atlas::core
