// core/frame/evaluate.cpp: composes the base map frame: today's member fills, the scale bar and the
// base map's labels.
#include "core/frame/evaluate.hpp"

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

FrameState evaluate(const MapData& data, const Camera& camera, const Viewport& viewport, const EvaluateContext& context) {
    FrameState frame = baseFrame(camera, viewport, context.style);
    frame.countryFills.reserve(data.countries.size());
    for (const Country& country : data.countries) frame.countryFills.push_back(countryFill(country.isoA3, context.style));
    LabelLayout layout(context.text, context.projection, frame);
    layout.scaleBar();
    layout.mapLabels(data, [](std::string_view iso) { return isMember(iso); });
    return frame;
}

} // namespace atlas::core
