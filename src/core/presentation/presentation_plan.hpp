// core/presentation/presentation_plan.hpp: a presentation laid out for one viewport: each chapter's camera,
// the flight into it and its timing. Where the presenter is (chapter, seconds into it, and where
// the flight started when it was not the previous chapter's end) fixes everything a frame shows.
// Standard library only.
#pragma once

#include <chrono>
#include <optional>
#include <vector>

#include "core/geo/camera.hpp"
#include "core/geo/projection.hpp"
#include "core/presentation/camera_flight.hpp"
#include "core/presentation/chapter.hpp"
#include "core/presentation/chapter_timing.hpp"
#include "core/text/text_measure.hpp"

namespace atlas::core {

// Where a flight into a chapter starts: the view and the story time on screen then.
struct FlightStart {
    Camera camera;
    std::chrono::sys_seconds time;
};

struct PresentationPosition {
    int chapter = 0;
    double seconds = 0;               // since the chapter was entered
    std::optional<FlightStart> start; // none: from the previous chapter's end (the first: no flight)
    std::optional<Camera> camera;     // the presenter's own view, panned or zoomed, instead
};

class PresentationPlan {
public:
    static constexpr double kShortestFlightSeconds = 1.5; // time moves on even between two equal views

    // presentation must outlive the plan; it has at least one chapter. With text (to measure the
    // caption cards), each chapter's view is fitted into the part of the frame its caption leaves
    // free, so the caption never hides the story.
    PresentationPlan(const Presentation& presentation, const Projection& projection, const Viewport& viewport,
                     const TextMeasure* text = nullptr);

    const Presentation& presentation() const { return m_presentation; }
    const Viewport& viewport() const { return m_viewport; }
    int count() const { return int(m_presentation.chapters.size()); }
    const Chapter& chapter(int index) const { return m_presentation.chapters.at(std::size_t(index)); }

    // The chapter's view fitted to the viewport.
    Camera camera(int index) const;
    // Where the chapter leaves the map when it ends.
    FlightStart end(int index) const;
    // The flight into the chapter from the position's start.
    CameraFlight flight(const PresentationPosition& position) const;
    ChapterTiming timing(const PresentationPosition& position) const;
    // The camera and the chapter's moment at the position.
    Camera cameraAt(const PresentationPosition& position) const;

private:
    std::optional<FlightStart> startOf(const PresentationPosition& position) const;

    const Presentation& m_presentation;
    Viewport m_viewport;
    std::vector<Camera> m_cameras; // each chapter's view fitted to the viewport
};

} // namespace atlas::core
