// export/export_pipeline.cpp: frame k is drawn while frame k-1's read-back lands in the other
// pixel-pack buffer and frame k-2 is being encoded.
#include "export/export_pipeline.hpp"

#include <exception>

#include "export/encode_worker.hpp"
#include "render/pixel_readback.hpp"
#include "render/offscreen_target.hpp"

namespace atlas::exporting {

namespace {

ExportOutcome run(const std::vector<int>& frames, int width, int height, const std::function<void(int)>& draw,
                  FrameSink& sink, const std::atomic<bool>& stop, ProgressLine& progress) {
    render::OffscreenTarget target(width, height);
    render::PixelReadback readback(width, height);
    EncodeWorker worker(sink, width, height, sink.concurrentWrites());
    ExportOutcome outcome;
    std::size_t queued = 0; // frames handed to the worker
    for (int index : frames) {
        if (stop) break;
        target.bind();
        draw(index);
        target.bind(); // the read comes from the target whatever the drawing bound
        auto previous = readback.exchange();
        if (previous && !worker.push(frames[queued++], std::move(*previous))) break;
        progress.update(worker.written());
    }
    if (auto last = readback.finish(); last && !stop) worker.push(frames[queued++], std::move(*last));
    outcome.error = worker.drain();
    outcome.written = worker.written();
    outcome.interrupted = stop;
    progress.update(outcome.written);
    progress.finish();
    if (!outcome.error.empty() || outcome.interrupted) return outcome;
    try {
        sink.finish();
    } catch (const std::exception& e) {
        outcome.error = e.what();
    }
    return outcome;
}

} // namespace

ExportOutcome exportFrames(const std::vector<int>& frames, int width, int height, const std::function<void(int)>& draw,
                           FrameSink& sink, const std::atomic<bool>& stop, ProgressLine& progress) {
    try {
        return run(frames, width, height, draw, sink, stop, progress);
    } catch (const std::exception& e) {
        return {0, bool(stop), e.what()};
    }
}

} // namespace atlas::exporting
