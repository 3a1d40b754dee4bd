// core/geo/shape_index.cpp: about eight edges a band; an edge goes into every band its latitudes
// span, the point into one band by the same formula, so no edge that can cross the point's ray
// is missed (the formula never decreases as latitude grows).
#include "core/geo/shape_index.hpp"

#include <algorithm>
#include <cmath>

namespace atlas::core {

namespace {

constexpr std::uint32_t kEdgesPerBand = 8;
constexpr std::uint32_t kMostBands = 4096;

} // namespace

ShapeIndex::ShapeIndex(const MultiPolygon& shape) : m_bounds(shape.bounds) {
    for (const Polygon& part : shape.parts) {
        m_parts.push_back({std::uint32_t(m_rings.size()), std::uint32_t(part.rings.size())});
        for (const Ring& ring : part.rings) m_rings.push_back(indexRing(ring));
    }
}

std::uint32_t ShapeIndex::bandOf(const IndexedRing& ring, double y) const {
    double band = std::floor((y - ring.minY) / ring.bandHeight);
    auto last = double(ring.bandStarts.size() - 2);
    return std::uint32_t(std::clamp(band, 0.0, last));
}

ShapeIndex::IndexedRing ShapeIndex::indexRing(const Ring& ring) {
    IndexedRing indexed;
    indexed.first = std::uint32_t(m_vertices.size());
    indexed.size = std::uint32_t(ring.size());
    m_vertices.insert(m_vertices.end(), ring.begin(), ring.end());
    if (ring.empty()) return indexed;
    Box box = boundsOf(ring);
    std::uint32_t bands = std::clamp(indexed.size / kEdgesPerBand, 1u, kMostBands);
    indexed.minY = box.minY;
    indexed.maxY = box.maxY;
    indexed.bandHeight = box.maxY > box.minY ? (box.maxY - box.minY) / bands : 1;
    indexed.bandStarts.assign(bands + 1, 0);
    // Each edge's bands, counted, then filled in.
    auto span = [&](std::uint32_t i) {
        std::uint32_t j = i == 0 ? indexed.size - 1 : i - 1;
        double a = ring[i].y, b = ring[j].y;
        return std::pair{bandOf(indexed, std::min(a, b)), bandOf(indexed, std::max(a, b))};
    };
    for (std::uint32_t i = 0; i < indexed.size; ++i) {
        auto [low, high] = span(i);
        for (std::uint32_t band = low; band <= high; ++band) ++indexed.bandStarts[band + 1];
    }
    for (std::uint32_t band = 0; band < bands; ++band) indexed.bandStarts[band + 1] += indexed.bandStarts[band];
    indexed.edges.resize(indexed.bandStarts.back());
    std::vector<std::uint32_t> filled(indexed.bandStarts.begin(), indexed.bandStarts.end() - 1);
    for (std::uint32_t i = 0; i < indexed.size; ++i) {
        auto [low, high] = span(i);
        for (std::uint32_t band = low; band <= high; ++band) indexed.edges[filled[band]++] = i;
    }
    return indexed;
}

bool ShapeIndex::ringContains(const IndexedRing& ring, Vec2 p) const {
    // Outside the ring's latitudes (or not a number) no edge crosses the point's ray.
    if (ring.size == 0 || !(p.y >= ring.minY && p.y <= ring.maxY)) return false;
    bool inside = false;
    std::uint32_t band = bandOf(ring, p.y);
    const Vec2* vertices = m_vertices.data() + ring.first;
    for (std::uint32_t e = ring.bandStarts[band]; e < ring.bandStarts[band + 1]; ++e) {
        std::uint32_t i = ring.edges[e], j = i == 0 ? ring.size - 1 : i - 1;
        Vec2 a = vertices[i];
        Vec2 b = vertices[j];
        if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x) inside = !inside;
    }
    return inside;
}

bool ShapeIndex::contains(Vec2 p) const {
    if (!m_bounds.contains(p)) return false;
    for (const IndexedPart& part : m_parts) {
        if (part.rings == 0 || !ringContains(m_rings[part.firstRing], p)) continue;
        bool inHole = false;
        for (std::uint32_t r = 1; r < part.rings && !inHole; ++r) inHole = ringContains(m_rings[part.firstRing + r], p);
        if (!inHole) return true;
    }
    return false;
}

} // namespace atlas::core
