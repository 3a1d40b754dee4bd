// bench/bench_map.cpp: prints how fast the base map starts and moves, and how much memory it
// holds, with the built-in data on the headless (surfaceless EGL) path at 1920x1080:
//   a. time to first frame: program start -> data loaded -> GL context + renderer -> first frame of
//      the member-state view drawn into an offscreen target and glFinish()ed;
//   b. interactive frame time over a scripted ~350-frame session (pans over the CSTO region, zooms
//      to Central Asia and the Caucasus down to ~100 m/pixel and back out); each frame is
//      session::FrameSource evaluate + draw in interactive mode + glFinish, no read-back (as in the
//      window while the map moves; the exact frame drawn once it settles is timed in a.). Frames that
//      build a detail level's meshes for the first time are reported separately too, and so are
//      frames that render a new tile; the floor is an interactive frame drawn from cached tiles;
//   c. resident memory (VmRSS, VmHWM) once the window would be at rest after the session: the exact
//      frame drawn, the tiles around it prefetched, spare tiles and other views dropped and free
//      memory given back, as the window does.
// It prints figures and PASS/MISS against the targets; it never fails on a timing.
// Usage: bench_map [--csv FILE]   (FILE gets one row per scripted frame, with its timings and VmRSS)
#include <epoxy/gl.h>
#include <malloc.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <future>
#include <iterator>
#include <sstream>
#include <iostream>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "bench_support.hpp"
#include "core/geo/simplify.hpp"
#include "platform/egl_context.hpp"
#include "platform/memory_policy.hpp"
#include "render/offscreen_target.hpp"
#include "session/frame_source.hpp"
#include "session/map_session.hpp"

using namespace atlas;
using Clock = std::chrono::steady_clock;
using bench::millis;
using bench::percentile;
using bench::verdict;

namespace {

constexpr int kWidth = 1920;
constexpr int kHeight = 1080;
constexpr double kFirstFrameTargetS = 0.5;
constexpr double kFrameTargetMs = 16;
constexpr double kMemoryTargetMb = 200;     // at rest
constexpr double kPeakMemoryTargetMb = 250; // over the whole run
constexpr int kWarmUpFrames = 10;

double seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }

// VmRSS and VmHWM from /proc/self/status, in MB (10^6 bytes).
struct Memory {
    double rssMb = 0;
    double hwmMb = 0;
    double anonMb = 0; // heap, anonymous mappings, thread stacks
    double fileMb = 0; // pages of mapped files: mostly shared libraries
};

Memory readMemory() {
    Memory memory;
    std::ifstream status("/proc/self/status");
    std::string key;
    while (status >> key) {
        double kb = 0;
        if (key == "VmRSS:" && status >> kb) memory.rssMb = kb * 1024 / 1e6;
        else if (key == "VmHWM:" && status >> kb) memory.hwmMb = kb * 1024 / 1e6;
        else if (key == "RssAnon:" && status >> kb) memory.anonMb = kb * 1024 / 1e6;
        else if (key == "RssFile:" && status >> kb) memory.fileMb = kb * 1024 / 1e6;
        std::string rest;
        std::getline(status, rest);
    }
    return memory;
}

// The mappings of /proc/self/smaps with the most resident memory, anonymous ones summed.
std::vector<std::pair<double, std::string>> largestMappings(std::size_t count) {
    std::ifstream smaps("/proc/self/smaps");
    std::vector<std::pair<double, std::string>> byName;
    auto add = [&](const std::string& name, double mb) {
        for (auto& entry : byName)
            if (entry.second == name) {
                entry.first += mb;
                return;
            }
        byName.emplace_back(mb, name);
    };
    std::string line, name;
    while (std::getline(smaps, line)) {
        std::istringstream fields(line);
        std::string first;
        fields >> first;
        if (first == "Rss:") {
            double kb = 0;
            fields >> kb;
            add(name, kb * 1024 / 1e6);
        } else if (first.find('-') != std::string::npos && first.back() != ':') { // a mapping's header line
            std::string perms, offset, device, inode, path;
            fields >> perms >> offset >> device >> inode;
            std::getline(fields >> std::ws, path);
            name = path.empty() ? "[anonymous]" : path.substr(path.rfind('/') + 1);
        }
    }
    std::sort(byName.rbegin(), byName.rend());
    if (byName.size() > count) byName.resize(count);
    return byName;
}

