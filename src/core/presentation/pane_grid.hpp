// core/presentation/pane_grid.hpp: where a frame of a given shape puts a chapter's panes and its
// caption: side by side on a wide frame, two by two with the caption in the fourth cell on a 4:3
// or square one (when it fits there), one above another on a tall one. Standard library only.
#pragma once

#include <functional>
#include <vector>

#include "core/geo/camera.hpp"

namespace atlas::core {

enum class FrameShape {
    Wide, // 16:9, 16:10: 1.5 wide to 1 high or wider
    Boxy, // 4:3 and square
    Tall, // 9:16 and other portrait frames narrower than 3:4
};

FrameShape frameShape(const Viewport& viewport);

struct PaneGrid {
    std::vector<Box> cells;  // one per pane, in the frame's pixels
    std::vector<Box> gaps;   // the rules between cells
    Box captionArea;         // where the caption card stands (the progress dots along its foot)
    bool captionInCell = false; // a cell of its own, on paper, instead of over the panes' feet
};

// count panes with gap pixels between them; captionHeight: the caption card's height at a width,
// bottomKeep: pixels under the caption for the progress dots.
PaneGrid paneGrid(int count, const Viewport& frame, double gap, double bottomKeep,
                  const std::function<double(double width)>& captionHeight, double margin);

// The viewport of one cell of a frame: its own pixels, drawn where the cell is.
Viewport cellViewport(const Viewport& frame, const Box& cell);

} // namespace atlas::core
