// app/window/presentation_mode.cpp: interactive frames (the base map from tiles) while the camera flies,
// exact ones otherwise; a blank screen is a clear to black or white.
#include "app/window/presentation_mode.hpp"

namespace atlas::app {

namespace {

constexpr std::uint32_t kCursorHideMs = 1500;
constexpr std::uint32_t kIdleWaitMs = 250;

} // namespace

PresentationMode::PresentationMode(const core::Presentation& presentation, const core::Projection& projection,
                                   platform::SdlWindow& window)
    : m_window(window), m_presenter(presentation, projection) {}

core::Viewport PresentationMode::viewport() const {
    core::Viewport v;
    m_window.drawableSize(v.width, v.height);
    v.pixelScale = session::exportPixelScale(v.width, v.height); // the layout of an exported frame of this size
    return v;
}

void PresentationMode::start(int chapter, const core::TextMeasure& text) {
    m_presenter.start(chapter, viewport(), text);
    m_lastTickMs = m_lastPointerMs = platform::ticksMs();
    m_redraw = true;
}

bool PresentationMode::handle(const platform::InputEvent& event, std::uint32_t nowMs) {
    using Type = platform::InputEvent::Type;
    double ratio = m_window.pixelRatio();
    m_redraw = true;
    switch (event.type) {
    case Type::KeyDown:
        if (m_presenter.key(event.key, nowMs) == Presenter::KeyResult::Leave) {
            m_presenter.stop();
            m_window.showCursor(true);
            return false;
        }
        break;
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
    if (nowMs - m_lastPointerMs > kCursorHideMs) m_window.showCursor(false);
}

std::uint32_t PresentationMode::waitMs() const { return m_redraw || m_presenter.moving() ? 0 : kIdleWaitMs; }

void PresentationMode::draw(session::FrameSource& frames, const core::StoryIndex& story) {
    if (m_resized) {
        m_presenter.resize(viewport(), frames.text());
        m_resized = false;
    }
    if (!m_redraw) return;
    m_redraw = false;
    if (m_presenter.blank() != Blank::None) {
        frames.blankScreen(m_presenter.plan().viewport(), m_presenter.blank() == Blank::White ? 1.f : 0.f);
    } else {
        render::DrawMode mode = m_presenter.flying() ? render::DrawMode::Interactive : render::DrawMode::Exact;
        frames.drawOnScreen(session::PresentationShot{&story, &m_presenter.plan(), m_presenter.position()}, mode);
        if (frames.building()) m_redraw = true;
    }
    m_window.swap();
    // ASCII, as the window's other titles: "csto-atlas - chapter 3 of 9".
    std::string title = "csto-atlas - chapter " + std::to_string(m_presenter.position().chapter + 1) + " of " +
                        std::to_string(m_presenter.plan().count());
    m_window.setTitle(title);
}

} // namespace atlas::app
