// core/frame/label_placer.hpp: greedy placement of screen boxes in priority order, so no two labels
// overlap and none crosses a line kept clear (an arc, an arrow, a leader); the same candidates in
// the same order always give the same result. Standard library only.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/geo/geometry.hpp"

namespace atlas::core {

class LabelPlacer {
public:
    explicit LabelPlacer(Box screen) : m_screen(screen) {}

    // True, and the boxes are taken, when all fit on screen, overlap nothing taken before and
    // cross no line kept clear, except the lines of owner (a label may sit on its own arc).
    bool tryPlace(const std::vector<Box>& boxes, std::string_view owner = {});
    bool tryPlace(const Box& box, std::string_view owner = {}) { return tryPlace(std::vector<Box>{box}, owner); }
    // Takes a box whatever it overlaps (a marker, a card): nothing placed later may cover it.
    void reserve(const Box& box) { m_taken.push_back(box); }
    // Whether tryPlace would take them.
    bool fits(const std::vector<Box>& boxes, std::string_view owner = {}) const;
    // Keeps boxes placed later clearance pixels or more away from a screen polyline.
    void keepClear(const Polyline& line, double clearance, std::string owner = {});
    // Whether a screen segment crosses a box taken before, other than one its start lies in (a
    // callout's leader may start under a neighbouring marker, never run through a text).
    bool crossesTaken(Vec2 a, Vec2 b) const;

private:
    struct Line {
        Polyline points;
        Box bounds;
        double clearance;
        std::string owner;
    };
    bool isFree(const Box& box, std::string_view owner) const;

    Box m_screen;
    std::vector<Box> m_taken;
    std::vector<Line> m_lines;
};

// Whether the segment from a to b meets the box (inside or across an edge).
bool segmentMeetsBox(Vec2 a, Vec2 b, const Box& box);

} // namespace atlas::core
