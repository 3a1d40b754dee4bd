// bench/bench_export.cpp: prints how many frames per second `export` makes at 1920x1080 and
// 3840x2160, as PNG frames and as MP4, with the built-in data over the Almaty 2022 episode; and in
// the same run the floor: read-back plus encoding of the same frames with no rendering (each
// frame's pixels, drawn beforehand, are blitted into the target instead of drawn). Then the whole
// built-in story as `export --chapter all` makes it (MP4, 30 fps: flights, panes and cards), and
// the peers' figures that bench/peers/peers.py wrote, beside ours. It prints figures and
// PASS/MISS against the targets (1080p PNG >= 30 fps within 1.3x its floor, MP4 >= 20 fps within
// 1.5x; the whole story >= 30 fps at 1080p, >= 8 fps at 4K); it never fails on a timing.
// Rendering alone is printed too, for the balance.
// Usage: bench_export [--frames N] [--story-frames N] [--peers FILE]
//   --frames: frames per episode figure at 1080p (default 60; a quarter at 4K)
//   --story-frames: only the story's first N frames (default: all of them; 0 skips the story)
//   --peers: the peers' figures (default: bench/peers/peers.txt)
#include <epoxy/gl.h>
#include <stdlib.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <future>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/frame/map_styles.hpp"
#include "core/presentation/story_frames.hpp"
#include "export/export_pipeline.hpp"
#include "export/ffmpeg_video.hpp"
#include "export/frame_times.hpp"
#include "export/png_sequence.hpp"
#include "io/story_file.hpp"
#include "platform/egl_context.hpp"
#include "platform/memory_policy.hpp"
#include "render/offscreen_target.hpp"
#include "session/frame_source.hpp"
#include "session/headless_renderer.hpp"
#include "session/map_session.hpp"
#include "session/story_session.hpp"

using namespace atlas;
namespace fs = std::filesystem;

namespace {

struct Scene {
    const session::MapSession& session;
    const core::StoryIndex& story;
    session::FrameSource& source;
    exporting::FrameRange range;
    double pngAt1080 = 0; // the episode's PNG export at 1080p, in fps

    session::MapShot shot(int frame, const core::Camera& camera, const core::Viewport& viewport) const {
        return {&story, exporting::frameTime(range, frame), camera, viewport};
    }
};

struct Size {
    int width;
    int height;
};

core::Camera cameraFor(const Scene& scene, const core::Viewport& viewport) {
    const core::Episode& episode = *scene.story.story().findEpisode("almaty-2022"); // main checked it is there
    return core::Camera::fit(core::projectedBox({episode.southWest, episode.northEast}, *scene.session.projection),
                             viewport, 24);
}

// A copy of what is drawn: the frame's GL rows, and a texture + FBO to blit them back from.
class StoredFrames {
public:
    StoredFrames(Scene& scene, Size size, int count) : m_size(size) {
        render::OffscreenTarget target(size.width, size.height);
        core::Viewport viewport = session::exportViewport(size.width, size.height);
        core::Camera camera = cameraFor(scene, viewport);
        glGenTextures(1, &m_texture);
        glBindTexture(GL_TEXTURE_2D, m_texture);
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, size.width, size.height, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
        glGenFramebuffers(1, &m_framebuffer);
        glBindFramebuffer(GL_FRAMEBUFFER, m_framebuffer);
        glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, m_texture, 0);
        for (int i = 0; i < count; ++i) {
            target.bind();
            scene.source.draw(scene.shot(i, camera, viewport), render::DrawMode::Exact);
            m_rows.emplace_back(std::size_t(size.width) * std::size_t(size.height) * 4);
            glPixelStorei(GL_PACK_ALIGNMENT, 1);
            glReadPixels(0, 0, size.width, size.height, GL_RGBA, GL_UNSIGNED_BYTE, m_rows.back().data());
        }
    }
    ~StoredFrames() {
        glDeleteFramebuffers(1, &m_framebuffer);
        glDeleteTextures(1, &m_texture);
    }

    // Puts frame i's pixels into the bound framebuffer and leaves it bound for reading.
    void blit(int i) const {
        GLint target = 0;
        glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &target);
        glBindTexture(GL_TEXTURE_2D, m_texture);
        glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
        glTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, m_size.width, m_size.height, GL_RGBA, GL_UNSIGNED_BYTE,
                        m_rows[std::size_t(i)].data());
        glBindFramebuffer(GL_READ_FRAMEBUFFER, m_framebuffer);
        glBlitFramebuffer(0, 0, m_size.width, m_size.height, 0, 0, m_size.width, m_size.height, GL_COLOR_BUFFER_BIT,
                          GL_NEAREST);
        glBindFramebuffer(GL_FRAMEBUFFER, GLuint(target));
    }

