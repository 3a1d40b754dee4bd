// core/presentation/presentation_plan.cpp: cameras fitted with a margin for the cards, once per plan (a
// frame asks for them several times); flights start where the previous chapter ended unless the
// presenter jumped or moved the map.
#include "core/presentation/presentation_plan.hpp"

#include <algorithm>

#include "core/frame/evaluate.hpp"
#include "core/presentation/pane_grid.hpp"
#include "core/presentation/presentation_cards.hpp"

namespace atlas::core {

namespace {

constexpr double kViewMargin = 40;       // layout pixels around a chapter's view
constexpr double kNarrowViewMargin = 16; // the same below 3:2, where the caption takes the frame's foot
constexpr double kCaptionGap = 12; // layout pixels between the caption card and the view

// The view fitted beside its caption card or above it, whichever shows it larger.
Camera besideCaption(const Box& view, const Viewport& viewport, const Box& caption) {
    double gap = kCaptionGap * viewport.pixelScale;
    double margin = frameShape(viewport) == FrameShape::Wide ? kViewMargin : kNarrowViewMargin;
    Box right{caption.maxX + gap, 0, double(viewport.width), double(viewport.height)};
    Box above{0, 0, double(viewport.width), caption.minY - gap};
    std::optional<Camera> best;
    for (const Box& area : {right, above}) {
        if (area.width() < viewport.width * 0.3 || area.height() < viewport.height * 0.3) continue;
        Camera camera = Camera::fitInto(view, viewport, area, margin);
        if (!best || camera.metresPerPixel() < best->metresPerPixel()) best = camera;
    }
    return best.value_or(Camera::fit(view, viewport, margin));
}

} // namespace

PresentationPlan::PresentationPlan(const Presentation& presentation, const Projection& projection, const Viewport& viewport,
                                   const TextMeasure* text)
    : m_presentation(presentation), m_viewport(viewport) {
    for (const Chapter& c : presentation.chapters) {
        Box box = projectedBox(c.view, projection);
        if (box.empty()) box = projectedBox({{20, 35}, {110, 65}}, projection);
        if (!text || !c.panes.empty()) {
            m_cameras.push_back(Camera::fit(box, viewport, kViewMargin));
            continue;
        }
        FrameState cards = baseFrame(Camera{}, viewport, MapStyle{});
        PresentationCards builder(*text, projection, cards);
        builder.caption(c, builder.captionArea(), 1);
        m_cameras.push_back(besideCaption(box, viewport, builder.keepClear().back()));
    }
}

Camera PresentationPlan::camera(int index) const { return m_cameras.at(std::size_t(index)); }

FlightStart PresentationPlan::end(int index) const {
    const Chapter& c = chapter(index);
    return {camera(index), c.play == ChapterPlay::Fixed ? c.begin : c.end};
}

std::optional<FlightStart> PresentationPlan::startOf(const PresentationPosition& position) const {
    if (position.start) return position.start;
    if (position.chapter > 0) return end(position.chapter - 1);
    return std::nullopt;
}

CameraFlight PresentationPlan::flight(const PresentationPosition& position) const {
    Camera target = camera(position.chapter);
    std::optional<FlightStart> start = startOf(position);
    return CameraFlight(start ? start->camera : target, target, m_viewport.width);
}

ChapterTiming PresentationPlan::timing(const PresentationPosition& position) const {
    const Chapter& c = chapter(position.chapter);
    std::optional<FlightStart> start = startOf(position);
    double seconds = start ? std::max(kShortestFlightSeconds, flight(position).seconds()) : 0;
    return ChapterTiming(c, seconds, start ? start->time : c.begin);
}

Camera PresentationPlan::cameraAt(const PresentationPosition& position) const {
    if (position.camera) return *position.camera;
    return flight(position).at(timing(position).at(position.seconds).flight);
}

} // namespace atlas::core
