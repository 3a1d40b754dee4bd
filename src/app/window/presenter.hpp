// app/window/presenter.hpp: presentation mode in the window: which chapter is on, how long since it was
// entered, the keys a lecturer (or a clicker) uses, the map moved by hand, and a blanked screen.
// Knows nothing of GL; what it shows is core::evaluatePresentation of its position.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>

#include "core/presentation/presentation_plan.hpp"
#include "platform/keys.hpp"

namespace atlas::app {

enum class Blank { None, Black, White };
using platform::Key;

class Presenter {
public:
    // presentation and projection must outlive the presenter.
    Presenter(const core::Presentation& presentation, const core::Projection& projection);

    bool active() const { return m_active; }
    // Starts at the chapter (an index); its flight starts where the chapter before it ends.
    // text: how the frames measure text, so chapter views keep clear of their captions.
    void start(int chapter, const core::Viewport& viewport, const core::TextMeasure& text);
    void stop() { m_active = false; }
    void resize(const core::Viewport& viewport, const core::TextMeasure& text);

    enum class KeyResult { Handled, Leave, NotMine };
    KeyResult key(Key key, std::uint32_t nowMs);
    // The mouse moves the map; the next key press flies back to the chapter's view.
    void drag(core::Vec2 delta);
    void wheel(core::Vec2 cursor, double steps);

    void advance(double wallSeconds) { m_position.seconds += wallSeconds; }
    // True while the camera or time still move (flight, title, playback).
    bool moving() const;
    bool flying() const;

    Blank blank() const { return m_blank; }
    const core::PresentationPlan& plan() const { return *m_plan; }
    const core::PresentationPosition& position() const { return m_position; }
    core::Camera camera() const { return m_plan->cameraAt(m_position); }
    std::chrono::sys_seconds time() const { return m_plan->timing(m_position).at(m_position.seconds).time; }

private:
    // Flies from what is on screen now to the chapter.
    void go(int chapter);
    // The chapter a navigation key leads to; none for any other key.
    std::optional<int> target(Key key) const;
    // Digits, then Enter: true when the key was part of a chapter number.
    bool typeNumber(Key key, std::uint32_t nowMs);

    const core::Presentation& m_presentation;
    const core::Projection& m_projection;
    std::unique_ptr<core::PresentationPlan> m_plan;
    core::PresentationPosition m_position;
    bool m_active = false;
    Blank m_blank = Blank::None;
    int m_typedNumber = 0;        // digits typed before Enter
    std::uint32_t m_typedAtMs = 0;
};

} // namespace atlas::app
