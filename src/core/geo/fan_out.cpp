// core/geo/fan_out.cpp: order by arrival bearing (measured from the lines' mean arrival, so no
// order breaks where the angle wraps), then offset each point sideways, away from the middle
// line, by spread * chord * 4t(1-t) times the line's rank from the middle.
#include "core/geo/fan_out.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

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

Vec2 arrivalDirection(const Polyline& line) {
    Vec2 from = line.front() - line.back();
    double span = length(from);
    return span > 0 ? from * (1 / span) : Vec2{1, 0};
}

} // namespace

void fanOut(const std::vector<Polyline*>& lines, double spread) {
    if (lines.size() < 2) return;
    Vec2 mean{0, 0};
    for (const Polyline* line : lines)
        if (line->size() >= 2) mean = mean + arrivalDirection(*line);
    double meanAngle = std::atan2(mean.y, mean.x);
    auto bearing = [&](const Polyline* line) { // counter-clockwise from the mean, -pi..pi
        Vec2 d = line->size() >= 2 ? arrivalDirection(*line) : Vec2{1, 0};
        return std::remainder(std::atan2(d.y, d.x) - meanAngle, 2 * std::numbers::pi);
    };
    std::vector<Polyline*> ordered = lines;
    std::stable_sort(ordered.begin(), ordered.end(), [&](const Polyline* a, const Polyline* b) { return bearing(a) < bearing(b); });
    double middle = double(ordered.size() - 1) / 2;
    for (std::size_t rank = 0; rank < ordered.size(); ++rank) {
        Polyline& line = *ordered[rank];
        if (line.size() < 2) continue;
        line = subdivided(line);
        Vec2 chord = line.back() - line.front();
        double span = length(chord);
        if (span <= 0) continue;
        Vec2 normal{-chord.y / span, chord.x / span}; // the arrival bearing turned a quarter clockwise
        double bulge = (middle - double(rank)) * spread * span; // so a line arriving further round bends further round
        for (std::size_t i = 1; i + 1 < line.size(); ++i) {
            double t = double(i) / double(line.size() - 1);
            line[i] = line[i] + normal * (bulge * 4 * t * (1 - t));
        }
    }
}

} // namespace atlas::core