// Nearest-rank percentile, p in [0, 100].

// Seconds from the process's start (exec) to now, from /proc/self/stat (clock-tick resolution):
// the dynamic loader's share comes before main and misses the steady_clock figure.
double secondsSinceExec() {
    std::ifstream stat("/proc/self/stat");
    std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
    std::size_t paren = text.rfind(')');
    if (paren == std::string::npos) return -1;
    std::istringstream fields(text.substr(paren + 2));
    std::string field;
    for (int i = 3; i <= 22 && fields >> field; ++i) {} // field 22: starttime, in ticks since boot
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9 - std::stod(field) / double(sysconf(_SC_CLK_TCK));
}

struct Step {
    core::Camera camera;
    const char* phase;
};

// The scripted session: what a user does in the first minute with the map, one camera per frame.
class Script {
public:
    Script(const core::Camera& start, const core::Viewport& viewport, const core::Projection& projection)
        : m_camera(start), m_viewport(viewport), m_projection(projection) {}

    // Drags the map by delta pixels per frame.
    void pan(const char* phase, int frames, core::Vec2 delta) {
        for (int i = 0; i < frames; ++i) {
            m_camera.panPixels(delta);
            push(phase);
        }
    }

    // Drags the map until the place at lonLat sits in the middle of the screen.
    void panTo(const char* phase, int frames, core::LonLat lonLat) {
        core::Vec2 screen = m_camera.worldToScreen(project(lonLat), m_viewport);
        core::Vec2 middle{kWidth / 2.0, kHeight / 2.0};
        pan(phase, frames, (middle - screen) * (1.0 / frames));
    }

    // Wheel-zooms with the cursor on lonLat (or the middle) until metresPerPixel reaches target.
    void zoom(const char* phase, int frames, double targetMetresPerPixel, const core::LonLat* cursorAt = nullptr) {
        double factor = std::pow(m_camera.metresPerPixel() / targetMetresPerPixel, 1.0 / frames);
        for (int i = 0; i < frames; ++i) {
            core::Vec2 cursor = cursorAt ? m_camera.worldToScreen(project(*cursorAt), m_viewport)
                                         : core::Vec2{kWidth / 2.0, kHeight / 2.0};
            m_camera.zoomAt(cursor, factor, m_viewport);
            push(phase);
        }
    }

    const std::vector<Step>& steps() const { return m_steps; }

private:
    core::Vec2 project(core::LonLat lonLat) const {
        auto p = m_projection.forward(lonLat);
        return p ? *p : m_camera.center();
    }
    void push(const char* phase) { m_steps.push_back({m_camera, phase}); }

    core::Camera m_camera;
    core::Viewport m_viewport;
    const core::Projection& m_projection;
    std::vector<Step> m_steps;
};

std::vector<Step> userSession(const core::Camera& memberView, const core::Viewport& viewport,
                              const core::Projection& projection) {
    const core::LonLat bishkek{74.5698, 42.8746};
    const core::LonLat yerevan{44.5126, 40.1811};
    Script script(memberView, viewport, projection);
    script.pan("pan region", 40, {-30, 4});   // drag the map left: look east
    script.pan("pan region", 40, {30, -4});   // and back
    script.zoom("zoom in Central Asia", 50, 100, &bishkek);
    script.pan("pan city level", 30, {12, 8});
    script.zoom("zoom out", 50, memberView.metresPerPixel());
    script.panTo("pan to Caucasus", 20, yerevan);
    script.zoom("zoom in Caucasus", 50, 100, &yerevan);
    script.pan("pan city level", 20, {-14, 6});
    script.zoom("zoom out wide", 50, 25000);
    return script.steps();
}

