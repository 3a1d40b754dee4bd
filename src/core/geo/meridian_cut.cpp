// core/geo/meridian_cut.cpp: Sutherland-Hodgman against one vertical line, once per side.
#include "core/geo/meridian_cut.hpp"

namespace atlas::core {

namespace {

// Where the segment a-b crosses longitude x.
Vec2 crossing(Vec2 a, Vec2 b, double x) {
    double t = (x - a.x) / (b.x - a.x);
    return {x, a.y + (b.y - a.y) * t};
}

// The ring clipped to the side of longitude x given by sign (-1 west, +1 east).
Ring clipRing(const Ring& ring, double x, int sign) {
    Ring out;
    auto inside = [&](Vec2 p) { return sign * (p.x - x) >= 0; };
    for (std::size_t i = 0, n = ring.size(); i < n; ++i) {
        Vec2 a = ring[i];
        Vec2 b = ring[(i + 1) % n];
        if (inside(a)) out.push_back(a);
        if (inside(a) != inside(b)) out.push_back(crossing(a, b, x));
    }
    return out.size() >= 3 ? out : Ring{};
}

} // namespace

std::vector<Polygon> splitPolygonAtMeridian(const Polygon& polygon, double cut, double gap) {
    std::vector<Polygon> parts;
    for (int sign : {-1, 1}) {
        Polygon part;
        double x = cut + sign * gap;
        for (const Ring& ring : polygon.rings) {
            Ring clipped = clipRing(ring, x, sign);
            if (clipped.empty() && part.rings.empty()) break; // the outer ring lies wholly on the other side
            if (!clipped.empty()) part.rings.push_back(std::move(clipped));
        }
        if (!part.rings.empty()) parts.push_back(std::move(part));
    }
    return parts;
}

std::vector<Polyline> splitLineAtMeridian(const Polyline& line, double cut, double gap) {
    std::vector<Polyline> pieces;
    Polyline current;
    auto side = [&](Vec2 p) { return p.x < cut ? -1 : 1; };
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (i > 0 && side(line[i]) != side(line[i - 1])) {
            int from = side(line[i - 1]);
            current.push_back(crossing(line[i - 1], line[i], cut + from * gap));
            if (current.size() >= 2) pieces.push_back(std::move(current));
            current = {crossing(line[i - 1], line[i], cut - from * gap)};
        }
        current.push_back(line[i]);
    }
    if (current.size() >= 2) pieces.push_back(std::move(current));
    return pieces;
}

} // namespace atlas::core
