// render/stroke_layer.cpp: strokes of one style share a draw; styles are drawn in the order
// they first appear.
#include "render/stroke_layer.hpp"

#include <algorithm>

#include "render/line_layer.hpp"

namespace atlas::render {

namespace {

bool sameStyle(const core::Stroke& a, const core::Stroke& b) {
    return a.color.r == b.color.r && a.color.g == b.color.g && a.color.b == b.color.b && a.color.a == b.color.a &&
           a.widthPixels == b.widthPixels && a.dashPixels == b.dashPixels && a.gapPixels == b.gapPixels;
}

} // namespace

void drawStrokes(const core::FrameState& frame, const ShaderProgram& lineProgram) {
    std::vector<std::pair<const core::Stroke*, std::vector<core::Polyline>>> groups;
    for (const core::Stroke& stroke : frame.strokes) {
        auto group = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return sameStyle(*g.first, stroke); });
        if (group == groups.end()) group = groups.insert(groups.end(), {&stroke, {}});
        group->second.push_back(stroke.line);
    }
    for (const auto& [s, lines] : groups)
        LineLayer::drawOnce(frame, lines, {s->color, s->widthPixels, s->dashPixels, s->gapPixels}, lineProgram);
}

} // namespace atlas::render
