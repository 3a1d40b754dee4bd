// core/presentation/evaluate_presentation.cpp: cards first, so the map's labels keep clear of them; a chapter
// of panes splits the frame into cells (by its shape) once its flight has landed.
#include "core/presentation/evaluate_presentation.hpp"

#include <algorithm>

#include "core/presentation/pane_grid.hpp"
#include "core/presentation/presentation_cards.hpp"
#include "core/frame/map_styles.hpp"

namespace atlas::core {

namespace {

constexpr double kGapPixels = 6;   // layout pixels between panes
constexpr double kPaneMargin = 20; // layout pixels around a pane's view, inside its free area
constexpr double kLabelFade = 0.15; // of a flight: the map's labels fade out at its start and back in at its end

// Labels placed for a moving camera would jump from frame to frame: they are hidden in flight.
double labelOpacityInFlight(double flight) {
    if (flight >= 1) return 1;
    return std::clamp(1 - flight / kLabelFade, 0.0, 1.0) + std::clamp((flight - (1 - kLabelFade)) / kLabelFade, 0.0, 1.0);
}

// The boxes that meet a cell, moved into its own pixels.
std::vector<Box> localBoxes(const std::vector<Box>& boxes, const Box& cell) {
    std::vector<Box> local;
    for (const Box& b : boxes) {
        Box clipped{std::max(b.minX, cell.minX), std::max(b.minY, cell.minY), std::min(b.maxX, cell.maxX),
                    std::min(b.maxY, cell.maxY)};
        if (clipped.minX < clipped.maxX && clipped.minY < clipped.maxY)
            local.push_back({clipped.minX - cell.minX, clipped.minY - cell.minY, clipped.maxX - cell.minX, clipped.maxY - cell.minY});
    }
    return local;
}

// The part of a cell under its header and above whatever card covers its foot, in its own pixels.
Box freeInCell(const Box& cell, const Box& header, const std::vector<Box>& cards) {
    Box area{0, header.maxY - cell.minY, cell.width(), cell.height()};
    for (const Box& card : cards)
        if (card.minY > header.maxY && card.minX < cell.maxX && card.maxX > cell.minX && card.minY < cell.maxY)
            area.maxY = std::min(area.maxY, card.minY - cell.minY);
    area.maxY = std::max(area.maxY, area.minY + 1); // a card over all of it: the view still has a place
    return area;
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
    double gap = builder.px(kGapPixels);
    PaneGrid grid = panes ? paneGrid(int(chapter.panes.size()), full, gap, builder.progressHeight(),
                                     [&](double width) { return builder.captionHeight(chapter, width); }, builder.margin())
                          : PaneGrid{{}, {}, builder.captionArea()};
    builder.progress(position.chapter, plan.count(),
                     grid.captionInCell ? grid.captionArea : Box{0, 0, double(full.width), double(full.height)});
    builder.caption(chapter, grid.captionArea, moment.caption);
    // While the title card shows, no map label is drawn under it: it is not seen through the card.
    auto keepClear = [&] {
        std::vector<Box> boxes = builder.keepClear();
        if (moment.title > 0) boxes.push_back(builder.titleBox(chapter));
        return boxes;
    };

    std::vector<FrameState> frames;
    if (grid.captionInCell) { // drawn first: the cell has no map under its caption
        FrameState paper = baseFrame(Camera{}, full, map.style);
        paper.map = false;
        paper.panels.push_back({grid.captionArea, builder.style().paper, 0, TextKind::Rule});
        frames.push_back(std::move(paper));
    }
    if (!panes) {
        map.reserved = keepClear();
        frames.push_back(evaluate(data, story, moment.time, plan.cameraAt(position), full, map));
    } else {
        for (const Box& rule : grid.gaps) builder.separator(rule);
        std::vector<Box> headers;
        for (std::size_t i = 0; i < grid.cells.size(); ++i) headers.push_back(builder.paneHeader(chapter.panes[i], grid.cells[i]));
        for (std::size_t i = 0; i < grid.cells.size(); ++i) {
            const Box& cell = grid.cells[i];
            const ChapterPane& pane = chapter.panes[i];
            Viewport viewport = cellViewport(full, cell);
            Box area = freeInCell(cell, headers[i], builder.keepClear());
            map.reserved = localBoxes(keepClear(), cell);
            map.layers.legend = false;
            map.answerPriority = Priority::Context; // the pane's header states the answer
            Camera camera = Camera::fitInto(projectedBox(pane.view, context.projection), viewport, area, kPaneMargin);
            frames.push_back(evaluate(data, story, pane.time, camera, viewport, map));
        }
    }
    builder.title(chapter, moment.title);
    frames.push_back(std::move(cards));
    return frames;
}

} // namespace atlas::core
