// core/presentation/evaluate_presentation.hpp: one frame of a presentation: the map (or, for a chapter of
// panes, one map per pane, each at its own date and view) in the presentation's style, then the
// cards over it. Pure: the same position gives the same frames, in the window and in a video.
// Standard library only.
#pragma once

#include <vector>

#include "core/frame/evaluate.hpp"
#include "core/presentation/presentation_plan.hpp"

namespace atlas::core {

// Frames to draw in order into one framebuffer: the panes, then the cards (a frame without map).
std::vector<FrameState> evaluatePresentation(const MapData& data, const StoryIndex& story, const PresentationPlan& plan,
                                             const PresentationPosition& position, const EvaluateContext& context);

} // namespace atlas::core
