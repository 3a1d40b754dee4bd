// core/presentation/presentation_plan.cpp: cameras fitted with a margin for the cards, once per plan (a
// frame asks for them several times); flights start where the previous chapter ended unless the
// presenter jumped or moved the map.
#include "core/presentation/presentation_plan.hpp"

#include <algorithm>

namespace atlas::core {

namespace {

constexpr double kViewMargin = 40; // layout pixels around a chapter's view

} // namespace

PresentationPlan::PresentationPlan(const Presentation& presentation, const Projection& projection, const Viewport& viewport)
    : m_presentation(presentation), m_viewport(viewport) {
    for (const Chapter& c : presentation.chapters) {
        Box box = projectedBox(c.view, projection);
        if (box.empty()) box = projectedBox({{20, 35}, {110, 65}}, projection);
        m_cameras.push_back(Camera::fit(box, viewport, kViewMargin));
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
