// core/frame/evaluate.cpp: composes the base map frame: today's member fills, the scale bar and the
// base map's labels; and what the map shows behind a label.
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
    frame.countryFills.reserve(data.countries.size());
    for (const Country& country : data.countries) frame.countryFills.push_back(countryFill(country.isoA3, context.style));
    LabelLayout layout(context.text, context.projection, frame, mapBackground(data, frame));
    layout.scaleBar();
    layout.mapLabels(data, [](std::string_view iso) { return isMember(iso); });
    return frame;
}

} // namespace atlas::core