private:
    Size m_size;
    std::vector<std::vector<std::uint8_t>> m_rows;
    GLuint m_texture = 0;
    GLuint m_framebuffer = 0;
};

// Frames per second of one export of `count` frames, drawing each with `draw`.
double framesPerSecond(Size size, int count, bool video, const fs::path& scratch, const std::function<void(int)>& draw) {
    fs::remove_all(scratch);
    fs::create_directories(scratch);
    std::unique_ptr<exporting::FrameSink> sink;
    if (video)
        sink = std::make_unique<exporting::FfmpegVideo>(*exporting::FfmpegVideo::find(), scratch / "bench.mp4",
                                                        exporting::VideoCodec::H264, size.width,
                                                        size.height, 30);
    else
        sink = std::make_unique<exporting::PngSequence>(scratch);
    std::vector<int> frames;
    for (int i = 0; i < count; ++i) frames.push_back(i);
    std::atomic<bool> stop{false};
    std::FILE* nowhere = std::fopen("/dev/null", "w"); // not a terminal: no progress line
    exporting::ProgressLine quiet(nowhere, count);
    auto start = std::chrono::steady_clock::now();
    exporting::ExportOutcome outcome = exporting::exportFrames(frames, size.width, size.height, draw, *sink, stop, quiet);
    sink.reset();
    std::fclose(nowhere);
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!outcome.error.empty()) std::printf("  error: %s\n", outcome.error.c_str());
    return outcome.written / seconds;
}

void measure(Scene& scene, Size size, int count, const fs::path& scratch) {
    StoredFrames stored(scene, size, count);
    core::Viewport viewport = session::exportViewport(size.width, size.height);
    core::Camera camera = cameraFor(scene, viewport);
    auto draw = [&](int i) { scene.source.draw(scene.shot(i, camera, viewport), render::DrawMode::Exact); };
    auto blit = [&](int i) { stored.blit(i); };
    bool is1080 = size.height == 1080;
    {
        render::OffscreenTarget target(size.width, size.height);
        target.bind();
        auto start = std::chrono::steady_clock::now();
        for (int i = 0; i < count; ++i) draw(i);
        glFinish();
        double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        start = std::chrono::steady_clock::now();
        for (int i = 0; i < count; ++i) scene.source.evaluate(scene.shot(i, camera, viewport));
        double evaluating = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        std::printf("%dx%d rendering alone (evaluate + draw + glFinish, no read-back): %6.1f fps (evaluate %.0f ms, draw "
                    "%.0f ms a frame)\n",
                    size.width, size.height, count / seconds, evaluating / count * 1000, (seconds - evaluating) / count * 1000);
    }
    for (bool video : {false, true}) {
        if (video && !exporting::FfmpegVideo::find()) {
            std::printf("%dx%d MP4: ffmpeg is not installed (apt-get install ffmpeg)\n", size.width, size.height);
            continue;
        }
        double floor = framesPerSecond(size, count, video, scratch, blit);
        double full = framesPerSecond(size, count, video, scratch, draw);
        double target = video ? 20 : 30, ratio = video ? 1.5 : 1.3;
        std::printf("%dx%d %-3s  export %6.1f fps   floor %6.1f fps   floor/export %.2f", size.width, size.height,
                    video ? "MP4" : "PNG", full, floor, floor / full);
        if (is1080)
            std::printf("   target >= %.0f fps, <= %.1fx floor: %s", target, ratio,
                        full >= target && floor / full <= ratio ? "PASS" : "MISS");
        std::printf("\n");
        std::fflush(stdout);
        if (is1080 && !video) scene.pngAt1080 = full;
    }
}

// The whole story as `export --chapter all` makes it: a fresh frame source (as a new process
// starts cold) in export's style, chapters 1 to last at 30 fps, each frame evaluated and drawn
// exactly, into an MP4.
void measureStory(const Scene& scene, const core::Presentation& presentation, Size size, int limit, double target,
                  const fs::path& scratch) {
    session::FrameSource source(scene.session);
    source.style() = core::mapStyle(core::StyleName::Video);
    core::Viewport viewport = session::exportViewport(size.width, size.height);
    core::PresentationPlan plan(presentation, *scene.session.projection, viewport, &source.text());
    core::StoryFrames frames(plan, 0, plan.count() - 1, 30);
    int count = std::min(limit, frames.count());
    auto draw = [&](int i) {
        source.draw(session::PresentationShot{&scene.story, &plan, frames.position(i)}, render::DrawMode::Exact);
    };
    double fps = framesPerSecond(size, count, true, scratch, draw);
    std::printf("%dx%d whole story MP4 (%d chapters, %d of %d frames)  %6.1f fps in %.0f s", size.width, size.height,
                plan.count(), count, frames.count(), fps, count / fps);
    if (count == frames.count()) std::printf("   target >= %.0f fps: %s", target, fps >= target ? "PASS" : "MISS");
    std::printf("\n");
    std::fflush(stdout);
}

