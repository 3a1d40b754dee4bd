// app/cli/export_command.cpp: checks the request, loads the data and the story, then draws frame i
// through the export pipeline: for a time range, at from + (to-from)*i/(N-1) exactly as
// `render --at` would; for --chapter, as the presentation shows it i/fps seconds in, with the
// captions as subtitles beside a video.
#include "app/cli/export_command.hpp"

#include <chrono>
#include <cstdio>
#include <functional>
#include <future>
#include <iostream>
#include <memory>

#include "app/cli/export_output.hpp"
#include "app/cli/frame_view.hpp"
#include "app/cli/presentation_source.hpp"
#include "core/presentation/story_frames.hpp"
#include "core/time/time_format.hpp"
#include "export/export_pipeline.hpp"
#include "export/ffmpeg_video.hpp"
#include "export/frame_times.hpp"
#include "export/png_sequence.hpp"
#include "export/event_subtitles.hpp"
#include "export/subtitle_text.hpp"
#include "io/layout_report.hpp"
#include "platform/atomic_file.hpp"
#include "platform/egl_context.hpp"
#include "platform/stop_signal.hpp"
#include "session/frame_source.hpp"
#include "session/headless_renderer.hpp"
#include "session/map_session.hpp"
#include "session/story_session.hpp"

namespace atlas::app {

namespace {

using namespace std::chrono;

constexpr int kMaxExportWidth = 7680;
constexpr int kMaxExportHeight = 4320;

int refuse(const std::string& message) {
    std::cerr << "csto-atlas: export: " << message << "\n";
    return 2;
}

std::string dayOf(sys_seconds time) {
    return core::formatIso(core::spanAt(time, core::Precision::Day, core::TimeZone::utc()), core::TimeZone::utc());
}

// The request's range (--from/--to, else the episode's), or why it cannot be shown: the story runs
// from the start of the year of its first membership change or event (Story::begins) to today.
std::string exportRange(const Options& options, const core::Episode* episode, const core::Story& story,
                        exporting::FrameRange& range) {
    range.from = options.from ? options.from->begin : episode->begin;
    range.to = options.to ? options.to->begin : episode->end;
    range.count = frameCount(*options.durationSeconds, *options.fps);
    sys_seconds today = floor<seconds>(system_clock::now());
    sys_seconds first = story.begins().value_or(today);
    for (sys_seconds time : {range.from, range.to})
        if (time < first || time > today)
            return "--from/--to: " + dayOf(time) + " is outside the story, which runs from " + dayOf(first) + " to today (" +
                   dayOf(today) + ")";
    return {};
}

// What is exported: how many frames, how each is drawn, and the subtitles that go with them.
struct ExportFrames {
    int count = 0;
    std::function<void(int)> draw;
    std::vector<core::Subtitle> subtitles;
};

// The chapters --chapter names ("all": the whole story), with its frames drawn by renderer.
struct ChapterExport {
    core::Presentation presentation;
    std::unique_ptr<core::PresentationPlan> plan;
    std::unique_ptr<core::StoryFrames> frames;
};

std::string planChapters(const Options& options, const core::Story& story, const session::MapSession& session,
                         const core::Viewport& viewport, const core::TextMeasure& text, core::Diagnostics& diagnostics,
                         ChapterExport& out) {
    std::optional<core::Presentation> presentation = loadPresentation(options, story, diagnostics);
    if (!presentation) return "no story to export";
    if (options.story && core::hasErrors(diagnostics)) return "--story " + options.story->string() + " has errors (above)";
    out.presentation = std::move(*presentation);
    int first = 0, last = int(out.presentation.chapters.size()) - 1;
    if (*options.chapter != "all") {
        std::string error;
        std::optional<ChapterRange> chapters = findChapters(out.presentation, *options.chapter, error);
        if (!chapters) return error + " (or all)";
        first = chapters->first;
        last = chapters->last;
    }
    out.plan = std::make_unique<core::PresentationPlan>(out.presentation, *session.projection, viewport, &text);
    out.frames = std::make_unique<core::StoryFrames>(*out.plan, first, last, *options.fps);
    if (options.frames && options.frames->last >= out.frames->count())
        return "--frames " + std::to_string(options.frames->first) + "-" + std::to_string(options.frames->last) +
               ": the export has frames 0-" + std::to_string(out.frames->count() - 1);
    return {};
}

bool writeSubtitles(const ExportOutput& output, const std::vector<core::Subtitle>& subtitles) {
    if (!output.video || subtitles.empty()) return true;
    std::filesystem::path file = output.path;
    return platform::writeFileAtomically(file.replace_extension(".srt"), exporting::srtText(subtitles));
}

std::unique_ptr<exporting::FrameSink> makeSink(const ExportOutput& output, const Options& options) {
    if (!output.video) return std::make_unique<exporting::PngSequence>(output.path);
    return std::make_unique<exporting::FfmpegVideo>(output.ffmpeg, output.path, output.codec, options.size->width,
                                                    options.size->height, *options.fps);
}

// FOLDER/frame_NNNNN.json beside what the frame's PNG would be called; "" or what went wrong.
std::string writeLayout(const std::filesystem::path& folder, int frame, const std::vector<core::FrameState>& drawn,
                        core::StyleName style, const FrameSize& size) {
    std::filesystem::path file = exporting::PngSequence::framePath(folder, frame).replace_extension(".json");
    if (platform::writeFileAtomically(file, io::layoutReport(drawn, core::nameOf(style), size.width, size.height))) return "";
    return "--layout: cannot write " + file.string();
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
    std::filesystem::path folder = session::dataFolder(options.data);
    core::Diagnostics diagnostics;
    auto loading = std::async(std::launch::async, [&] { return session::loadSession(folder, diagnostics); });
    auto context = std::make_unique<platform::EglContext>(); // made on this core while the other loads
    auto session = loading.get();
    core::Loaded<core::Story> story = session::loadStoryFolder(folder);
    diagnostics.insert(diagnostics.end(), story.diagnostics.begin(), story.diagnostics.end());
    std::string episodeError;
    const core::Episode* episode = chosenEpisode(options, story.value ? &*story.value : nullptr, episodeError);
    core::Viewport viewport = session::exportViewport(size.width, size.height);
    std::optional<core::Camera> camera = session ? frameCamera(options, episode, *session, viewport) : std::nullopt;
    std::optional<session::FrameSource> frameSource;
    if (session) frameSource.emplace(*session);
    ChapterExport chapters;
    std::string chapterError;
    if (session && story.value && options.chapter)
        chapterError = planChapters(options, *story.value, *session, viewport, frameSource->text(), diagnostics, chapters);
    session::printDiagnostics(diagnostics);
    if (!session || !story.value) return 2;
    if (!episodeError.empty()) return refuse(episodeError);
    if (!chapterError.empty()) return refuse(chapterError);
    exporting::FrameRange range;
    if (!options.chapter)
        if (std::string error = exportRange(options, episode, *story.value, range); !error.empty()) return refuse(error);
    if (!camera) return refuse("--bbox: the box cannot be shown in this map's projection");

    session::FrameSource& source = *frameSource;
    core::StyleName style = options.style.value_or(core::StyleName::Video);
    source.style() = core::mapStyle(style);
    if (options.transparent) source.style().sea = source.style().sea.withAlpha(0);
    core::StoryIndex index(*story.value, session->data, *session->projection);
    ExportFrames frames;
    std::function<session::Shot(int)> shotOf;
    if (chapters.frames) {
        frames.count = chapters.frames->count();
        frames.subtitles = chapters.frames->subtitles();
        shotOf = [&](int frame) { return session::PresentationShot{&index, chapters.plan.get(), chapters.frames->position(frame)}; };
    } else {
        frames.count = range.count;
        frames.subtitles = exporting::eventSubtitles(*story.value, range, *options.fps);
        shotOf = [&, headline = frameHeadline(options, episode)](int frame) {
            return session::MapShot{&index, exporting::frameTime(range, frame), *camera, viewport, headline};
        };
    }
    std::string layoutError;
    frames.draw = [&](int frame) {
        std::vector<core::FrameState> drawn = source.draw(shotOf(frame), render::DrawMode::Exact);
        if (options.layout && layoutError.empty())
            layoutError = writeLayout(*options.layout, frame, drawn, chapters.frames ? core::StyleName::Presentation : style, size);
    };

    ExportOutput output;
    int first = options.frames ? options.frames->first : 0;
    int last = options.frames ? options.frames->last : frames.count - 1;
    if (std::string error = prepareExportOutput(options, first, last, output); !error.empty()) return refuse(error);
    auto removeEmptyFolder = [&] {
        std::error_code ec;
        if (output.createdFolder) std::filesystem::remove(output.path, ec); // only if no frame is in it
    };
    platform::StopSignal stop;
    std::unique_ptr<exporting::FrameSink> sink = makeSink(output, options);
    exporting::ProgressLine progress(stderr, int(output.frames.size()),
                                     options.progressLines ? exporting::ProgressLine::Mode::Lines
                                                           : exporting::ProgressLine::Mode::Terminal);
    exporting::ExportOutcome outcome =
        exporting::exportFrames(output.frames, size.width, size.height, frames.draw, *sink, stop.raised(), progress);
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
    if (!layoutError.empty()) return refuse(layoutError);
    double fps = *options.fps;
    std::vector<core::Subtitle> subtitles = options.frames ? exporting::cutTo(frames.subtitles, first / fps, (last + 1) / fps)
                                                           : frames.subtitles;
    if (!writeSubtitles(output, subtitles)) {
        std::cerr << "csto-atlas: export: cannot write the subtitles beside " << output.path.string() << "\n";
        return 1;
    }
    return core::hasBadInput(diagnostics) ? 2 : 0;
}

} // namespace atlas::app
