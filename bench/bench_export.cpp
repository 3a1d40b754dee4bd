// bench/bench_export.cpp: prints how many frames per second `export` makes at 1920x1080 and
// 3840x2160, as PNG frames and as MP4, with the built-in data over the Almaty 2022 episode; and in
// the same run the floor: read-back plus encoding of the same frames with no rendering (each
// frame's pixels, drawn beforehand, are blitted into the target instead of drawn). It prints
// figures and PASS/MISS against the targets at 1080p (PNG >= 30 fps, MP4 >= 20 fps, each within
// 1.5x its floor); it never fails on a timing. Rendering alone is printed too, for the balance.
// Usage: bench_export [--frames N]   (frames per figure at 1080p, default 60; a quarter at 4K)
#include <epoxy/gl.h>
#include <stdlib.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <functional>
#include <future>
#include <memory>
#include <string>
#include <vector>

#include "export/export_pipeline.hpp"
#include "export/ffmpeg_video.hpp"
#include "export/frame_times.hpp"
#include "export/png_sequence.hpp"
#include "platform/egl_context.hpp"
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
        core::Viewport viewport{size.width, size.height, session::exportPixelScale(size.width, size.height)};
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
    core::Viewport viewport{size.width, size.height, session::exportPixelScale(size.width, size.height)};
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
        double target = video ? 20 : 30;
        std::printf("%dx%d %-3s  export %6.1f fps   floor %6.1f fps   floor/export %.2f", size.width, size.height,
                    video ? "MP4" : "PNG", full, floor, floor / full);
        if (is1080)
            std::printf("   target >= %.0f fps, <= 1.5x floor: %s", target,
                        full >= target && floor / full <= 1.5 ? "PASS" : "MISS");
        std::printf("\n");
        std::fflush(stdout);
    }
}

} // namespace

int main(int argc, char** argv) {
    int count = 60;
    if (argc == 3 && std::strcmp(argv[1], "--frames") == 0) count = std::max(4, std::atoi(argv[2]));
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
    session::FrameSource source(*session);
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
    fs::remove_all(scratch);
    return 0;
}
