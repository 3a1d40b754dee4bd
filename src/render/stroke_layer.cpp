// render/stroke_layer.cpp: consecutive strokes of one style share a draw.
#include "render/stroke_layer.hpp"

#include "render/line_layer.hpp"

namespace atlas::render {

namespace {

bool sameStyle(const core::Stroke& a, const core::Stroke& b) {
    return a.color.r == b.color.r && a.color.g == b.color.g && a.color.b == b.color.b && a.color.a == b.color.a &&
           a.widthPixels == b.widthPixels && a.dashPixels == b.dashPixels && a.gapPixels == b.gapPixels;
}

} // namespace

void drawStrokes(const core::FrameState& frame, const ShaderProgram& lineProgram) {
    const std::vector<core::Stroke>& strokes = frame.strokes;
    for (std::size_t first = 0; first < strokes.size();) {
        std::size_t last = first + 1;
        while (last < strokes.size() && sameStyle(strokes[first], strokes[last])) ++last;
        std::vector<core::Polyline> lines;
        for (std::size_t i = first; i < last; ++i) lines.push_back(strokes[i].line);
        const core::Stroke& s = strokes[first];
        LineLayer::drawOnce(frame, lines, {s.color, s.widthPixels, s.dashPixels, s.gapPixels}, lineProgram);
        first = last;
    }
}

} // namespace atlas::render
