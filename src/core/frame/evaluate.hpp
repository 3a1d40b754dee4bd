// core/frame/evaluate.hpp: turns the loaded map (and the story at a time) and a camera into one
// FrameState: fills, the story's items with their phases, labels, markers, scale bar, date,
// legend and sources. Pure: the same inputs give the same frame. Standard library only.
#pragma once

#include <chrono>

#include "core/frame/frame_state.hpp"
#include "core/frame/label_layout.hpp"
#include "core/geo/map_data.hpp"
#include "core/geo/projection.hpp"
#include "core/story/story_index.hpp"
#include "core/story/story_layers.hpp"
#include "core/text/text_measure.hpp"

namespace atlas::core {

// The zone of the on-map date: local time where the most precise visible event happened, or UTC.
enum class DateZone { EventPlace, Utc };

struct EvaluateContext {
    const Projection& projection;
    const TextMeasure& text;
    MapStyle style;
    DateZone dateZone = DateZone::EventPlace;
    StoryLayers layers = {};
    std::vector<Box> reserved = {}; // screen boxes no label may cover (a presentation's cards)
    std::string headline = {};      // a title on the date's card, so a still says what it shows
    double mapLabelOpacity = 1;     // the map's own labels (not the date, legend, sources) fade while the camera flies
    Priority answerPriority = Priority::Event; // Context under a card that states the answer (a pane's header)
};

// The base map: today's members, no story.
FrameState evaluate(const MapData& data, const Camera& camera, const Viewport& viewport, const EvaluateContext& context);

// The map at a time: membership then, the story items that show, and the date, legend and
// sources line drawn in the frame. story must be indexed over the same data.
FrameState evaluate(const MapData& data, const StoryIndex& story, std::chrono::sys_seconds time, const Camera& camera,
                    const Viewport& viewport, const EvaluateContext& context);

// The opaque colour the frame's map shows at a screen point (fills must be set), for contrast.
BackgroundAt mapBackground(const MapData& data, const FrameState& frame);

// What both start from: camera, viewport, style and detail.
FrameState baseFrame(const Camera& camera, const Viewport& viewport, const MapStyle& style);

} // namespace atlas::core
