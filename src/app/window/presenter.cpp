// app/window/presenter.cpp: Right, PageDown, Space, Enter: next; Left, PageUp, Backspace: previous;
// Home, End; digits then Enter: that chapter; B or '.': black; W or ',': white.
#include "app/window/presenter.hpp"

#include <algorithm>
#include <cmath>

namespace atlas::app {

namespace {

constexpr std::uint32_t kTypingMs = 2000; // digits older than this are forgotten
constexpr double kWheelStep = 1.2;

} // namespace

Presenter::Presenter(const core::Presentation& presentation, const core::Projection& projection)
    : m_presentation(presentation), m_projection(projection) {}

void Presenter::start(int chapter, const core::Viewport& viewport, const core::TextMeasure& text) {
    m_plan = std::make_unique<core::PresentationPlan>(m_presentation, m_projection, viewport, &text);
    m_position = {std::clamp(chapter, 0, m_plan->count() - 1), 0, std::nullopt, std::nullopt};
    m_active = true;
    m_blank = Blank::None;
    m_typedNumber = 0;
}

void Presenter::resize(const core::Viewport& viewport, const core::TextMeasure& text) {
    if (!m_plan) return;
    m_plan = std::make_unique<core::PresentationPlan>(m_presentation, m_projection, viewport, &text);
    m_position.camera.reset();
}

void Presenter::go(int chapter) {
    core::FlightStart from{camera(), time()};
    m_position = {std::clamp(chapter, 0, m_plan->count() - 1), 0, from, std::nullopt};
}

bool Presenter::flying() const { return m_plan->timing(m_position).at(m_position.seconds).flight < 1; }

bool Presenter::moving() const { return !m_plan->timing(m_position).at(m_position.seconds).finished; }

void Presenter::drag(core::Vec2 delta) {
    core::Camera moved = camera();
    moved.panPixels(delta);
    m_position.camera = moved;
}

void Presenter::wheel(core::Vec2 cursor, double steps) {
    core::Camera moved = camera();
    moved.zoomAt(cursor, std::pow(kWheelStep, steps), m_plan->viewport());
    moved.clampZoom();
    m_position.camera = moved;
}

std::optional<int> Presenter::target(Key key) const {
    int chapter = m_position.chapter, last = m_plan->count() - 1;
    switch (key) {
    case Key::Right:
    case Key::PageDown:
    case Key::Space:
    case Key::Down:
    case Key::Return: return std::min(chapter + 1, last);
    case Key::Left:
    case Key::PageUp:
    case Key::Backspace:
    case Key::Up: return std::max(chapter - 1, 0);
    case Key::Home: return 0;
    case Key::End: return last;
    default: return std::nullopt;
    }
}

bool Presenter::typeNumber(Key key, std::uint32_t nowMs) {
    if (nowMs - m_typedAtMs > kTypingMs) m_typedNumber = 0;
    if (int digit = platform::digitOf(key); digit >= 0) {
        m_typedNumber = std::min(m_typedNumber * 10 + digit, 999);
        m_typedAtMs = nowMs;
        return true;
    }
    if (key == Key::Return && m_typedNumber > 0) {
        go(m_typedNumber - 1);
        m_typedNumber = 0;
        return true;
    }
    m_typedNumber = 0;
    return false;
}

Presenter::KeyResult Presenter::key(Key key, std::uint32_t nowMs) {
    if (key == Key::Escape) return KeyResult::Leave;
    if (key == Key::B || key == Key::Period) {
        m_blank = m_blank == Blank::Black ? Blank::None : Blank::Black;
        return KeyResult::Handled;
    }
    if (key == Key::W || key == Key::Comma) {
        m_blank = m_blank == Blank::White ? Blank::None : Blank::White;
        return KeyResult::Handled;
    }
    bool wasBlank = m_blank != Blank::None;
    m_blank = Blank::None;
    if (typeNumber(key, nowMs)) return KeyResult::Handled;
    std::optional<int> chapter = target(key);
    if (!chapter) return wasBlank ? KeyResult::Handled : KeyResult::NotMine;
    if (!m_position.camera && *chapter == m_position.chapter) return KeyResult::Handled; // already there
    if (m_position.camera) {
        // Back to the chapter's view from where the map was left, and the chapter from its start.
        m_position = {m_position.chapter, 0, core::FlightStart{*m_position.camera, time()}, std::nullopt};
    } else {
        go(*chapter);
    }
    return KeyResult::Handled;
}

} // namespace atlas::app
