// app/window/window_input.cpp: what the window does with input: Ctrl+Q and closing end it, F11
// toggles full screen, F5 presents; while presenting, the presenter takes everything; otherwise
// ImGui's panels first, then the map (drag, wheel zoom, click for the inspector, Home) and the
// time keys.
#include <backends/imgui_impl_sdl.h>
#include <imgui.h>

#include "app/window/window_app.hpp"
#include "app/window/window_viewport.hpp"
#include "platform/keys.hpp"

namespace atlas::app {

namespace {

// Time keys: Space plays or pauses, Right and `.` step to the next event, Left and `,` back.
bool timeKey(platform::Key key, core::PlaybackClock& clock) {
    switch (key) {
    case platform::Key::Space: clock.toggle(); return true;
    case platform::Key::Right:
    case platform::Key::Period: clock.stepNext(); return true;
    case platform::Key::Left:
    case platform::Key::Comma: clock.stepPrevious(); return true;
    default: return false;
    }
}

bool pressed(const SDL_Event& event, SDL_Keycode key) { return event.type == SDL_KEYDOWN && event.key.keysym.sym == key; }

} // namespace

void WindowApp::handle(const SDL_Event& event) {
    if (event.type == SDL_QUIT) m_running = false;
    if (pressed(event, SDLK_F11)) m_window.toggleFullscreen();
    if (pressed(event, SDLK_q) && (event.key.keysym.mod & KMOD_CTRL)) m_running = false;
    if (m_presenting && m_presenting->active()) {
        if (!m_presenting->handle(event, SDL_GetTicks())) { // left: the panels and title return
            m_view.resize(windowViewport(m_window));
            m_title.clear();
            m_scheduler.input(true, SDL_GetTicks());
        }
        return;
    }
    if (pressed(event, SDLK_F5) && m_presenting) {
        m_presenting->start(0);
        return;
    }
    ImGui_ImplSDL2_ProcessEvent(&event);
    m_scheduler.input(handleMapInput(event), SDL_GetTicks());
}

bool WindowApp::handleMapInput(const SDL_Event& event) {
    // Over the map, not a panel (the timeline below it included, even before ImGui knows).
    bool mouseFree = !ImGui::GetIO().WantCaptureMouse && m_cursor.y < m_view.viewport().height;
    double ratio = m_window.pixelRatio();
    switch (event.type) {
    case SDL_MOUSEMOTION:
        m_cursor = {event.motion.x * ratio, event.motion.y * ratio};
        if (!mouseFree || !(event.motion.state & SDL_BUTTON_LMASK)) return false;
        m_view.drag({event.motion.xrel * ratio, event.motion.yrel * ratio});
        return true;
    case SDL_MOUSEBUTTONDOWN:
        if (event.button.button == SDL_BUTTON_LEFT) m_pressedAt = m_cursor;
        return false;
    case SDL_MOUSEBUTTONUP: // a click, not the end of a drag: the inspector shows what is there
        if (mouseFree && event.button.button == SDL_BUTTON_LEFT && core::length(m_cursor - m_pressedAt) < 4)
            m_clickedAt = m_cursor;
        return false;
    case SDL_MOUSEWHEEL:
        if (mouseFree) m_view.wheel(m_cursor, event.wheel.preciseY);
        return mouseFree;
    case SDL_KEYDOWN:
        if (ImGui::GetIO().WantCaptureKeyboard) return false;
        if (platform::keyOf(event.key.keysym.sym) == platform::Key::Home) m_view.home();
        if (timeKey(platform::keyOf(event.key.keysym.sym), m_time.clock()))
            m_time.axis().follow(m_time.clock().warp().toAxis(m_time.clock().time()));
        return false;
    case SDL_WINDOWEVENT:
        if (event.window.event == SDL_WINDOWEVENT_SIZE_CHANGED) m_view.resize(windowViewport(m_window));
        return false;
    default: return false;
    }
}

} // namespace atlas::app
