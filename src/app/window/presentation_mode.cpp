// app/window/presentation_mode.cpp: interactive frames (the base map from tiles) while the camera flies,
// exact ones otherwise; a blank screen is a clear to black or white. The presenter's view is
// drawn after the audience's frame, which it keeps before the swap.
#include "app/window/presentation_mode.hpp"

#include <algorithm>
#include <iostream>

namespace atlas::app {

namespace {

constexpr std::uint32_t kCursorHideMs = 1500;
constexpr std::uint32_t kIdleWaitMs = 250;

} // namespace

PresentationMode::PresentationMode(const core::Presentation& presentation, const core::Projection& projection,
                                   platform::SdlWindow& window)
    : m_window(window), m_presenter(presentation, projection) {}

core::Viewport PresentationMode::viewport() const {
    int width = 0, height = 0;
    m_window.drawableSize(width, height);
    return session::exportViewport(width, height); // the layout of an exported frame of this size
}

void PresentationMode::start(int chapter, const core::TextMeasure& text, bool withView, bool rehearsing) {
    m_rehearsing = rehearsing;
    m_presenter.start(chapter, viewport(), text);
    m_lastTickMs = m_lastPointerMs = platform::ticksMs();
    m_clock.start(m_presenter.plan().count(), m_presenter.position().chapter, m_lastTickMs / 1000.0);
    m_redraw = true;
    if ((withView || rehearsing) && !m_view) toggleView();
}

void PresentationMode::toggleView() {
    m_redraw = true;
    if (m_view) {
        closeView();
        return;
    }
    if (!m_placedBefore) {
        m_placedBefore = m_window.bounds();
        m_fullscreenBefore = m_window.fullscreen();
    }
    try {
        m_view.emplace(m_window);
    } catch (const std::exception& e) { // the talk goes on without it
        m_window.makeCurrent();
        std::cerr << "csto-atlas: cannot open the presenter's view: " << e.what() << "\n";
    }
}

void PresentationMode::closeView() {
    m_view.reset();
    m_window.raise(); // the keys go to the audience's window again
}

void PresentationMode::leave() {
    if (!m_presenter.active()) return;
    m_clock.enter(-1, platform::ticksMs() / 1000.0);
    m_presenter.stop();
    closeView();
    if (m_placedBefore) {
        m_window.place(*m_placedBefore);
        m_window.setFullscreen(m_fullscreenBefore);
        m_placedBefore.reset();
    }
    m_window.showCursor(true);
}

bool PresentationMode::handleKey(const platform::InputEvent& event, std::uint32_t nowMs) {
    m_redraw = true;
    if (event.key == Key::P) {
        toggleView();
        return true;
    }
    if (m_presenter.key(event.key, nowMs) == Presenter::KeyResult::Leave) {
        leave();
        return false;
    }
    m_clock.enter(m_presenter.position().chapter, nowMs / 1000.0);
    if (m_view) m_view->changed();
    return true;
}

bool PresentationMode::handleInView(const platform::InputEvent& event, std::uint32_t nowMs) {
    using Type = platform::InputEvent::Type;
    switch (event.type) {
    case Type::KeyDown: return handleKey(event, nowMs);
    case Type::Close: closeView(); break;
    case Type::PointerMove: m_window.showCursor(true); [[fallthrough]];
    default: m_view->input(event); break;
    }
    return true;
}

bool PresentationMode::handle(const platform::InputEvent& event, std::uint32_t nowMs) {
    using Type = platform::InputEvent::Type;
    if (m_view && event.window == m_view->windowId()) return handleInView(event, nowMs);
    double ratio = m_window.pixelRatio();
    m_redraw = true;
    switch (event.type) {
    case Type::KeyDown: return handleKey(event, nowMs);
    case Type::PointerMove:
        m_lastPointerMs = nowMs;
        m_window.showCursor(true);
        if (event.leftHeld) m_presenter.drag(event.motion * ratio);
        break;
    case Type::Wheel:
        m_presenter.wheel(event.pointer * ratio, event.wheelSteps);
        m_lastPointerMs = nowMs;
        break;
    case Type::Resized: m_resized = true; break;
    default: break;
    }
    return true;
}

void PresentationMode::advance(std::uint32_t nowMs) {
    if (m_presenter.moving()) m_redraw = true;
    m_presenter.advance((nowMs - m_lastTickMs) / 1000.0);
    m_lastTickMs = nowMs;
    // Hidden over the audience's frame only: the presenter's view keeps its pointer.
    if (nowMs - m_lastPointerMs > kCursorHideMs && !(m_view && m_view->hasPointer())) m_window.showCursor(false);
}

std::uint32_t PresentationMode::waitMs() const {
    if (m_redraw || m_presenter.moving()) return 0;
    return m_view ? std::min(kIdleWaitMs, m_view->waitMs(platform::ticksMs())) : kIdleWaitMs;
}

void PresentationMode::draw(session::FrameSource& frames, const core::StoryIndex& story) {
    if (m_resized) {
        m_presenter.resize(viewport(), frames.text());
        m_resized = false;
    }
    if (m_redraw) drawAudience(frames, story);
    if (m_view) drawView(frames, story);
}

void PresentationMode::drawAudience(session::FrameSource& frames, const core::StoryIndex& story) {
    m_redraw = false;
    if (m_presenter.blank() != Blank::None) {
        frames.blankScreen(m_presenter.plan().viewport(), m_presenter.blank() == Blank::White ? 1.f : 0.f);
    } else {
        render::DrawMode mode = m_presenter.flying() ? render::DrawMode::Interactive : render::DrawMode::Exact;
        frames.drawOnScreen(session::PresentationShot{&story, &m_presenter.plan(), m_presenter.position()}, mode);
        if (frames.building()) m_redraw = true;
    }
    if (m_view) m_view->captureAudience(m_presenter.plan().viewport());
    m_window.swap();
    // ASCII, as the window's other titles: "csto-atlas - chapter 3 of 9".
    std::string title = "csto-atlas - chapter " + std::to_string(m_presenter.position().chapter + 1) + " of " +
                        std::to_string(m_presenter.plan().count());
    m_window.setTitle(title);
}

void PresentationMode::drawView(session::FrameSource& frames, const core::StoryIndex& story) {
    std::uint32_t now = platform::ticksMs();
    if (!m_view->due(now)) return;
    double seconds = now / 1000.0;
    PresenterMoment moment{&m_presenter.plan(), &story,          m_presenter.position().chapter,
                           m_presenter.flying(), m_presenter.blank(), m_clock.elapsed(seconds),
                           m_clock.onChapter(seconds),  m_rehearsing};
    if (m_view->draw(moment, frames, now)) m_redraw = true;
}

std::string PresentationMode::timeOnChapters() const {
    return rehearsalReport(m_presenter.plan().presentation(), m_clock.spent(platform::ticksMs() / 1000.0));
}

} // namespace atlas::app