// peers.txt's lines, "NAME VERSION FPS", beside our 1080p PNG export of the same view (render +
// PNG, as theirs; ours draws the still view's base map once and the story on it each frame, theirs
// the whole map each frame).
void printPeers(const fs::path& file, double ours) {
    std::ifstream in(file);
    std::string name, version;
    double fps = 0;
    int peers = 0;
    while (in >> name >> version >> fps && fps > 0) {
        std::printf("peer %-7s %-8s 1920x1080 render + PNG %6.2f fps; csto-atlas's PNG export %.1fx that\n", name.c_str(),
                    version.c_str(), fps, ours / fps);
        ++peers;
    }
    if (peers == 0)
        std::printf("peers: no figures in %s (run bench/peers/peers.py with QGIS or Mapnik installed)\n",
                    file.string().c_str());
}

struct Arguments {
    int frames = 60;
    int storyFrames = std::numeric_limits<int>::max();
    fs::path peers = ATLAS_PEERS_FILE;
};

std::optional<int> wholeNumber(const std::string& text) {
    int value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value < 0) return std::nullopt;
    return value;
}

std::optional<Arguments> parseArguments(int argc, char** argv) {
    Arguments arguments;
    if (argc % 2 == 0) return std::nullopt; // an option without its value
    for (int i = 1; i + 1 < argc; i += 2) {
        std::string option = argv[i], value = argv[i + 1];
        if (option == "--peers") {
            arguments.peers = value;
            continue;
        }
        std::optional<int> n = wholeNumber(value);
        if (!n) return std::nullopt;
        if (option == "--frames") arguments.frames = std::max(4, *n);
        else if (option == "--story-frames") arguments.storyFrames = *n;
        else return std::nullopt;
    }
    return arguments;
}

} // namespace

int main(int argc, char** argv) {
    platform::useMemoryPolicy(platform::MemoryUse::Batch); // as csto-atlas export does
    std::optional<Arguments> arguments = parseArguments(argc, argv);
    if (!arguments) {
        std::fprintf(stderr, "usage: bench_export [--frames N] [--story-frames N] [--peers FILE]\n");
        return 2;
    }
    int count = arguments->frames;
    fs::path folder = session::builtInDataFolder();
    core::Diagnostics diagnostics;
    auto loading = std::async(std::launch::async, [&] { return session::loadSession(folder, diagnostics); });
    platform::EglContext context;
    auto session = loading.get();
    core::Loaded<core::Story> story = session::loadStoryFolder(folder);
    if (!session || !story.value) {
        session::printDiagnostics(diagnostics);
        return 1;
    }
    core::Loaded<core::Presentation> presentation = io::loadStoryFile(io::builtInStoryFile(folder), *story.value);
    if (!presentation.value) {
        session::printDiagnostics(presentation.diagnostics);
        return 1;
    }
    session::FrameSource source(*session);
    source.style() = core::mapStyle(core::StyleName::Video); // export's default
    core::StoryIndex index(*story.value, session->data, *session->projection);
    const core::Episode* episode = story.value->findEpisode("almaty-2022");
    if (!episode) {
        std::fprintf(stderr, "bench_export: the built-in data has no episode almaty-2022\n");
        return 1;
    }
    Scene scene{*session, index, source, {episode->begin, episode->end, count}};
    const char* threads = std::getenv("LP_NUM_THREADS");
    std::printf("GL renderer: %s, LP_NUM_THREADS=%s; %d frames of almaty-2022 per 1080p figure, %d at 4K\n",
                context.renderer().c_str(), threads ? threads : "(unset)", count, std::max(4, count / 4));
    fs::path scratch = fs::temp_directory_path() / ("bench_export_" + std::to_string(::getpid()));
    measure(scene, {1920, 1080}, count, scratch);
    scene.range.count = std::max(4, count / 4);
    measure(scene, {3840, 2160}, scene.range.count, scratch);
    if (arguments->storyFrames > 0 && !exporting::FfmpegVideo::find())
        std::printf("whole story MP4: ffmpeg is not installed (apt-get install ffmpeg)\n");
    else if (arguments->storyFrames > 0) {
        measureStory(scene, *presentation.value, {1920, 1080}, arguments->storyFrames, 30, scratch);
        measureStory(scene, *presentation.value, {3840, 2160}, arguments->storyFrames, 8, scratch);
    }
    printPeers(arguments->peers, scene.pngAt1080);
    fs::remove_all(scratch);
    return 0;
}
