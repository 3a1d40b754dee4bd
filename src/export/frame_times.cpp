// export/frame_times.cpp: integer arithmetic, so every machine computes the same instants.
#include "export/frame_times.hpp"

namespace atlas::exporting {

std::chrono::sys_seconds frameTime(const FrameRange& range, int index) {
    if (range.count <= 1) return range.from;
    long long span = (range.to - range.from).count();
    long long offset = span * index;
    long long step = offset / (range.count - 1);
    if (offset % (range.count - 1) != 0 && offset < 0) --step; // floor, also for a range run backwards
    return range.from + std::chrono::seconds(step);
}

} // namespace atlas::exporting
