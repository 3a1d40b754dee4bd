// core/evaluate.hpp: turns the loaded map and a camera into one FrameState: fills, detail level,
// placed labels and markers, scale bar. Pure: the same inputs give the same frame.
// Standard library only.
#pragma once

#include "core/frame_state.hpp"
#include "core/map_data.hpp"
#include "core/projection.hpp"
#include "core/text_measure.hpp"

namespace atlas::core {

struct EvaluateContext {
    const Projection& projection;
    const TextMeasure& text;
    MapStyle style;
};

FrameState evaluate(const MapData& data, const Camera& camera, const Viewport& viewport, const EvaluateContext& context);

} // namespace atlas::core
