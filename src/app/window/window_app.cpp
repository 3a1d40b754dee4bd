// app/window/window_app.cpp: the SDL event loop; redraws only when something changed or time plays.
// F5 hands the window to presentation mode until Esc; F11 toggles full screen in either.
#include "app/window/window_app.hpp"

#include <SDL.h>
#include <backends/imgui_impl_opengl3.h>
#include <backends/imgui_impl_sdl.h>
#include <imgui.h>
#include <malloc.h>

#include <cmath>
#include <future>
#include <iostream>

#include "app/cli/presentation_source.hpp"
#include "app/window/export_panel.hpp"
#include "app/window/map_view_controller.hpp"
#include "app/window/presentation_mode.hpp"
#include "app/window/redraw_scheduler.hpp"
#include "app/window/settings.hpp"
#include "app/window/time_controller.hpp"
#include "app/window/time_panels.hpp"
#include "core/frame/map_hover.hpp"
#include "core/frame/scale_bar.hpp"
#include "core/geo/simplify.hpp"
#include "platform/atomic_file.hpp"
#include "platform/sdl_window.hpp"
#include "render/resources.hpp"
#include "session/frame_source.hpp"
#include "session/live_map.hpp"
#include "session/live_story.hpp"
#include "session/map_session.hpp"
#include "ui/diagnostics_panel.hpp"
#include "ui/map_tooltip.hpp"
#include "ui/status_bar.hpp"
#include "ui/timeline_panel.hpp"

