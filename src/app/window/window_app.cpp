// app/window/window_app.cpp: the start (SDL, then the data loading beside the window's opening),
// and the loop: redraws only when something changed or time plays.
#include "app/window/window_app.hpp"

#include <future>
#include <iostream>

#include "app/cli/presentation_source.hpp"
#include "app/window/window_viewport.hpp"
#include "core/geo/simplify.hpp"
#include "render/resources.hpp"
#include "session/map_session.hpp"
#include "ui/imgui_setup.hpp"

namespace atlas::app {

namespace {

constexpr std::uint32_t kExportProgressMs = 250; // how often a running export's progress is redrawn

} // namespace

int runWindow(const Options& options) {
    std::filesystem::path config = configFolder();
    Settings settings = loadSettings(config);
    LoadedData data{session::dataFolder(options.data), {}, {}, {}, {}};
    // SDL first, while this is the only thread: it may fork (to autolaunch D-Bus), and a fork
    // while the loading thread holds a lock (PROJ's) would leave the child hanging.
    platform::startVideo();
    auto loading = std::async(std::launch::async, [&] {
        data.session = session::loadSession(data.folder, data.diagnostics);
        if (data.session) data.story = std::make_unique<session::LiveStory>(data.folder, data.diagnostics);
    });
    // Opened on this core while the other loads.
    platform::SdlWindow window("csto-atlas", settings.windowWidth, settings.windowHeight);
    loading.get();
    if (data.story) {
        data.diagnostics = data.story->diagnostics();
        data.presentation = loadPresentation(options, data.story->story(), data.diagnostics);
    }
    session::printDiagnostics(data.diagnostics);
    if (!data.session) return 2;

    ui::ImGuiSetup imgui(window, render::resourceDir() / "assets" / "fonts" / "DejaVuSans.ttf", config);
    WindowApp app(options, settings, window, std::move(data));
    app.run();
    if (options.rehearse) std::cout << app.timeOnChapters() << std::flush;
    app.store(settings);
    saveSettings(settings, config);
    imgui.saveLayout();
    return 0;
}

WindowApp::WindowApp(const Options& options, const Settings& settings, platform::SdlWindow& window, LoadedData data)
    : m_options(options), m_window(window), m_data(std::move(data)), m_map(m_data.folder, *m_data.session),
      m_view(session::memberBounds(m_data.session->data), windowViewport(window, settings.dock)),
      m_time(m_data.story->story(), settings),
      m_panels{!m_data.diagnostics.empty(), settings.showEvents, settings.showInspector, {}, settings.dock}, m_exporting(options),
      m_lastTick(platform::ticksMs()) {
    buildFrames();
    m_index.emplace(m_data.story->story(), m_data.session->data, *m_data.session->projection);
    if (!m_data.presentation) return;
    m_presenting.emplace(*m_data.presentation, *m_data.session->projection, window);
    if (options.verb != "present") return;
    if (options.fullscreen) window.toggleFullscreen();
    std::string error;
    std::optional<int> chapter = options.chapter ? findChapter(*m_data.presentation, *options.chapter, error) : 0;
    if (!chapter) m_data.diagnostics.push_back({core::Diagnostic::Level::Error, "--chapter", error});
    m_presenting->start(chapter.value_or(0), m_frames->text(), options.presenterView, options.rehearse);
}

void WindowApp::run() {
    while (m_running) {
        if (m_time.clock().playing()) m_scheduler.request();
        takeEvents();
        std::uint32_t now = platform::ticksMs();
        if (m_exportRunning && now - m_exportShownAt >= kExportProgressMs) {
            m_scheduler.request();
            m_exportShownAt = now;
        }
        m_time.advance((now - m_lastTick) / 1000.0);
        m_lastTick = now;
        if (m_presenting && m_presenting->active()) {
            m_presenting->advance(now);
            if (m_running) m_presenting->draw(*m_frames, *m_index);
            continue;
        }
        reload(now);
        if (m_running) drawOrPrefetch(now);
    }
    if (m_presenting) m_presenting->end(); // the audience's window back where it was, to be saved
}

void WindowApp::takeEvents() {
    bool inPresentation = m_presenting && m_presenting->active();
    std::uint32_t wait = inPresentation ? m_presenting->waitMs() : m_scheduler.waitMs(platform::ticksMs());
    if (m_exportRunning) wait = std::min(wait, kExportProgressMs); // its progress bar moves on
    platform::InputEvent event;
    for (bool got = m_window.nextEvent(event, wait); got; got = m_window.nextEvent(event, 0)) handle(event);
}

void WindowApp::store(Settings& settings) const {
    m_time.store(settings);
    settings.showEvents = m_panels.events;
    settings.showInspector = m_panels.inspector;
    settings.dock = m_panels.dock;
    m_window.size(settings.windowWidth, settings.windowHeight);
}

std::string WindowApp::timeOnChapters() const { return m_presenting ? m_presenting->timeOnChapters() : ""; }

void WindowApp::buildFrames() {
    m_frames.reset();
    m_frames.emplace(*m_data.session, core::detailLevelFor(m_view.camera().metresPerPixel()));
}

} // namespace atlas::app
