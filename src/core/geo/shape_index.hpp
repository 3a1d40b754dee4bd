// core/geo/shape_index.hpp: point-in-shape tests for shapes tested many times a frame (a label's
// background, a member's label kept inside its state). Each ring's edges are sorted into bands
// of latitude; a test looks only at the edges of the point's band, with the same arithmetic as
// ringContains, so it gives the same answer in a fraction of the time. Standard library only.
#pragma once

#include <cstdint>
#include <vector>

#include "core/geo/geometry.hpp"

namespace atlas::core {

class ShapeIndex {
public:
    // Copies what it needs: the index stays valid whatever becomes of shape.
    explicit ShapeIndex(const MultiPolygon& shape);

    // shapeContains(shape, p) for the shape it was made from.
    bool contains(Vec2 p) const;

private:
    struct IndexedRing {
        std::uint32_t first = 0; // its vertices in m_vertices
        std::uint32_t size = 0;
        double minY = 0, maxY = 0, bandHeight = 1;
        std::vector<std::uint32_t> bandStarts; // into edges, one more than the bands
        std::vector<std::uint32_t> edges;      // an edge by its first vertex i (to i - 1, wrapping)
    };
    struct IndexedPart {
        std::uint32_t firstRing = 0; // the outer ring, then the holes
        std::uint32_t rings = 0;
    };

    IndexedRing indexRing(const Ring& ring);
    bool ringContains(const IndexedRing& ring, Vec2 p) const;
    std::uint32_t bandOf(const IndexedRing& ring, double y) const;

    Box m_bounds;
    std::vector<Vec2> m_vertices;
    std::vector<IndexedRing> m_rings;
    std::vector<IndexedPart> m_parts;
};

} // namespace atlas::core
