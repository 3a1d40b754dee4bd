// core/geo/geometry.hpp: plain 2-D geometry in projected map units (metres) and geographic degrees.
// Standard library only: no SDL, GL, GDAL or ImGui.
#pragma once

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

namespace atlas::core {

struct Vec2 {
    double x = 0;
    double y = 0;
};

inline Vec2 operator+(Vec2 a, Vec2 b) { return {a.x + b.x, a.y + b.y}; }
inline Vec2 operator-(Vec2 a, Vec2 b) { return {a.x - b.x, a.y - b.y}; }
inline Vec2 operator*(Vec2 a, double s) { return {a.x * s, a.y * s}; }
inline bool operator==(Vec2 a, Vec2 b) { return a.x == b.x && a.y == b.y; }
inline double dot(Vec2 a, Vec2 b) { return a.x * b.x + a.y * b.y; }
inline double squaredLength(Vec2 a) { return dot(a, a); }
// Map coordinates stay far below the range where squaring overflows, so no std::hypot.
inline double length(Vec2 a) { return std::sqrt(squaredLength(a)); }
inline bool isFinite(Vec2 a) { return std::isfinite(a.x) && std::isfinite(a.y); }

struct LonLat {
    double lon = 0;
    double lat = 0;
};

// A geographic box; northEast.lon < southWest.lon means it crosses the 180° meridian.
struct GeoView {
    LonLat southWest;
    LonLat northEast;
};

// An axis-aligned box; a default-constructed box is empty and grows with extend().
struct Box {
    double minX = std::numeric_limits<double>::infinity();
    double minY = std::numeric_limits<double>::infinity();
    double maxX = -std::numeric_limits<double>::infinity();
    double maxY = -std::numeric_limits<double>::infinity();

    bool empty() const { return minX > maxX || minY > maxY; }
    double width() const { return empty() ? 0 : maxX - minX; }
    double height() const { return empty() ? 0 : maxY - minY; }
    Vec2 center() const { return {(minX + maxX) / 2, (minY + maxY) / 2}; }
    void extend(Vec2 p) {
        minX = std::min(minX, p.x);
        minY = std::min(minY, p.y);
        maxX = std::max(maxX, p.x);
        maxY = std::max(maxY, p.y);
    }
    void extend(const Box& b) {
        if (b.empty()) return;
        extend(Vec2{b.minX, b.minY});
        extend(Vec2{b.maxX, b.maxY});
    }
    bool intersects(const Box& b) const {
        return !empty() && !b.empty() && minX <= b.maxX && b.minX <= maxX && minY <= b.maxY && b.minY <= maxY;
    }
    bool contains(Vec2 p) const { return p.x >= minX && p.x <= maxX && p.y >= minY && p.y <= maxY; }
};

// A closed ring: the first point is not repeated at the end.
using Ring = std::vector<Vec2>;
using Polyline = std::vector<Vec2>;

// The first ring is the outer boundary, the others are holes.
struct Polygon {
    std::vector<Ring> rings;
};

class ShapeIndex; // shape_index.hpp

struct MultiPolygon {
    std::vector<Polygon> parts;
    Box bounds;
    // Made once the shape is complete (for the countries, at load), so that shapeContains looks
    // at a few edges rather than all; dropped when parts change (appendShape).
    std::shared_ptr<const ShapeIndex> index;
    // Where its name goes (labelPoint), kept with the index: labels are placed every frame.
    std::optional<Vec2> labelAnchor;
    // Set only when some ring edges are artificial (cuts at the map's edge meridian): the real
    // border lines to draw instead of the rings.
    std::vector<Polyline> seamlessOutline;
};

// Adds the parts of from to into, keeping seamlessOutline complete for both.
void appendShape(MultiPolygon& into, MultiPolygon&& from);

// Every ring of shape as a closed polyline.
std::vector<Polyline> ringsAsLines(const MultiPolygon& shape);

Box boundsOf(const Ring& ring);
Box boundsOf(const std::vector<Polygon>& parts);

// Signed area of a ring (positive when counter-clockwise).
double signedArea(const Ring& ring);

// A point inside the largest part, suitable for a label: the centroid when it falls inside,
// otherwise the middle of the widest horizontal chord through the part (the shape's labelAnchor
// when it has one).
Vec2 labelPoint(const MultiPolygon& shape);

bool ringContains(const Ring& ring, Vec2 p);
// Inside some part's outer ring and none of its holes.
bool shapeContains(const MultiPolygon& shape, Vec2 p);

} // namespace atlas::core
