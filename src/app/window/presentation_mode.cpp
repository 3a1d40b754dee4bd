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
    v.pixelScale = session::exportPixelScale(v.height); // the layout of an exported frame of this size
    return v;
}

void PresentationMode::start(int chapter) {
    m_presenter.start(chapter, viewport());
    m_lastTickMs = m_lastPointerMs = SDL_GetTicks();
    m_redraw = true;
    m_title.clear(); // the map's title replaced it meanwhile
}

bool PresentationMode::handle(const SDL_Event& event, std::uint32_t nowMs) {
    double ratio = m_window.pixelRatio();
    m_redraw = true;
    switch (event.type) {
    case SDL_KEYDOWN:
        if (m_presenter.key(platform::keyOf(event.key.keysym.sym), nowMs) == Presenter::KeyResult::Leave) {
            m_presenter.stop();
            SDL_ShowCursor(SDL_ENABLE);
            return false;
        }
        break;
    case SDL_MOUSEMOTION:
        m_lastPointerMs = nowMs;
        SDL_ShowCursor(SDL_ENABLE);
        if (event.motion.state & SDL_BUTTON_LMASK) m_presenter.drag({event.motion.xrel * ratio, event.motion.yrel * ratio});
        break;
    case SDL_MOUSEWHEEL: {
        int x = 0, y = 0;
        SDL_GetMouseState(&x, &y);
        m_presenter.wheel({x * ratio, y * ratio}, event.wheel.preciseY);
        m_lastPointerMs = nowMs;
        break;
    }
    case SDL_WINDOWEVENT:
        if (event.window.event == SDL_WINDOWEVENT_SIZE_CHANGED) m_presenter.resize(viewport());
        break;
    default: break;
    }
    return true;
}

void PresentationMode::advance(std::uint32_t nowMs) {
    if (m_presenter.moving()) m_redraw = true;
    m_presenter.advance((nowMs - m_lastTickMs) / 1000.0);
    m_lastTickMs = nowMs;
    if (nowMs - m_lastPointerMs > kCursorHideMs) SDL_ShowCursor(SDL_DISABLE);
}

std::uint32_t PresentationMode::waitMs() const { return m_redraw || m_presenter.moving() ? 0 : kIdleWaitMs; }

void PresentationMode::draw(session::FrameSource& frames, const core::StoryIndex& story) {
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
    if (title != m_title) SDL_SetWindowTitle(m_window.handle(), (m_title = title).c_str());
}

} // namespace atlas::app
