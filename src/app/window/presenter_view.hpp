// app/window/presenter_view.hpp: the presenter's view, a second window beside the audience's
// (on another display when there is one, the audience then full screen there). It draws with
// the audience window's GL context and an ImGui context of its own: the audience's frame as last
// drawn, the next chapter's frame once the camera rests, the notes, the sources and the clocks.
#pragma once

#include <cstdint>
#include <optional>

#include "app/window/presenter.hpp"
#include "platform/sdl_window.hpp"
#include "render/frame_texture.hpp"
#include "session/frame_source.hpp"
#include "ui/imgui_setup.hpp"

namespace atlas::app {

// What the presentation is at when the view is drawn.
struct PresenterMoment {
    const core::PresentationPlan* plan = nullptr;
    const core::StoryIndex* story = nullptr;
    int chapter = 0;
    bool flying = false; // the audience's camera flies: the next chapter's frame waits
    Blank blank = Blank::None;
    double elapsed = 0;   // seconds since the presentation started
    double onChapter = 0; // seconds on this chapter
    bool rehearsing = false;
};

class PresenterView {
public:
    // Opens the view's window and places it and the audience's.
    explicit PresenterView(platform::SdlWindow& audience);

    std::uint32_t windowId() const { return m_window.id(); }
    bool hasPointer() const { return m_window.hasPointer(); }
    // Input to the view's own window (the notes scroll).
    void input(const platform::InputEvent& event);
    // Whether the view should be drawn again now: at once after a change, a few times a second
    // while the audience's frame changes, once a second for the clocks otherwise.
    bool due(std::uint32_t nowMs) const;
    // How long the app may wait for input before the view is due.
    std::uint32_t waitMs(std::uint32_t nowMs) const;
    // Keeps the audience's frame just drawn, before its buffers swap.
    void captureAudience(const core::Viewport& viewport);
    void changed() { m_changed = true; }
    // Draws the view; true while the frames' meshes are still being built (draw again soon).
    // The next chapter's frame is drawn once the audience's camera has landed (a time that plays
    // under a still camera may lose a frame to it) and its meshes are built.
    bool draw(const PresenterMoment& moment, session::FrameSource& frames, std::uint32_t nowMs);

private:
    // The next chapter's frame after its flight, drawn once per chapter and size; true when the
    // draw left meshes building (the audience's frame then needs drawing again too).
    bool drawNext(const PresenterMoment& moment, session::FrameSource& frames);

    platform::SdlWindow& m_audience;
    platform::SdlWindow m_window;
    ui::ImGuiSetup m_imgui;
    render::FrameTexture m_current;
    render::FrameTexture m_next;
    std::optional<int> m_nextDrawn;  // the chapter m_next holds
    bool m_nextComplete = false;     // drawn with every mesh in place
    bool m_nextWaits = false;        // for its meshes, building on workers
    bool m_audienceCaptured = false; // since the view was last drawn
    std::uint32_t m_drawnAtMs = 0;
    bool m_changed = true;
};

} // namespace atlas::app
