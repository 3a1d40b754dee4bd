// app/window/window_app.hpp: the interactive window: the map, pan and zoom, the timeline and
// playback, the event list and inspector, the status line and the data messages panel; F5 hands
// it to presentation mode until Esc, F11 toggles full screen in either. One class over a few
// files: the start, the loop and its wait for input (window_app.cpp), input (window_input.cpp),
// reload and drawing (window_drawing.cpp).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "app/cli/command_line.hpp"
#include "app/window/export_panel.hpp"
#include "app/window/map_view_controller.hpp"
#include "app/window/presentation_mode.hpp"
#include "app/window/redraw_scheduler.hpp"
#include "app/window/settings.hpp"
#include "app/window/time_controller.hpp"
#include "app/window/time_panels.hpp"
#include "core/presentation/chapter.hpp"
#include "platform/sdl_window.hpp"
#include "session/frame_source.hpp"
#include "session/live_map.hpp"
#include "session/live_story.hpp"

namespace atlas::app {

// Returns the exit status: 0 closed normally, 2 bad input, 1 runtime failure.
int runWindow(const Options& options);

// What the window holds once the data has loaded.
struct LoadedData {
    std::filesystem::path folder;
    std::unique_ptr<session::MapSession> session;
    std::unique_ptr<session::LiveStory> story;
    std::optional<core::Presentation> presentation;
    core::Diagnostics diagnostics;
};

class WindowApp {
public:
    WindowApp(const Options& options, const Settings& settings, platform::SdlWindow& window, LoadedData data);

    // Runs until the window is closed (or Ctrl+Q).
    void run();
    // What the next start restores: the time, the panels, the window's size.
    void store(Settings& settings) const;
    // The time spent on each chapter of the last presentation; "" when there was none.
    std::string timeOnChapters() const;

private:
    void takeEvents(); // waits for input as long as nothing needs drawing, then handles it
    // window_input.cpp
    void handle(const platform::InputEvent& event);
    bool handleMapInput(const platform::InputEvent& event); // true when the map moved
    // Whether a point of the window (drawable pixels) is on the map, and where on it.
    bool overMap(core::Vec2 window) const;
    core::Vec2 onMap(core::Vec2 window) const;
    // window_drawing.cpp
    void reload(std::uint32_t now);
    void drawOrPrefetch(std::uint32_t now);
    void drawChrome(const core::FrameState& frame);
    void followDock();
    void buildFrames();

    const Options& m_options;
    platform::SdlWindow& m_window;
    LoadedData m_data;
    session::LiveMap m_map;
    MapViewController m_view;
    std::optional<session::FrameSource> m_frames; // built again whenever the map's data is replaced
    TimeController m_time;
    std::optional<core::StoryIndex> m_index;
    Panels m_panels;
    ExportPanel m_exporting;
    bool m_exportRunning = false;
    std::uint32_t m_exportShownAt = 0;
    std::optional<PresentationMode> m_presenting;
    RedrawScheduler m_scheduler;
    bool m_running = true;
    core::Vec2 m_cursor{-1, -1}; // in the window's drawable pixels
    core::Vec2 m_pressedAt{-1, -1};
    std::optional<core::Vec2> m_clickedAt;
    std::uint32_t m_lastTick = 0;
};

} // namespace atlas::app