struct FrameTiming {
    const char* phase;
    double metresPerPixel;
    int detailLevel;
    bool firstUse; // built some layer's meshes for a detail level
    int tilesRendered;
    double evaluateMs;
    double drawMs; // draw + glFinish
    double rssMb;  // VmRSS after the frame
    double totalMs() const { return evaluateMs + drawMs; }
};

struct Summary {
    double median = 0, p95 = 0, max = 0;
};

Summary summarise(const std::vector<double>& values) {
    if (values.empty()) return {};
    return {percentile(values, 50), percentile(values, 95), *std::max_element(values.begin(), values.end())};
}

} // namespace

int main(int argc, char** argv) {
    platform::useMemoryPolicy(platform::MemoryUse::Window); // as csto-atlas's window does
    const Clock::time_point start = Clock::now();
    const double execToMain = secondsSinceExec();
    const Memory atMain = readMemory();

    std::string csvPath;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg == "--csv" && i + 1 < argc) csvPath = argv[++i];
        else {
            std::cerr << "usage: bench_map [--csv FILE]\n";
            return 2;
        }
    }

    try {
        // a. Time to first frame.
        // As the app starts: the data loads on one core while the GL context starts on the other.
        core::Diagnostics diagnostics;
        auto loading = std::async(std::launch::async, [&] { return session::loadSession(session::builtInDataFolder(), diagnostics); });
        platform::EglContext context;
        std::unique_ptr<session::MapSession> session = loading.get();
        session::printDiagnostics(diagnostics);
        if (!session) return 2;
        const Clock::time_point loaded = Clock::now();
        const Memory afterLoad = readMemory();

        const core::Viewport viewport{kWidth, kHeight, 1.0};
        const core::Camera memberView = core::Camera::fit(session::memberBounds(session->data), viewport, 24);
        session::FrameSource source(*session, core::detailLevelFor(memberView.metresPerPixel()));
        render::OffscreenTarget target(kWidth, kHeight);
        const Clock::time_point glReady = Clock::now();

        auto shotOf = [&](const core::Camera& camera) { return session::MapShot{nullptr, {}, camera, viewport}; };
        auto drawFrame = [&](const core::Camera& camera, render::DrawMode mode = render::DrawMode::Exact) {
            target.bind();
            source.draw(shotOf(camera), mode);
            glFinish();
        };
        drawFrame(memberView);
        const Clock::time_point firstFrame = Clock::now();
        const Memory afterFirst = readMemory();

        std::string loadavg;
        std::getline(std::ifstream("/proc/loadavg"), loadavg);
        std::printf("machine: %ld CPUs online, load average %s (other work skews every figure)\n",
                    sysconf(_SC_NPROCESSORS_ONLN), loadavg.c_str());
        const char* threads = std::getenv("LP_NUM_THREADS");
        std::printf("bench_map: %dx%d, GL renderer: %s, GL version: %s, LP_NUM_THREADS=%s\n", kWidth, kHeight,
                    context.renderer().c_str(), reinterpret_cast<const char*>(glGetString(GL_VERSION)),
                    threads ? threads : "(unset)");
        const double firstS = seconds(firstFrame - start);
        std::printf("first frame: %.3f s (load and GL context in parallel %.3f, renderer %.3f, frame %.3f)  target < %.1f s  %s\n", firstS,
                    seconds(loaded - start), seconds(glReady - loaded), seconds(firstFrame - glReady),
                    kFirstFrameTargetS, verdict(firstS < kFirstFrameTargetS));
        std::printf("  not counted above: exec to main (dynamic loading) ~%.2f s (clock-tick resolution)\n", execToMain);
        std::printf("  member view: %.0f m/px, detail level %d\n", memberView.metresPerPixel(),
                    core::detailLevelFor(memberView.metresPerPixel()));

        // b. Interactive frames, drawn as the window draws them while the map moves (base map
        // from tiles). Warm-up at the member view, where the window prefetches tiles at rest.
        for (int i = 0; i < kWarmUpFrames; ++i) drawFrame(memberView);
        while (source.prefetch(shotOf(memberView))) {
        }
        // The floor: the same view again and again, every tile cached, so each frame composites
        // tiles and draws the story and labels over them, and renders nothing new.
        std::vector<double> cachedOnly;
        for (int i = 0; i < 60; ++i) {
            const Clock::time_point t0 = Clock::now();
            drawFrame(memberView, render::DrawMode::Interactive);
            cachedOnly.push_back(millis(Clock::now() - t0));
        }

        // Which layer meshes exist: every layer builds frame.detailLevel on first draw, the other
        // regions' borders only once they are shown (core::MapStyle::otherRegionsBelowMetresPerPixel).
        std::set<std::pair<int, bool>> built{{core::detailLevelFor(memberView.metresPerPixel()), false}};
        std::vector<FrameTiming> timings;
        const std::vector<Step> steps = userSession(memberView, viewport, *session->projection);
        for (const Step& step : steps) {
            const Clock::time_point t0 = Clock::now();
            std::vector<core::FrameState> frames = source.evaluate(shotOf(step.camera));
            const core::FrameState& frame = frames.front();
            const Clock::time_point t1 = Clock::now();
            const std::uint64_t tilesBefore = source.tilesRendered();
            target.bind();
            source.draw(frames, render::DrawMode::Interactive);
            glFinish();
            const Clock::time_point t2 = Clock::now();
            bool firstUse = built.insert({frame.detailLevel, false}).second;
            if (frame.showOtherRegions) firstUse = built.insert({frame.detailLevel, true}).second || firstUse;
            timings.push_back({step.phase, step.camera.metresPerPixel(), frame.detailLevel, firstUse,
                               int(source.tilesRendered() - tilesBefore), millis(t1 - t0), millis(t2 - t1),
                               readMemory().rssMb});
        }

        std::vector<double> all, steady, firstUseTimes, evaluateTimes, drawTimes, fromCache, renderingTile;
        for (const FrameTiming& t : timings) {
            all.push_back(t.totalMs());
            (t.tilesRendered > 0 ? renderingTile : fromCache).push_back(t.totalMs());
            (t.firstUse ? firstUseTimes : steady).push_back(t.totalMs());
            if (!t.firstUse) {
                evaluateTimes.push_back(t.evaluateMs);
                drawTimes.push_back(t.drawMs);
            }
        }
        Summary s = summarise(all);
        std::printf("frame time (%zu frames, all): median %.2f ms, p95 %.2f ms, max %.2f ms  target p95 < %.0f ms  %s\n",
                    all.size(), s.median, s.p95, s.max, kFrameTargetMs, verdict(s.p95 < kFrameTargetMs));
        Summary st = summarise(steady);
        std::printf("frame time (%zu frames, meshes built): median %.2f ms, p95 %.2f ms, max %.2f ms  target p95 < %.0f ms  %s\n",
                    steady.size(), st.median, st.p95, st.max, kFrameTargetMs, verdict(st.p95 < kFrameTargetMs));
        Summary ev = summarise(evaluateTimes), dr = summarise(drawTimes);
        std::printf("  of which evaluate: median %.2f ms, p95 %.2f ms; draw+glFinish: median %.2f ms, p95 %.2f ms\n",
                    ev.median, ev.p95, dr.median, dr.p95);
        Summary cached = summarise(fromCache), rendering = summarise(renderingTile);
        std::printf("  frames from cached tiles: %zu, median %.2f ms, p95 %.2f ms; frames rendering a tile: %zu, median %.2f ms, p95 %.2f ms\n",
                    fromCache.size(), cached.median, cached.p95, renderingTile.size(), rendering.median, rendering.p95);
        Summary floor = summarise(cachedOnly);
        std::printf("  floor, the member view redrawn from cached tiles (%zu frames): median %.2f ms, p95 %.2f ms\n",
                    cachedOnly.size(), floor.median, floor.p95);
        double worstFirstUse = firstUseTimes.empty() ? 0 : *std::max_element(firstUseTimes.begin(), firstUseTimes.end());
        std::printf("first-use frames (build a detail level): %zu, worst %.2f ms  target < %.0f ms  %s\n",
                    firstUseTimes.size(), worstFirstUse, kFrameTargetMs, verdict(worstFirstUse < kFrameTargetMs));
        for (const FrameTiming& t : timings)
            if (t.firstUse)
                std::printf("  level %d at %.0f m/px (%s): %.2f ms (evaluate %.2f, draw %.2f)\n", t.detailLevel,
                            t.metresPerPixel, t.phase, t.totalMs(), t.evaluateMs, t.drawMs);
        // Per phase, so a slow kind of movement shows.
        std::vector<std::string> phases;
        for (const FrameTiming& t : timings)
            if (std::find(phases.begin(), phases.end(), t.phase) == phases.end()) phases.push_back(t.phase);
        for (const std::string& phase : phases) {
            std::vector<double> values;
            for (const FrameTiming& t : timings)
                if (phase == t.phase && !t.firstUse) values.push_back(t.totalMs());
            Summary p = summarise(values);
            std::printf("  %-22s %3zu frames: median %6.2f ms, p95 %6.2f ms, max %6.2f ms\n", phase.c_str(),
                        values.size(), p.median, p.p95, p.max);
        }

        // c. Memory once the window is at rest after the session: it draws the exact frame (again
        // while levels build), prefetches the tiles around it, drops spare tiles and other views,
        // then gives the free memory back (malloc_trim).
        const Memory moved = readMemory();
        struct mallinfo2 heap = mallinfo2();
        const core::Camera& last = steps.empty() ? memberView : steps.back().camera;
        do {
            drawFrame(last); // the window draws exact frames until no level is left building
        } while (source.building());
        while (source.prefetch(shotOf(last))) {
        }
        const Clock::time_point trimStart = Clock::now();
        source.releaseUnused();
        malloc_trim(0);
        const double trimMs = millis(Clock::now() - trimStart);
        const Memory end = readMemory();
        std::string levels;
        for (auto [level, others] : built)
            if (!others) {
                if (!levels.empty()) levels += ',';
                levels += std::to_string(level);
            }
        std::printf("memory at rest (levels %s met): VmRSS %.1f MB  target < %.0f MB  %s\n", levels.c_str(), end.rssMb,
                    kMemoryTargetMb, verdict(end.rssMb < kMemoryTargetMb));
        std::printf("memory peak over the whole run: VmHWM %.1f MB  target < %.0f MB  %s\n", end.hwmMb, kPeakMemoryTargetMb,
                    verdict(end.hwmMb < kPeakMemoryTargetMb));
        std::printf("  VmRSS at main %.1f MB, after load %.1f MB, after first frame %.1f MB, after the session %.1f MB; at rest RssAnon %.1f MB, RssFile %.1f MB\n",
                    atMain.rssMb, afterLoad.rssMb, afterFirst.rssMb, moved.rssMb, end.anonMb, end.fileMb);
        std::printf("  largest resident mappings:");
        for (const auto& [mb, name] : largestMappings(8)) std::printf(" %s %.1f,", name.c_str(), mb);
        std::printf(" MB\n");
        std::printf("  malloc after the session: %.1f MB in use, %.1f MB held free; releasing and malloc_trim(0) at rest took %.1f ms\n",
                    double(heap.uordblks + heap.hblkhd) / 1e6, double(heap.fordblks) / 1e6, trimMs);

        if (!csvPath.empty()) {
            std::ofstream csv(csvPath);
            csv << "frame,phase,metres_per_pixel,detail_level,first_use,tiles_rendered,evaluate_ms,draw_ms,total_ms,rss_mb\n";
            for (std::size_t i = 0; i < timings.size(); ++i) {
                const FrameTiming& t = timings[i];
                csv << i << ',' << t.phase << ',' << t.metresPerPixel << ',' << t.detailLevel << ',' << t.firstUse
                    << ',' << t.tilesRendered << ',' << t.evaluateMs << ',' << t.drawMs << ',' << t.totalMs() << ',' << t.rssMb << '\n';
            }
            std::printf("per-frame timings written to %s\n", csvPath.c_str());
        }
    } catch (const std::exception& e) {
        std::cerr << "bench_map: " << e.what() << "\n";
        return 2;
    }
    return 0;
}
