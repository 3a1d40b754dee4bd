// core/frame/label_placer.cpp: first come, first placed; a box must be on screen and free.
#include "core/frame/label_placer.hpp"

namespace atlas::core {

bool LabelPlacer::isFree(const Box& box) const {
    if (box.minX < m_screen.minX || box.minY < m_screen.minY || box.maxX > m_screen.maxX || box.maxY > m_screen.maxY)
        return false;
    for (const Box& taken : m_taken)
        if (taken.intersects(box)) return false;
    return true;
}

bool LabelPlacer::tryPlace(const std::vector<Box>& boxes) {
    for (const Box& box : boxes)
        if (!isFree(box)) return false;
    m_taken.insert(m_taken.end(), boxes.begin(), boxes.end());
    return true;
}

} // namespace atlas::core
