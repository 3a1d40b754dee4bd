// core/presentation/evaluate_presentation.cpp: cards first, so the map's labels keep clear of them; a chapter
// of panes splits the width into columns once its flight has landed.
#include "core/presentation/evaluate_presentation.hpp"

#include <algorithm>

#include "core/presentation/presentation_cards.hpp"
#include "core/frame/map_styles.hpp"

namespace atlas::core {

namespace {

constexpr double kGapPixels = 6; // layout pixels between panes
constexpr double kLabelFade = 0.15; // of a flight: the map's labels fade out at its start and back in at its end

// Labels placed for a moving camera would jump from frame to frame: they are hidden in flight.
double labelOpacityInFlight(double flight) {
    if (flight >= 1) return 1;
    return std::clamp(1 - flight / kLabelFade, 0.0, 1.0) + std::clamp((flight - (1 - kLabelFade)) / kLabelFade, 0.0, 1.0);
}

// The boxes that meet the viewport, moved into its own pixels.
std::vector<Box> localBoxes(const std::vector<Box>& boxes, const Box& column) {
    std::vector<Box> local;
    for (const Box& b : boxes) {
        Box clipped{std::max(b.minX, column.minX), std::max(b.minY, column.minY), std::min(b.maxX, column.maxX),
                    std::min(b.maxY, column.maxY)};
        if (clipped.minX < clipped.maxX && clipped.minY < clipped.maxY)
            local.push_back({clipped.minX - column.minX, clipped.minY - column.minY, clipped.maxX - column.minX,
                             clipped.maxY - column.minY});
    }
    return local;
}

// The part of the full viewport a column covers (columns span its height).
Viewport columnViewport(const Viewport& full, const Box& column) {
    Viewport v = full;
    v.left = full.left + int(column.minX);
    v.width = int(column.width());
    return v;
}

} // namespace

std::vector<FrameState> evaluatePresentation(const MapData& data, const StoryIndex& story, const PresentationPlan& plan,
                                             const PresentationPosition& position, const EvaluateContext& context) {
    const Viewport& full = plan.viewport();
    const Chapter& chapter = plan.chapter(position.chapter);
    ChapterMoment moment = plan.timing(position).at(position.seconds);
    bool panes = !chapter.panes.empty() && moment.flight >= 1 && !position.camera;

    EvaluateContext map = context;
    map.style = mapStyle(StyleName::Presentation);
    map.style.sea = map.style.sea.withAlpha(context.style.sea.a); // a transparent export stays so
    map.layers = chapter.layers;
    map.layers.sources = false; // in the caption card
    map.layers.scaleBar = false;
    map.mapLabelOpacity = labelOpacityInFlight(position.camera ? 1 : moment.flight);

    FrameState cards = baseFrame(Camera{}, full, map.style);
    cards.map = false;
    PresentationCards builder(context.text, context.projection, cards);
    builder.progress(position.chapter, plan.count());
    builder.caption(chapter, panes, moment.caption);
    // While the title card shows, no map label is drawn under it: it is not seen through the card.
    auto keepClear = [&] {
        std::vector<Box> boxes = builder.keepClear();
        if (moment.title > 0) boxes.push_back(builder.titleBox(chapter));
        return boxes;
    };

    std::vector<FrameState> frames;
    if (!panes) {
        map.reserved = keepClear();
        frames.push_back(evaluate(data, story, moment.time, plan.cameraAt(position), full, map));
    } else {
        int count = int(chapter.panes.size());
        double gap = builder.px(kGapPixels);
        double width = (full.width - gap * (count - 1)) / count;
        for (int i = 0; i < count; ++i) {
            const ChapterPane& pane = chapter.panes[std::size_t(i)];
            double left = std::round(i * (width + gap));
            Box column{left, 0, std::round(left + width), double(full.height)};
            if (i > 0) builder.separator({column.minX - gap, 0, column.minX, column.maxY});
            builder.paneHeader(pane, column);
            Viewport viewport = columnViewport(full, column);
            Box box = projectedBox(pane.view, context.projection);
            Box fitted = box;
            // The view fits below the pane's header.
            fitted.maxY += box.height() * builder.paneHeaderTop() / viewport.height;
            map.reserved = localBoxes(keepClear(), column);
            map.layers.legend = false;
            frames.push_back(evaluate(data, story, pane.time, Camera::fit(fitted, viewport, 40), viewport, map));
        }
    }
    builder.title(chapter, moment.title);
    frames.push_back(std::move(cards));
    return frames;
}

} // namespace atlas::core
