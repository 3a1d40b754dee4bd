// core/geo/simplify.cpp: Douglas-Peucker on projected coordinates, iterative so deep rings cannot
// overflow the stack.
#include "core/geo/simplify.hpp"

#include <utility>

namespace atlas::core {

int detailLevelFor(double metresPerPixel) {
    int level = 0;
    for (int i = 1; i < int(kDetailTolerances.size()); ++i)
        if (kDetailTolerances[i] <= metresPerPixel) level = i;
    return level;
}

namespace {

// Squared distances throughout: they order points as distances do, without a square root.
double squaredDistanceToSegment(Vec2 p, Vec2 a, Vec2 b) {
    Vec2 ab = b - a;
    double len2 = squaredLength(ab);
    if (len2 == 0) return squaredLength(p - a);
    double t = std::clamp(dot(p - a, ab) / len2, 0.0, 1.0);
    return squaredLength(p - (a + ab * t));
}

// Marks the points of line[first..last] that Douglas-Peucker keeps.
void markKept(const Polyline& line, std::size_t first, std::size_t last, double tolerance, std::vector<char>& keep) {
    const double tolerance2 = tolerance * tolerance;
    std::vector<std::pair<std::size_t, std::size_t>> stack{{first, last}};
    while (!stack.empty()) {
        auto [from, to] = stack.back();
        stack.pop_back();
        double farthest = -1;
        std::size_t index = from;
        for (std::size_t i = from + 1; i < to; ++i) {
            double d = squaredDistanceToSegment(line[i], line[from], line[to]);
            if (d > farthest) {
                farthest = d;
                index = i;
            }
        }
        if (farthest > tolerance2) {
            keep[index] = 1;
            stack.push_back({from, index});
            stack.push_back({index, to});
        }
    }
}

// Keeps the first and last points and every point at least tolerance from the last kept one;
// closed, the first point is appended again as the last.
Polyline radialFilter(const std::vector<Vec2>& line, double tolerance, bool closed = false) {
    const double tolerance2 = tolerance * tolerance;
    Polyline out;
    out.push_back(line.front());
    std::size_t end = closed ? line.size() : line.size() - 1;
    for (std::size_t i = 1; i < end; ++i)
        if (squaredLength(line[i] - out.back()) >= tolerance2) out.push_back(line[i]);
    out.push_back(closed ? line.front() : line.back());
    return out;
}

} // namespace

Polyline simplifyLine(const Polyline& input, double tolerance) {
    if (tolerance <= 0 || input.size() < 3) return input;
    Polyline line = radialFilter(input, tolerance);
    std::vector<char> keep(line.size(), 0);
    keep.front() = keep.back() = 1;
    markKept(line, 0, line.size() - 1, tolerance, keep);
    Polyline out;
    for (std::size_t i = 0; i < line.size(); ++i)
        if (keep[i]) out.push_back(line[i]);
    return out;
}

Ring simplifyRing(const Ring& ring, double tolerance) {
    if (tolerance <= 0) return ring;
    Box box = boundsOf(ring);
    if (box.width() < 2 * tolerance && box.height() < 2 * tolerance) return {};
    Polyline closed = radialFilter(ring, tolerance, true);
    if (closed.size() < 4) return {};
    // Split the closed ring at the point farthest from the first, then simplify both halves.
    std::size_t far = 1;
    double farthest = -1;
    for (std::size_t i = 1; i + 1 < closed.size(); ++i) {
        double d = squaredLength(closed[i] - closed[0]);
        if (d > farthest) {
            farthest = d;
            far = i;
        }
    }
    std::vector<char> keep(closed.size(), 0);
    keep[0] = keep[far] = keep.back() = 1;
    markKept(closed, 0, far, tolerance, keep);
    markKept(closed, far, closed.size() - 1, tolerance, keep);
    Ring out;
    for (std::size_t i = 0; i + 1 < closed.size(); ++i)
        if (keep[i]) out.push_back(closed[i]);
    if (out.size() < 3) return {};
    return out;
}

MultiPolygon simplifyShape(const MultiPolygon& shape, double tolerance) {
    if (tolerance <= 0) return shape;
    MultiPolygon out;
    for (const Polygon& part : shape.parts) {
        if (part.rings.empty()) continue;
        Ring outer = simplifyRing(part.rings.front(), tolerance);
        if (outer.empty()) continue;
        Polygon simplified;
        simplified.rings.push_back(std::move(outer));
        for (std::size_t i = 1; i < part.rings.size(); ++i) {
            Ring hole = simplifyRing(part.rings[i], tolerance);
            if (!hole.empty()) simplified.rings.push_back(std::move(hole));
        }
        out.parts.push_back(std::move(simplified));
    }
    out.bounds = shape.bounds;
    return out;
}

} // namespace atlas::core
