// tests/support/core_test_helpers.hpp: small fakes and shape builders for tests of the core.
// Header only; links against atlas_core alone.
#pragma once

#include <algorithm>
#include <cmath>
#include <numbers>
#include <optional>
#include <string_view>

#include "core/geo/geometry.hpp"
#include "core/geo/projection.hpp"
#include "core/text/text_measure.hpp"

namespace atlas::test {

inline constexpr double kEarthRadius = 6371008.8; // the radius core::greatCircleMetres uses
inline constexpr double kDegree = std::numbers::pi / 180;

// Plate carrée on a sphere: x = R·lon, y = R·lat (radians); undefined beyond ±180°/±90°.
class EquirectangularProjection final : public core::Projection {
public:
    std::optional<core::Vec2> forward(core::LonLat p) const override {
        if (std::abs(p.lon) > 180 || std::abs(p.lat) > 90) return std::nullopt;
        return core::Vec2{kEarthRadius * p.lon * kDegree, kEarthRadius * p.lat * kDegree};
    }
    std::optional<core::LonLat> inverse(core::Vec2 p) const override {
        core::LonLat ll{p.x / kEarthRadius / kDegree, p.y / kEarthRadius / kDegree};
        if (std::abs(ll.lon) > 180 || std::abs(ll.lat) > 90) return std::nullopt;
        return ll;
    }
    double centralMeridian() const override { return 0; }
};

// Every character (byte) is 0.6 em wide; bold makes no difference.
class FixedWidthText final : public core::TextMeasure {
public:
    double width(std::string_view utf8, double sizePixels, bool) const override {
        return 0.6 * sizePixels * double(utf8.size());
    }
};

// An axis-aligned rectangle as a counter-clockwise ring.
inline core::Ring rectangle(double minX, double minY, double maxX, double maxY) {
    return {{minX, minY}, {maxX, minY}, {maxX, maxY}, {minX, maxY}};
}

// A one-part shape made of the given outer ring, with its bounds filled in.
inline core::MultiPolygon shapeOf(core::Ring outer) {
    core::MultiPolygon shape;
    shape.bounds = core::boundsOf(outer);
    shape.parts.push_back(core::Polygon{{std::move(outer)}});
    return shape;
}

// Distance from p to the segment ab.
inline double distanceToSegment(core::Vec2 p, core::Vec2 a, core::Vec2 b) {
    core::Vec2 ab = b - a;
    double len2 = ab.x * ab.x + ab.y * ab.y;
    if (len2 == 0) return core::length(p - a);
    double t = std::clamp(((p.x - a.x) * ab.x + (p.y - a.y) * ab.y) / len2, 0.0, 1.0);
    return core::length(p - (a + ab * t));
}

} // namespace atlas::test
