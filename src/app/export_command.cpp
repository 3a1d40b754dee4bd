// app/export_command.cpp: checks the request, loads the data and the story, then draws frame i
// at from + (to-from)*i/(N-1) exactly as `render --at` would, through the export pipeline.
#include "app/export_command.hpp"

#include <chrono>
#include <cstdio>
#include <future>
#include <iostream>
#include <memory>

#include "app/export_output.hpp"
#include "app/frame_view.hpp"
#include "app/headless_renderer.hpp"
#include "app/map_session.hpp"
#include "app/stop_signal.hpp"
#include "app/story_session.hpp"
#include "core/episodes.hpp"
#include "core/evaluate.hpp"
#include "export/export_pipeline.hpp"
#include "export/ffmpeg_video.hpp"
#include "export/frame_times.hpp"
#include "export/png_sequence.hpp"
#include "platform/egl_context.hpp"
#include "render/map_renderer.hpp"

namespace atlas::app {

namespace {

using namespace std::chrono;

constexpr int kMaxExportWidth = 7680;
constexpr int kMaxExportHeight = 4320;
constexpr sys_days kDataBegins = sys_days(year{1992} / January / 1);

int refuse(const std::string& message) {
    std::cerr << "csto-atlas: export: " << message << "\n";
    return 2;
}

std::string dayOf(sys_seconds time) {
    year_month_day day{floor<days>(time)};
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", int(day.year()), unsigned(day.month()), unsigned(day.day()));
    return text;
}

// The request's range, or why it cannot be shown.
std::string exportRange(const Options& options, exporting::FrameRange& range) {
    const core::Episode* episode = options.episode ? core::findEpisode(*options.episode) : nullptr;
    range.from = options.from ? options.from->begin : episode->begin;
    range.to = options.to ? options.to->begin : episode->end;
    range.count = frameCount(*options.durationSeconds, *options.fps);
    sys_seconds today = floor<seconds>(system_clock::now());
    for (sys_seconds time : {range.from, range.to})
        if (time < kDataBegins || time > today)
            return "--from/--to: " + dayOf(time) + " is outside the story, which runs from " + dayOf(kDataBegins) +
                   " to today (" + dayOf(today) + ")";
    return {};
}

std::unique_ptr<exporting::FrameSink> makeSink(const ExportOutput& output, const Options& options) {
    if (!output.video) return std::make_unique<exporting::PngSequence>(output.path);
    return std::make_unique<exporting::FfmpegVideo>(output.ffmpeg, output.path, options.size->width, options.size->height,
                                                    *options.fps);
}

void explainInterruption(const ExportOutput& output, int written) {
    std::cerr << "csto-atlas: export interrupted; ";
    if (output.video)
        std::cerr << "the unfinished video was removed. Run the command again, or export PNG frames to a folder, which\n"
                     "--resume can finish.\n";
    else
        std::cerr << written << " more frame(s) are complete in " << output.path.string()
                  << ". To finish, run the same command with --resume.\n";
}

} // namespace

int runExport(const Options& options) {
    const FrameSize& size = *options.size;
    if (size.width > kMaxExportWidth || size.height > kMaxExportHeight || size.width * size.height > kMaxExportWidth * kMaxExportHeight)
        return refuse("--size " + std::to_string(size.width) + "x" + std::to_string(size.height) + ": at most " +
                      std::to_string(kMaxExportWidth) + "x" + std::to_string(kMaxExportHeight));
    exporting::FrameRange range;
    if (std::string error = exportRange(options, range); !error.empty()) return refuse(error);
    int first = options.frames ? options.frames->first : 0;
    int last = options.frames ? options.frames->last : range.count - 1;
    ExportOutput output;
    if (std::string error = prepareExportOutput(options, first, last, output); !error.empty()) return refuse(error);
    auto removeEmptyFolder = [&] {
        std::error_code ec;
        if (output.createdFolder) std::filesystem::remove(output.path, ec); // only if no frame is in it
    };

    std::filesystem::path folder = options.data.value_or(builtInDataFolder());
    core::Diagnostics diagnostics;
    auto loading = std::async(std::launch::async, [&] { return loadSession(folder, diagnostics); });
    auto context = std::make_unique<platform::EglContext>(); // made on this core while the other loads
    auto session = loading.get();
    core::Loaded<core::Story> story = loadStoryFolder(folder);
    diagnostics.insert(diagnostics.end(), story.diagnostics.begin(), story.diagnostics.end());
    printDiagnostics(diagnostics);
    core::Viewport viewport{size.width, size.height, exportPixelScale(size.height)};
    std::optional<core::Camera> camera = session ? frameCamera(options, *session, viewport) : std::nullopt;
    if (!session || !story.value) {
        removeEmptyFolder();
        return 2;
    }
    if (!camera) {
        removeEmptyFolder();
        return refuse("--bbox: the box cannot be shown in this map's projection");
    }

    render::MapRenderer renderer(session->data);
    core::EvaluateContext evaluation{*session->projection, renderer.font(), {}};
    if (options.transparent) evaluation.style.sea = evaluation.style.sea.withAlpha(0);
    core::StoryIndex index(*story.value, session->data, *session->projection);
    auto draw = [&](int frame) {
        renderer.draw(core::evaluate(session->data, index, exporting::frameTime(range, frame), *camera, viewport, evaluation));
    };

    StopSignal stop;
    std::unique_ptr<exporting::FrameSink> sink = makeSink(output, options);
    exporting::ProgressLine progress(stderr, int(output.frames.size()));
    exporting::ExportOutcome outcome =
        exporting::exportFrames(output.frames, size.width, size.height, draw, *sink, stop.raised(), progress);
    sink.reset(); // an unfinished video's temporary goes with it
    if (outcome.written == 0) removeEmptyFolder();
    if (!outcome.error.empty()) {
        std::cerr << "csto-atlas: export: " << outcome.error << "\n";
        return 1;
    }
    if (outcome.interrupted) {
        explainInterruption(output, outcome.written);
        return 1;
    }
    return core::hasBadInput(diagnostics) ? 2 : 0;
}

} // namespace atlas::app
