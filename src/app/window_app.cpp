// app/window_app.cpp: the SDL event loop; redraws only when something changed.
#include "app/window_app.hpp"

#include <SDL.h>
#include <backends/imgui_impl_opengl3.h>
#include <backends/imgui_impl_sdl.h>
#include <imgui.h>

#include <cmath>
#include <future>
#include <iostream>

#include "app/map_session.hpp"
#include "app/map_view_controller.hpp"
#include "app/redraw_scheduler.hpp"
#include "core/evaluate.hpp"
#include "core/scale_bar.hpp"
#include "platform/sdl_window.hpp"
#include "render/map_renderer.hpp"
#include "render/resources.hpp"
#include "ui/diagnostics_panel.hpp"
#include "ui/status_bar.hpp"

namespace atlas::app {

namespace {

// The map fills the window above the status line.
core::Viewport currentViewport(const platform::SdlWindow& window) {
    core::Viewport viewport;
    int width = 0, height = 0;
    window.drawableSize(width, height);
    viewport.pixelScale = window.pixelRatio();
    viewport.bottom = std::min(height - 1, int(std::lround(ui::kStatusBarHeight * viewport.pixelScale)));
    viewport.width = width;
    viewport.height = height - viewport.bottom;
    return viewport;
}

void setUpImGui(const platform::SdlWindow& window) {
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // layouts are saved by the app itself, never in the working folder
    double scale = window.pixelRatio();
    std::string font = (render::resourceDir() / "assets" / "fonts" / "DejaVuSans.ttf").string();
    io.Fonts->AddFontFromFileTTF(font.c_str(), float(15 * scale), nullptr, io.Fonts->GetGlyphRangesCyrillic());
    io.FontGlobalScale = float(1 / scale);
    ImGui::StyleColorsLight();
    ImGui_ImplSDL2_InitForOpenGL(window.handle(), window.glContext());
    ImGui_ImplOpenGL3_Init("#version 330");
}

void tearDownImGui() {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext();
}

} // namespace

int runWindow(const Options& options) {
    core::Diagnostics diagnostics;
    auto loading = std::async(std::launch::async, [&] { return loadSession(options.data.value_or(builtInDataFolder()), diagnostics); });
    platform::SdlWindow window("csto-atlas", 1280, 800); // opened on this core while the other loads
    auto session = loading.get();
    printDiagnostics(diagnostics);
    if (!session) return 2;

    setUpImGui(window);
    int status = 0;
    {
        render::MapRenderer renderer(session->data);
        core::EvaluateContext context{*session->projection, renderer.font(), {}};
        MapViewController view(memberBounds(session->data), currentViewport(window));
        bool showMessages = !diagnostics.empty();
        bool running = true;
        RedrawScheduler scheduler;
        core::Vec2 cursor{-1, -1};
        while (running) {
            SDL_Event event;
            std::uint32_t wait = scheduler.waitMs(SDL_GetTicks());
            bool got = wait == 0 ? SDL_PollEvent(&event) : SDL_WaitEventTimeout(&event, int(wait));
            for (; got; got = SDL_PollEvent(&event)) {
                ImGui_ImplSDL2_ProcessEvent(&event);
                bool mouseFree = !ImGui::GetIO().WantCaptureMouse;
                bool moved = false;
                double ratio = window.pixelRatio();
                switch (event.type) {
                case SDL_QUIT: running = false; break;
                case SDL_MOUSEMOTION:
                    cursor = {event.motion.x * ratio, event.motion.y * ratio};
                    if (mouseFree && (event.motion.state & SDL_BUTTON_LMASK)) {
                        view.drag({event.motion.xrel * ratio, event.motion.yrel * ratio});
                        moved = true;
                    }
                    break;
                case SDL_MOUSEWHEEL:
                    if (mouseFree) view.wheel(cursor, event.wheel.preciseY);
                    moved = mouseFree;
                    break;
                case SDL_KEYDOWN:
                    if (ImGui::GetIO().WantCaptureKeyboard) break;
                    if (event.key.keysym.sym == SDLK_HOME) view.home();
                    if (event.key.keysym.sym == SDLK_q && (event.key.keysym.mod & KMOD_CTRL)) running = false;
                    break;
                case SDL_WINDOWEVENT:
                    if (event.window.event == SDL_WINDOWEVENT_SIZE_CHANGED) view.resize(currentViewport(window));
                    break;
                default: break;
                }
                scheduler.input(moved, SDL_GetTicks());
            }
            std::uint32_t now = SDL_GetTicks();
            if (!running) continue;
            auto evaluateFrame = [&] { return core::evaluate(session->data, view.camera(), view.viewport(), context); };
            if (!scheduler.shouldDraw(now)) {
                if (scheduler.wantsPrefetch()) scheduler.prefetched(renderer.prefetch(evaluateFrame()));
                continue;
            }
            core::FrameState frame = evaluateFrame();
            render::DrawMode mode = scheduler.mode(now);
            glBindFramebuffer(GL_FRAMEBUFFER, 0);
            renderer.draw(frame, mode);
            scheduler.drawn(mode);
            if (renderer.building()) scheduler.request();

            ImGui_ImplOpenGL3_NewFrame();
            ImGui_ImplSDL2_NewFrame();
            ImGui::NewFrame();
            ui::StatusInfo info;
            if (cursor.x >= 0) info.cursor = session->projection->inverse(view.camera().screenToWorld(cursor, view.viewport()));
            info.kilometresPerPixel = core::groundMetresPerPixel(view.camera(), *session->projection) / 1000;
            info.messageCount = int(diagnostics.size());
            if (ui::drawStatusBar(info)) showMessages = true;
            ui::drawDiagnosticsPanel(diagnostics, showMessages);
            ImGui::Render();
            ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
            window.swap();
        }
    }
    tearDownImGui();
    return status;
}

} // namespace atlas::app