namespace atlas::app {

namespace {

constexpr const char* kLayoutFile = "imgui.ini";
constexpr std::uint32_t kExportProgressMs = 250; // how often a running export's progress is redrawn

// The map fills the window above the timeline and the status line.
core::Viewport currentViewport(const platform::SdlWindow& window) {
    core::Viewport viewport;
    int width = 0, height = 0;
    window.drawableSize(width, height);
    viewport.pixelScale = window.pixelRatio();
    viewport.bottom = std::min(height - 1, int(std::lround((ui::kStatusBarHeight + ui::kTimelineHeight) * viewport.pixelScale)));
    viewport.width = width;
    viewport.height = height - viewport.bottom;
    return viewport;
}

// The panels' places and sizes come from the config folder, never the working folder.
void setUpImGui(const platform::SdlWindow& window, const std::filesystem::path& configFolder) {
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // saved by saveLayout, atomically
    if (auto layout = configFolder.empty() ? std::nullopt : platform::readWholeFile(configFolder / kLayoutFile))
        ImGui::LoadIniSettingsFromMemory(layout->data(), layout->size());
    double scale = window.pixelRatio();
    std::string font = (render::resourceDir() / "assets" / "fonts" / "DejaVuSans.ttf").string();
    // Latin (with Romanian and Turkic letters), Cyrillic, general punctuation (dashes).
    static constexpr ImWchar kRanges[] = {0x0020, 0x024F, 0x0400, 0x052F, 0x2000, 0x206F, 0x2DE0, 0x2DFF, 0xA640, 0xA69F, 0};
    io.Fonts->AddFontFromFileTTF(font.c_str(), float(15 * scale), nullptr, kRanges);
    io.FontGlobalScale = float(1 / scale);
    ImGui::StyleColorsLight();
    ImGui_ImplSDL2_InitForOpenGL(window.handle(), window.glContext());
    ImGui_ImplOpenGL3_Init("#version 330");
}

void saveLayout(const std::filesystem::path& configFolder) {
    if (!configFolder.empty()) platform::writeFileAtomically(configFolder / kLayoutFile, ImGui::SaveIniSettingsToMemory());
}

void tearDownImGui() {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext();
}

// Time keys: Space plays or pauses, Right and `.` step to the next event, Left and `,` back.
bool timeKey(SDL_Keycode key, core::PlaybackClock& clock) {
    switch (key) {
    case SDLK_SPACE: clock.toggle(); return true;
    case SDLK_RIGHT:
    case SDLK_PERIOD: clock.stepNext(); return true;
    case SDLK_LEFT:
    case SDLK_COMMA: clock.stepPrevious(); return true;
    default: return false;
    }
}

} // namespace

int runWindow(const Options& options) {
    std::filesystem::path config = configFolder();
    Settings settings = loadSettings(config);
    std::filesystem::path folder = session::dataFolder(options.data);
    // SDL first, while this is the only thread: it may fork (to autolaunch D-Bus), and a fork
    // while the loading thread holds a lock (PROJ's) would leave the child hanging.
    platform::startVideo();
    core::Diagnostics diagnostics;
    auto loading = std::async(std::launch::async, [&] {
        auto session = session::loadSession(folder, diagnostics);
        auto story = session ? std::make_unique<session::LiveStory>(folder, diagnostics) : nullptr;
        return std::pair{std::move(session), std::move(story)};
    });
    // Opened on this core while the other loads.
    platform::SdlWindow window("csto-atlas", settings.windowWidth, settings.windowHeight);
    auto [session, story] = loading.get();
    if (story) diagnostics = story->diagnostics();
    std::optional<core::Presentation> presentation;
    if (story) presentation = loadPresentation(options, story->story(), diagnostics);
    session::printDiagnostics(diagnostics);
    if (!session) return 2;

    setUpImGui(window, config);
    int status = 0;
    {
        session::LiveMap map(folder, *session);
        // Built again whenever the map's data is replaced.
        std::optional<session::FrameSource> frames;
        MapViewController view(session::memberBounds(session->data), currentViewport(window));
        auto buildFrames = [&] {
            frames.reset();
            frames.emplace(*session, core::detailLevelFor(view.camera().metresPerPixel()));
        };
        buildFrames();
        TimeController time(story->story(), settings);
        std::optional<core::StoryIndex> index;
        index.emplace(story->story(), session->data, *session->projection);
        Panels panels{!diagnostics.empty(), settings.showEvents, settings.showInspector, {}, {}};
        ExportPanel exporting(options);
        bool exportRunning = false;
        std::uint32_t exportShownAt = 0;
        std::optional<PresentationMode> presenting;
        if (presentation) presenting.emplace(*presentation, *session->projection, window);
        if (presenting && options.verb == "present") {
            if (options.fullscreen) window.toggleFullscreen();
            std::string error;
            std::optional<int> chapter = options.chapter ? findChapter(*presentation, *options.chapter, error) : 0;
            if (!chapter) diagnostics.push_back({core::Diagnostic::Level::Error, "--chapter", error});
            presenting->start(chapter.value_or(0));
        }
        std::string title;
        bool running = true;
        RedrawScheduler scheduler;
        core::Vec2 cursor{-1, -1};
        core::Vec2 pressedAt{-1, -1};
        std::optional<core::Vec2> clickedAt;
        std::uint32_t lastTick = SDL_GetTicks();
        while (running) {
            if (time.clock().playing()) scheduler.request();
            SDL_Event event;
            bool inPresentation = presenting && presenting->active();
            std::uint32_t wait = inPresentation ? presenting->waitMs() : scheduler.waitMs(SDL_GetTicks());
            if (exportRunning) wait = std::min(wait, kExportProgressMs); // its progress bar moves on
            bool got = wait == 0 ? SDL_PollEvent(&event) : SDL_WaitEventTimeout(&event, int(wait));
            for (; got; got = SDL_PollEvent(&event)) {
                if (event.type == SDL_QUIT) running = false;
                if (event.type == SDL_KEYDOWN && event.key.keysym.sym == SDLK_F11) window.toggleFullscreen();
                if (event.type == SDL_KEYDOWN && event.key.keysym.sym == SDLK_q && (event.key.keysym.mod & KMOD_CTRL))
                    running = false;
                if (presenting && presenting->active()) {
                    if (!presenting->handle(event, SDL_GetTicks())) { // left: the panels and title return
                        view.resize(currentViewport(window));
                        title.clear();
                        scheduler.input(true, SDL_GetTicks());
                    }
                    continue;
                }
                if (event.type == SDL_KEYDOWN && event.key.keysym.sym == SDLK_F5 && presenting) {
                    presenting->start(0);
                    continue;
                }
                ImGui_ImplSDL2_ProcessEvent(&event);
                // Over the map, not a panel (the timeline below it included, even before ImGui knows).
                bool mouseFree = !ImGui::GetIO().WantCaptureMouse && cursor.y < view.viewport().height;
                bool moved = false;
                double ratio = window.pixelRatio();
                switch (event.type) {
                case SDL_MOUSEMOTION:
                    cursor = {event.motion.x * ratio, event.motion.y * ratio};
                    if (mouseFree && (event.motion.state & SDL_BUTTON_LMASK)) {
                        view.drag({event.motion.xrel * ratio, event.motion.yrel * ratio});
                        moved = true;
                    }
                    break;
                case SDL_MOUSEBUTTONDOWN:
                    if (event.button.button == SDL_BUTTON_LEFT) pressedAt = cursor;
                    break;
                case SDL_MOUSEBUTTONUP: // a click, not the end of a drag: the inspector shows what is there
                    if (mouseFree && event.button.button == SDL_BUTTON_LEFT && core::length(cursor - pressedAt) < 4)
                        clickedAt = cursor;
                    break;
                case SDL_MOUSEWHEEL:
                    if (mouseFree) view.wheel(cursor, event.wheel.preciseY);
                    moved = mouseFree;
                    break;
                case SDL_KEYDOWN:
                    if (ImGui::GetIO().WantCaptureKeyboard) break;
                    if (event.key.keysym.sym == SDLK_HOME) view.home();
                    if (timeKey(event.key.keysym.sym, time.clock()))
                        time.axis().follow(time.clock().warp().toAxis(time.clock().time()));
                    break;
                case SDL_WINDOWEVENT:
                    if (event.window.event == SDL_WINDOWEVENT_SIZE_CHANGED) view.resize(currentViewport(window));
                    break;
                default: break;
                }
                scheduler.input(moved, SDL_GetTicks());
            }
            std::uint32_t now = SDL_GetTicks();
            if (exportRunning && now - exportShownAt >= kExportProgressMs) {
                scheduler.request();
                exportShownAt = now;
            }
            time.advance((now - lastTick) / 1000.0);
            lastTick = now;
            if (presenting && presenting->active()) {
                presenting->advance(now);
                if (running) presenting->draw(*frames, *index);
                continue;
            }
            session::LiveMap::Change mapChange = map.poll(now);
            if (mapChange == session::LiveMap::Change::Data) buildFrames();
            if (mapChange != session::LiveMap::Change::None) story->setMapDiagnostics(session->diagnostics);
            if (story->poll(now) || mapChange != session::LiveMap::Change::None) {
                index.emplace(story->story(), session->data, *session->projection);
                time.setStory(story->story());
                diagnostics = story->diagnostics();
                panels.messages = core::hasBadInput(diagnostics);
                scheduler.request();
            }
            if (!running) continue;
            session::MapShot shot{&*index, time.clock().instant(), view.camera(), view.viewport()};
            if (!scheduler.shouldDraw(now)) {
                if (scheduler.wantsPrefetch()) {
                    bool missing = frames->prefetch(shot);
                    scheduler.prefetched(missing);
                    // At rest: drop spare tiles and other views, and give back what they, built
                    // levels and threads left free.
                    if (!missing) {
                        frames->releaseUnused();
                        malloc_trim(0);
                    }
                }
                continue;
            }
            render::DrawMode mode = scheduler.mode(now);
            core::FrameState frame = frames->drawOnScreen(shot, mode).front();
            scheduler.drawn(mode);
            if (frames->building()) scheduler.request();

            double shownTime = time.clock().time();
            core::Camera shownCamera = view.camera();
            ImGui_ImplOpenGL3_NewFrame();
            ImGui_ImplSDL2_NewFrame();
            ImGui::NewFrame();
            ui::StatusInfo info;
            if (cursor.x >= 0) info.cursor = session->projection->inverse(view.camera().screenToWorld(cursor, view.viewport()));
            info.kilometresPerPixel = core::groundMetresPerPixel(view.camera(), *session->projection) / 1000;
            info.messageCount = int(diagnostics.size());
            if (ui::drawStatusBar(info)) panels.messages = true;
            bool asked = drawTimePanels(story->story(), time, view, *session->projection, panels);
            if (panels.present && presenting) presenting->start(0);
            if (panels.exportDialog) exporting.open(time);
            exportRunning = exporting.draw(view, presentation ? &*presentation : nullptr);
            ui::drawDiagnosticsPanel(diagnostics, panels.messages);
            bool overMap = !ImGui::GetIO().WantCaptureMouse && cursor.x >= 0 && cursor.y < view.viewport().height;
            if (overMap && !ImGui::IsMouseDown(ImGuiMouseButton_Left))
                if (auto hover = core::hoverAt(session->data, *index, time.clock().instant(), frame, cursor))
                    ui::drawMapTooltip(*hover);
            if (clickedAt) {
                auto hit = core::hoverAt(session->data, *index, time.clock().instant(), frame, *clickedAt);
                if (hit && !hit->event.empty()) {
                    panels.selected = hit->event;
                    panels.inspector = true;
                    scheduler.request();
                }
                clickedAt.reset();
            }
            ImGui::Render();
            ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
            window.swap();
            // A panel that moved time or the map asks for the frame that shows it.
            if (asked || time.clock().time() != shownTime || view.camera().center().x != shownCamera.center().x ||
                view.camera().center().y != shownCamera.center().y ||
                view.camera().metresPerPixel() != shownCamera.metresPerPixel())
                scheduler.request();
            if (std::string shown = time.title(); shown != title) SDL_SetWindowTitle(window.handle(), (title = shown).c_str());
        }
        time.store(settings);
        settings.showEvents = panels.events;
        settings.showInspector = panels.inspector;
        SDL_GetWindowSize(window.handle(), &settings.windowWidth, &settings.windowHeight);
        saveSettings(settings, config);
        saveLayout(config);
    }
    tearDownImGui();
    return status;
}

} // namespace atlas::app
