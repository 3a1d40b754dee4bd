// app/window/presentation_mode.hpp: the window while presenting: the whole window is the map, no
// panels, the cursor hidden after a moment of stillness, keys and mouse to the presenter, and
// each frame drawn by the frame source like an exported one. P opens the presenter's view (a
// second window answering the same keys); the clocks time each chapter for a rehearsal.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "app/window/chapter_clock.hpp"
#include "app/window/presenter.hpp"
#include "app/window/presenter_view.hpp"
#include "core/story/story_index.hpp"
#include "platform/sdl_window.hpp"
#include "session/frame_source.hpp"

namespace atlas::app {

class PresentationMode {
public:
    PresentationMode(const core::Presentation& presentation, const core::Projection& projection, platform::SdlWindow& window);

    bool active() const { return m_presenter.active(); }
    // text: how the frames measure text (the window's frame source); withView: the presenter's
    // view opens at once; rehearsing: with it, saying so.
    void start(int chapter, const core::TextMeasure& text, bool withView = false, bool rehearsing = false);
    // Takes the event while presenting; false when presenting ended with it (Esc).
    bool handle(const platform::InputEvent& event, std::uint32_t nowMs);
    // Moves the presentation on by the wall time since the last frame, hides an idle cursor.
    void advance(std::uint32_t nowMs);
    // How long the window may wait for input before the next frame.
    std::uint32_t waitMs() const;
    void draw(session::FrameSource& frames, const core::StoryIndex& story);
    // The time spent on each chapter since the last start (a rehearsal's report).
    std::string timeOnChapters() const;
    // Ends presenting as Esc does (the app is closing).
    void end() { leave(); }

private:
    core::Viewport viewport() const;
    void toggleView();
    void closeView();
    void leave();
    // Input to the presenter's view's window: the same keys; the rest scrolls its notes.
    bool handleInView(const platform::InputEvent& event, std::uint32_t nowMs);
    bool handleKey(const platform::InputEvent& event, std::uint32_t nowMs);
    void drawAudience(session::FrameSource& frames, const core::StoryIndex& story);
    void drawView(session::FrameSource& frames, const core::StoryIndex& story);

    platform::SdlWindow& m_window;
    Presenter m_presenter;
    std::optional<PresenterView> m_view;
    // Where the audience's window was before the view first moved it: put back when presenting ends.
    std::optional<platform::DisplayBounds> m_placedBefore;
    bool m_fullscreenBefore = false;
    ChapterClock m_clock;
    bool m_rehearsing = false;
    std::uint32_t m_lastTickMs = 0;
    std::uint32_t m_lastPointerMs = 0;
    bool m_dragging = false;
    bool m_redraw = true;
    bool m_resized = false; // the plan is made again for the new size at the next draw
};

} // namespace atlas::app
