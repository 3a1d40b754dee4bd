// core/frame/label_placer.cpp: first come, first placed; a box must be on screen, free of boxes
// taken and clear of the lines kept clear.
#include "core/frame/label_placer.hpp"

#include <algorithm>

namespace atlas::core {

namespace {

Box grown(const Box& box, double by) { return {box.minX - by, box.minY - by, box.maxX + by, box.maxY + by}; }

} // namespace

bool segmentMeetsBox(Vec2 a, Vec2 b, const Box& box) {
    // Liang–Barsky: clip the segment's parameter range against each side.
    double t0 = 0, t1 = 1;
    Vec2 d = b - a;
    const double p[4] = {-d.x, d.x, -d.y, d.y};
    const double q[4] = {a.x - box.minX, box.maxX - a.x, a.y - box.minY, box.maxY - a.y};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0) return false;
            continue;
        }
        double t = q[i] / p[i];
        if (p[i] < 0) t0 = std::max(t0, t);
        else t1 = std::min(t1, t);
        if (t0 > t1) return false;
    }
    return true;
}

bool LabelPlacer::isFree(const Box& box) const {
    if (box.minX < m_screen.minX || box.minY < m_screen.minY || box.maxX > m_screen.maxX || box.maxY > m_screen.maxY)
        return false;
    for (const Box& taken : m_taken)
        if (taken.intersects(box)) return false;
    for (const Line& line : m_lines) {
        Box near = grown(box, line.clearance);
        if (!line.bounds.intersects(near)) continue;
        for (std::size_t i = 1; i < line.points.size(); ++i)
            if (segmentMeetsBox(line.points[i - 1], line.points[i], near)) return false;
    }
    return true;
}

bool LabelPlacer::fits(const std::vector<Box>& boxes) const {
    return std::all_of(boxes.begin(), boxes.end(), [&](const Box& box) { return isFree(box); });
}

bool LabelPlacer::tryPlace(const std::vector<Box>& boxes) {
    if (!fits(boxes)) return false;
    m_taken.insert(m_taken.end(), boxes.begin(), boxes.end());
    return true;
}

void LabelPlacer::keepClear(const Polyline& line, double clearance) {
    if (line.size() < 2) return;
    Box bounds;
    for (Vec2 p : line) bounds.extend(p);
    m_lines.push_back({line, grown(bounds, clearance), clearance});
}

bool LabelPlacer::crossesTaken(Vec2 a, Vec2 b) const {
    return std::any_of(m_taken.begin(), m_taken.end(), [&](const Box& box) { return !box.contains(a) && segmentMeetsBox(a, b, box); });
}

} // namespace atlas::core
