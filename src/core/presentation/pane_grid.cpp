// core/presentation/pane_grid.cpp: cells rounded to whole pixels so that neighbouring panes meet
// their rule exactly; the caption's own height decides whether a square frame has room for a grid.
#include "core/presentation/pane_grid.hpp"

#include <cmath>

namespace atlas::core {

namespace {

constexpr double kTallestLowerRow = 0.62;  // of a 4:3 or square frame, for a grid's row with the caption
constexpr double kLeastAboveCaption = 0.4; // of a frame, for the panes above a caption across its foot

// count cells across (or down, when rows) the box, gap apart.
std::vector<Box> split(const Box& box, int count, double gap, bool rows, std::vector<Box>& gaps) {
    std::vector<Box> cells;
    double span = rows ? box.height() : box.width();
    double size = (span - gap * (count - 1)) / count;
    for (int i = 0; i < count; ++i) {
        double from = std::round(i * (size + gap)), to = std::round(i * (size + gap) + size);
        Box cell = rows ? Box{box.minX, box.minY + from, box.maxX, box.minY + to} : Box{box.minX + from, box.minY, box.minX + to, box.maxY};
        if (i > 0) {
            const Box& before = cells.back();
            gaps.push_back(rows ? Box{box.minX, before.maxY, box.maxX, cell.minY} : Box{before.maxX, box.minY, cell.minX, box.maxY});
        }
        cells.push_back(cell);
    }
    return cells;
}

} // namespace

FrameShape frameShape(const Viewport& viewport) {
    double aspect = double(viewport.width) / std::max(1, viewport.height);
    return aspect >= 1.5 ? FrameShape::Wide : aspect >= 0.75 ? FrameShape::Boxy : FrameShape::Tall;
}

PaneGrid paneGrid(int count, const Viewport& frame, double gap, double bottomKeep,
                  const std::function<double(double width)>& captionHeight, double margin) {
    Box whole{0, 0, double(frame.width), double(frame.height)};
    PaneGrid grid;
    grid.captionArea = whole;
    FrameShape shape = frameShape(frame);
    if (shape == FrameShape::Wide) { // columns the frame's height; the caption across their feet
        grid.cells = split(whole, count, gap, false, grid.gaps);
        return grid;
    }
    if (shape == FrameShape::Boxy && count == 3) {
        // Two rows; the lower one grows (to at most kTallestLowerRow of the frame) for the caption.
        std::vector<Box> unused, columns = split(whole, 2, gap, false, unused);
        double half = (frame.height - gap) / 2;
        double lower = std::max(half, captionHeight(columns[1].width() - 2 * margin) + bottomKeep + margin);
        if (lower <= frame.height * kTallestLowerRow) {
            double foot = std::round(frame.height - lower - gap), lowerTop = std::round(foot + gap);
            Box top{0, 0, double(frame.width), foot}, bottom{0, lowerTop, double(frame.width), double(frame.height)};
            std::vector<Box> upper = split(top, 2, gap, false, grid.gaps), under = split(bottom, 2, gap, false, grid.gaps);
            grid.gaps.push_back({0, top.maxY, double(frame.width), bottom.minY});
            grid.cells = {upper[0], upper[1], under[0]};
            grid.captionArea = under[1];
            grid.captionInCell = true;
            return grid;
        }
    }
    // Above the caption: rows on a tall frame, columns on a boxy one; the caption over their feet
    // when it would leave them too little of a small frame.
    double captionTop = frame.height - bottomKeep - captionHeight(frame.width - 2 * margin);
    Box above{0, 0, double(frame.width), std::round(captionTop - gap)};
    if (above.maxY < frame.height * kLeastAboveCaption) above = whole;
    grid.cells = split(above, count, gap, shape == FrameShape::Tall, grid.gaps);
    return grid;
}

Viewport cellViewport(const Viewport& frame, const Box& cell) {
    Viewport v = frame;
    v.left = frame.left + int(cell.minX);
    v.width = int(cell.width());
    v.bottom = frame.bottom + frame.height - int(cell.maxY);
    v.height = int(cell.height());
    return v;
}

} // namespace atlas::core
