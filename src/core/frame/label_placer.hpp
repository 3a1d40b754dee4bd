// core/frame/label_placer.hpp: greedy placement of screen boxes in priority order, so no two labels
// overlap and none crosses a line kept clear (an arc, an arrow, a leader: a label goes beside its
// own arc, not over it); the same candidates in the same order always give the same result.
// Standard library only.
#pragma once

#include <vector>

#include "core/geo/geometry.hpp"

namespace atlas::core {

class LabelPlacer {
public:
    explicit LabelPlacer(Box screen) : m_screen(screen) {}

    // True, and the boxes are taken, when all fit on screen, overlap nothing taken before and
    // cross no line kept clear.
    bool tryPlace(const std::vector<Box>& boxes);
    bool tryPlace(const Box& box) { return tryPlace(std::vector<Box>{box}); }
    // Takes a box whatever it overlaps (a marker, a card): nothing placed later may cover it.
    void reserve(const Box& box) { m_taken.push_back(box); }
    // Whether tryPlace would take them.
    bool fits(const std::vector<Box>& boxes) const;
    // Keeps boxes placed later clearance pixels or more away from a screen polyline.
    void keepClear(const Polyline& line, double clearance);
    // Whether a screen segment crosses a box taken before, other than one its start lies in (a
    // callout's leader may start under a neighbouring marker, never run through a text).
    bool crossesTaken(Vec2 a, Vec2 b) const;

private:
    struct Line {
        Polyline points;
        Box bounds;
        double clearance;
    };
    bool isFree(const Box& box) const;

    Box m_screen;
    std::vector<Box> m_taken;
    std::vector<Line> m_lines;
};

// Whether the segment from a to b meets the box (inside or across an edge).
bool segmentMeetsBox(Vec2 a, Vec2 b, const Box& box);

} // namespace atlas::core
