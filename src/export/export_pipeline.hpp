// export/export_pipeline.hpp: the export loop: draws each frame on this thread into an offscreen
// target, reads it back asynchronously and encodes it on a worker, until done, stopped or failed.
#pragma once

#include <atomic>
#include <functional>
#include <string>
#include <vector>

#include "export/frame_sink.hpp"
#include "export/progress_line.hpp"

namespace atlas::exporting {

struct ExportOutcome {
    int written = 0;          // frames complete in the sink
    bool interrupted = false; // `stop` was raised
    std::string error;        // what failed, empty when nothing did
};

// Draws frames[k] with draw(frames[k]) into a bound width x height framebuffer, for each k, and
// writes them to sink in order; finishes the sink when every frame is written. Needs a current GL
// context; checks `stop` before each frame.
ExportOutcome exportFrames(const std::vector<int>& frames, int width, int height, const std::function<void(int)>& draw,
                           FrameSink& sink, const std::atomic<bool>& stop, ProgressLine& progress);

} // namespace atlas::exporting
