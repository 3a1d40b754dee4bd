// app/window/window_drawing.cpp: the window's frame: the data and story reloaded when their files
// change, the map drawn through the frame source (tiles prefetched while idle), and ImGui's
// chrome beside and over it: status line, timeline, the panels' dock, export dialog, the tooltip
// under the pointer.
#include <imgui.h>
#include <malloc.h>

#include "app/window/window_app.hpp"
#include "app/window/window_viewport.hpp"
#include "core/frame/map_hover.hpp"
#include "core/frame/scale_bar.hpp"
#include "ui/diagnostics_panel.hpp"
#include "ui/imgui_setup.hpp"
#include "ui/map_tooltip.hpp"
#include "ui/status_bar.hpp"

namespace atlas::app {

void WindowApp::reload(std::uint32_t now) {
    session::LiveMap::Change mapChange = m_map.poll(now);
    if (mapChange == session::LiveMap::Change::Data) buildFrames();
    if (mapChange != session::LiveMap::Change::None) m_data.story->setMapDiagnostics(m_data.session->diagnostics);
    if (!m_data.story->poll(now) && mapChange == session::LiveMap::Change::None) return;
    m_index.emplace(m_data.story->story(), m_data.session->data, *m_data.session->projection);
    m_time.setStory(m_data.story->story());
    m_data.diagnostics = m_data.story->diagnostics();
    m_panels.messages = core::hasBadInput(m_data.diagnostics);
    m_scheduler.request();
}

void WindowApp::drawOrPrefetch(std::uint32_t now) {
    session::MapShot shot{&*m_index, m_time.clock().instant(), m_view.camera(), m_view.viewport()};
    if (!m_scheduler.shouldDraw(now)) {
        if (!m_scheduler.wantsPrefetch()) return;
        bool missing = m_frames->prefetch(shot);
        m_scheduler.prefetched(missing);
        // At rest: drop spare tiles and other views, and give back what they, built levels and
        // threads left free.
        if (!missing) {
            m_frames->releaseUnused();
            malloc_trim(0);
        }
        return;
    }
    render::DrawMode mode = m_scheduler.mode(now);
    core::FrameState frame = m_frames->drawOnScreen(shot, mode).front();
    m_scheduler.drawn(mode);
    if (m_frames->building()) m_scheduler.request();

    double shownTime = m_time.clock().time();
    core::Camera shownCamera = m_view.camera();
    drawChrome(frame);
    m_window.swap();
    // A panel that moved time or the map asks for the frame that shows it.
    const core::Camera& camera = m_view.camera();
    if (m_time.clock().time() != shownTime || camera.center().x != shownCamera.center().x ||
        camera.center().y != shownCamera.center().y || camera.metresPerPixel() != shownCamera.metresPerPixel())
        m_scheduler.request();
    m_window.setTitle(m_time.title());
}

// The map keeps the part of the window the dock leaves, at the same centre and scale.
void WindowApp::followDock() {
    core::Viewport wanted = windowViewport(m_window, m_panels.dock);
    const core::Viewport& now = m_view.viewport();
    if (wanted.left == now.left && wanted.width == now.width && wanted.height == now.height) return;
    m_view.resize(wanted);
    m_scheduler.request();
}

void WindowApp::drawChrome(const core::FrameState& frame) {
    const session::MapSession& session = *m_data.session;
    ui::beginPanels();
    ui::StatusInfo info;
    if (overMap(m_cursor)) info.cursor = session.projection->inverse(m_view.camera().screenToWorld(onMap(m_cursor), m_view.viewport()));
    info.kilometresPerPixel = core::groundMetresPerPixel(m_view.camera(), *session.projection) / 1000;
    info.messageCount = int(m_data.diagnostics.size());
    info.panelsShown = !m_panels.dock.hidden;
    ui::StatusRequest status = ui::drawStatusBar(info);
    if (status.messages) m_panels.messages = true;
    if (status.togglePanels) m_panels.dock.hidden = !m_panels.dock.hidden;
    if (drawTimePanels(m_data.story->story(), m_time, m_view, *session.projection, m_panels)) m_scheduler.request();
    followDock();
    if (m_panels.present && m_presenting) m_presenting->start(0, m_frames->text());
    if (m_panels.exportDialog) m_exporting.open(m_time);
    m_exportRunning = m_exporting.draw(m_view, m_data.presentation ? &*m_data.presentation : nullptr, m_data.story->story());
    ui::drawDiagnosticsPanel(m_data.diagnostics, m_panels.messages);
    bool hovering = !ImGui::GetIO().WantCaptureMouse && overMap(m_cursor);
    std::chrono::sys_seconds now = m_time.clock().instant();
    if (hovering && !ImGui::IsMouseDown(ImGuiMouseButton_Left))
        if (auto hover = core::hoverAt(session.data, *m_index, now, frame, onMap(m_cursor))) ui::drawMapTooltip(*hover);
    if (m_clickedAt) {
        auto hit = core::hoverAt(session.data, *m_index, now, frame, onMap(*m_clickedAt));
        if (hit && !hit->event.empty()) {
            selectEvent(hit->event, m_panels);
            m_scheduler.request();
        }
        m_clickedAt.reset();
    }
    ui::endPanels();
}

} // namespace atlas::app
