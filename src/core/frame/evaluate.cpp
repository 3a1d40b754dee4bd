// core/frame/evaluate.cpp: composes the base map frame without a story: every state in the land
// colour, the scale bar and the base map's labels (the organisation's states first); and what the
// map shows behind a label.
#include "core/frame/evaluate.hpp"

#include "core/frame/contrast.hpp"
#include "core/frame/label_layout.hpp"
#include "core/geo/simplify.hpp"

namespace atlas::core {

FrameState baseFrame(const Camera& camera, const Viewport& viewport, const MapStyle& style) {
    FrameState frame;
    frame.camera = camera;
    frame.viewport = viewport;
    frame.style = style;
    frame.detailLevel = detailLevelFor(camera.metresPerPixel());
    frame.showOtherRegions = camera.metresPerPixel() < style.otherRegionsBelowMetresPerPixel;
    return frame;
}

BackgroundAt mapBackground(const MapData& data, const FrameState& frame) {
    return [&data, &frame](Vec2 screen) {
        Vec2 world = frame.camera.screenToWorld(screen, frame.viewport);
        for (std::size_t i = 0; i < data.countries.size() && i < frame.countryFills.size(); ++i)
            if (shapeContains(data.countries[i].shape, world)) return over(frame.countryFills[i], frame.style.land);
        return frame.style.sea.withAlpha(1); // a transparent sea is judged as the sea it stands for
    };
}

FrameState evaluate(const MapData& data, const Camera& camera, const Viewport& viewport, const EvaluateContext& context) {
    FrameState frame = baseFrame(camera, viewport, context.style);
    frame.countryFills.assign(data.countries.size(), context.style.land); // who is a member is the story's to say
    LabelLayout layout(context.text, context.projection, frame, mapBackground(data, frame));
    layout.scaleBar();
    layout.mapLabels(data, [&data](std::string_view iso) { return data.organisation.contains(iso); });
    return frame;
}

} // namespace atlas::core
