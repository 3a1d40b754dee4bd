// export/frame_times.hpp: the instant each frame of an export shows, a pure function of the range,
// the frame count and the frame number. Standard library only.
#pragma once

#include <chrono>

namespace atlas::exporting {

struct FrameRange {
    std::chrono::sys_seconds from;
    std::chrono::sys_seconds to;
    int count = 1; // frames from `from` to `to`, both shown
};

// from + (to - from) * index / (count - 1), rounded down to the second; `from` when count is 1.
std::chrono::sys_seconds frameTime(const FrameRange& range, int index);

} // namespace atlas::exporting
