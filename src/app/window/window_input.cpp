// app/window/window_input.cpp: what the window does with input: Ctrl+Q and closing end it, F11
// toggles full screen, F5 presents; while presenting, the presenter takes everything; otherwise
// ImGui's panels first, then the map (drag, wheel zoom, click for the inspector, Home) and the
// time keys (a step selects the event it lands on).
#include <imgui.h>

#include "app/window/window_app.hpp"
#include "app/window/window_viewport.hpp"
#include "ui/imgui_setup.hpp"

namespace atlas::app {

namespace {

using platform::InputEvent;
using platform::Key;

// Time keys: Space plays or pauses, Right and `.` step to the next event, Left and `,` back.
enum class TimeMove { None, Toggled, Stepped };
TimeMove timeKey(Key key, core::PlaybackClock& clock) {
    switch (key) {
    case Key::Space: clock.toggle(); return TimeMove::Toggled;
    case Key::Right:
    case Key::Period: return clock.stepNext() ? TimeMove::Stepped : TimeMove::None;
    case Key::Left:
    case Key::Comma: return clock.stepPrevious() ? TimeMove::Stepped : TimeMove::None;
    default: return TimeMove::None;
    }
}

bool pressed(const InputEvent& event, Key key) { return event.type == InputEvent::Type::KeyDown && event.key == key; }

} // namespace

void WindowApp::handle(const InputEvent& event) {
    if (event.type == InputEvent::Type::Quit) m_running = false;
    // Closing the audience's window ends the app, the presenter's view open or not.
    if (event.type == InputEvent::Type::Close && event.window == m_window.id()) m_running = false;
    if (pressed(event, Key::F11)) m_window.toggleFullscreen();
    if (pressed(event, Key::Q) && event.ctrl) m_running = false;
    if (m_presenting && m_presenting->active()) { // the presenter's view's events too
        if (!m_presenting->handle(event, platform::ticksMs())) { // left: the panels and title return
            m_view.resize(windowViewport(m_window, m_panels.dock));
            m_scheduler.input(true, platform::ticksMs());
        }
        return;
    }
    if (event.window != 0 && event.window != m_window.id()) return; // a presenter's view closed meanwhile
    if (pressed(event, Key::F5) && m_presenting) {
        m_presenting->start(0, m_frames->text(), m_options.presenterView, m_options.rehearse);
        return;
    }
    ui::passToPanels(event);
    m_scheduler.input(handleMapInput(event), platform::ticksMs());
}

bool WindowApp::handleMapInput(const InputEvent& event) {
    // Over the map, not a panel (the timeline below it and the dock beside it included, even before ImGui knows).
    bool mouseFree = !ImGui::GetIO().WantCaptureMouse && overMap(m_cursor);
    double ratio = m_window.pixelRatio();
    switch (event.type) {
    case InputEvent::Type::PointerMove:
        m_cursor = event.pointer * ratio;
        if (!mouseFree || !event.leftHeld) return false;
        m_view.drag(event.motion * ratio);
        return true;
    case InputEvent::Type::ButtonDown:
        if (event.left) m_pressedAt = m_cursor;
        return false;
    case InputEvent::Type::ButtonUp: // a click, not the end of a drag: the inspector shows what is there
        if (mouseFree && event.left && core::length(m_cursor - m_pressedAt) < 4) m_clickedAt = m_cursor;
        return false;
    case InputEvent::Type::Wheel:
        if (mouseFree) m_view.wheel(onMap(m_cursor), event.wheelSteps);
        return mouseFree;
    case InputEvent::Type::KeyDown:
        if (ImGui::GetIO().WantCaptureKeyboard) return false;
        if (event.key == Key::Home) m_view.home();
        if (TimeMove move = timeKey(event.key, m_time.clock()); move != TimeMove::None) {
            m_time.axis().follow(m_time.clock().warp().toAxis(m_time.clock().time()));
            if (move == TimeMove::Stepped) selectEventAt(m_data.story->story(), m_time.clock().time(), m_panels);
        }
        return false;
    case InputEvent::Type::Resized: m_view.resize(windowViewport(m_window, m_panels.dock)); return false;
    default: return false;
    }
}

bool WindowApp::overMap(core::Vec2 window) const {
    const core::Viewport& v = m_view.viewport();
    return window.x >= v.left && window.x < v.left + v.width && window.y >= 0 && window.y < v.height;
}

core::Vec2 WindowApp::onMap(core::Vec2 window) const { return {window.x - m_view.viewport().left, window.y}; }

} // namespace atlas::app
