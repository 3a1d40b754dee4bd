// core/geo/geometry.cpp: boxes, areas and label points of projected polygons.
#include "core/geo/geometry.hpp"

#include "core/geo/shape_index.hpp"

namespace atlas::core {

Box boundsOf(const Ring& ring) {
    Box box;
    for (Vec2 p : ring) box.extend(p);
    return box;
}

Box boundsOf(const std::vector<Polygon>& parts) {
    Box box;
    for (const Polygon& part : parts)
        if (!part.rings.empty()) box.extend(boundsOf(part.rings.front()));
    return box;
}

std::vector<Polyline> ringsAsLines(const MultiPolygon& shape) {
    std::vector<Polyline> lines;
    for (const Polygon& part : shape.parts)
        for (const Ring& ring : part.rings) {
            Polyline closed(ring.begin(), ring.end());
            if (!ring.empty()) closed.push_back(ring.front());
            lines.push_back(std::move(closed));
        }
    return lines;
}

void appendShape(MultiPolygon& into, MultiPolygon&& from) {
    if (!into.seamlessOutline.empty() || !from.seamlessOutline.empty()) {
        if (into.seamlessOutline.empty()) into.seamlessOutline = ringsAsLines(into);
        if (from.seamlessOutline.empty()) from.seamlessOutline = ringsAsLines(from);
        for (Polyline& line : from.seamlessOutline) into.seamlessOutline.push_back(std::move(line));
    }
    for (Polygon& part : from.parts) into.parts.push_back(std::move(part));
    into.bounds = boundsOf(into.parts);
    into.index.reset();
    into.labelAnchor.reset();
}

double signedArea(const Ring& ring) {
    double twice = 0;
    for (std::size_t i = 0, n = ring.size(); i < n; ++i) {
        Vec2 a = ring[i];
        Vec2 b = ring[(i + 1) % n];
        twice += a.x * b.y - b.x * a.y;
    }
    return twice / 2;
}

bool ringContains(const Ring& ring, Vec2 p) {
    bool inside = false;
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        Vec2 a = ring[i];
        Vec2 b = ring[j];
        if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x) inside = !inside;
    }
    return inside;
}

namespace {

bool polygonContains(const Polygon& polygon, Vec2 p) {
    if (polygon.rings.empty() || !ringContains(polygon.rings.front(), p)) return false;
    for (std::size_t i = 1; i < polygon.rings.size(); ++i)
        if (ringContains(polygon.rings[i], p)) return false;
    return true;
}

} // namespace

bool shapeContains(const MultiPolygon& shape, Vec2 p) {
    if (shape.index) return shape.index->contains(p);
    if (!shape.bounds.contains(p)) return false;
    for (const Polygon& part : shape.parts)
        if (polygonContains(part, p)) return true;
    return false;
}

namespace {

Vec2 centroid(const Ring& ring) {
    double area = 0, cx = 0, cy = 0;
    for (std::size_t i = 0, n = ring.size(); i < n; ++i) {
        Vec2 a = ring[i];
        Vec2 b = ring[(i + 1) % n];
        double cross = a.x * b.y - b.x * a.y;
        area += cross;
        cx += (a.x + b.x) * cross;
        cy += (a.y + b.y) * cross;
    }
    if (area == 0) return boundsOf(ring).center();
    return {cx / (3 * area), cy / (3 * area)};
}

// The middle of the longest inside stretch of the horizontal line through y.
Vec2 widestChordMiddle(const Polygon& polygon, double y) {
    std::vector<double> crossings;
    for (const Ring& ring : polygon.rings)
        for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            Vec2 a = ring[i];
            Vec2 b = ring[j];
            if ((a.y > y) != (b.y > y)) crossings.push_back((b.x - a.x) * (y - a.y) / (b.y - a.y) + a.x);
        }
    std::sort(crossings.begin(), crossings.end());
    Vec2 best = boundsOf(polygon.rings.front()).center();
    double bestWidth = -1;
    for (std::size_t i = 0; i + 1 < crossings.size(); i += 2) {
        double width = crossings[i + 1] - crossings[i];
        if (width > bestWidth) {
            bestWidth = width;
            best = {(crossings[i] + crossings[i + 1]) / 2, y};
        }
    }
    return best;
}

} // namespace

Vec2 labelPoint(const MultiPolygon& shape) {
    if (shape.labelAnchor) return *shape.labelAnchor;
    const Polygon* largest = nullptr;
    double largestArea = -1;
    for (const Polygon& part : shape.parts) {
        if (part.rings.empty()) continue;
        double area = std::abs(signedArea(part.rings.front()));
        if (area > largestArea) {
            largestArea = area;
            largest = &part;
        }
    }
    if (!largest) return shape.bounds.center();
    Vec2 c = centroid(largest->rings.front());
    if (polygonContains(*largest, c)) return c;
    return widestChordMiddle(*largest, c.y);
}

} // namespace atlas::core
