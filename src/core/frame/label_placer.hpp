// core/frame/label_placer.hpp: greedy placement of screen boxes in priority order, so no two labels
// overlap; the same candidates in the same order always give the same result.
// Standard library only.
#pragma once

#include <vector>

#include "core/geo/geometry.hpp"

namespace atlas::core {

class LabelPlacer {
public:
    explicit LabelPlacer(Box screen) : m_screen(screen) {}

    // True, and the boxes are taken, when all fit on screen and overlap nothing taken before.
    bool tryPlace(const std::vector<Box>& boxes);
    bool tryPlace(const Box& box) { return tryPlace(std::vector<Box>{box}); }

private:
    bool isFree(const Box& box) const;

    Box m_screen;
    std::vector<Box> m_taken;
};

} // namespace atlas::core
