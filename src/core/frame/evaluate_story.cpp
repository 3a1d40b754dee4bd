// core/frame/evaluate_story.cpp: the frame at a time: the date top left, the legend top right and the
// sources line bottom right are placed first, then the story's labels, then the base map's.
#include "core/frame/evaluate.hpp"


#include "core/frame/story_scene.hpp"
#include "core/time/time_format.hpp"

namespace atlas::core {

namespace {

// With no story item on screen, the event whose span holds the time (a statement, a decision:
// events the map draws nothing for) gives the zone and precision, so that stepping to one shows
// its date as its place knew it.
std::string dateText(const StoryScene& scene, const StoryIndex& index, std::chrono::sys_seconds time, DateZone zoneChoice) {
    const Story& story = index.story();
    const FuzzyTime* precise = scene.mostPrecise();
    std::string placeId = scene.mostPrecisePlace();
    if (!precise)
        if (const Event* spanning = index.eventSpanning(time)) {
            precise = &spanning->start;
            placeId = spanning->place;
        }
    TimeZone zone = TimeZone::utc();
    const Place* place = story.findPlace(placeId);
    if (zoneChoice == DateZone::EventPlace && precise && place) zone = TimeZone::find(place->timeZone).value_or(TimeZone::utc());
    Precision precision = precise ? precise->precision : Precision::Day;
    return formatTime(spanAt(time, precision, zone), zone);
}

void placeLegend(LabelLayout& layout, const StoryScene& scene, FrameState& frame) {
    const MapStyle& s = frame.style;
    const Viewport& v = frame.viewport;
    double margin = layout.px(14);
    double rowSize = layout.px(s.legendLabelSize), row = rowSize * 1.5, swatch = rowSize * 0.45;
    std::vector<LegendRow> rows = scene.legend();
    double widest = 0;
    for (const LegendRow& r : rows) widest = std::max(widest, layout.width(r.text, rowSize, false));
    double x = v.width - margin - widest;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        double baseline = margin + rowSize + double(i) * row;
        Vec2 dot{x - swatch - layout.px(5), baseline - rowSize * 0.35};
        Box box{dot.x - swatch - 1, dot.y - swatch - 1, dot.x + swatch + 1, dot.y + swatch + 1};
        if (layout.place(layout.makeLabel(rows[i].text, {x, baseline}, rowSize, false, s.labelText), {box}))
            frame.markers.push_back({dot, swatch, rows[i].swatch, s.labelText});
    }
}

void placeSources(LabelLayout& layout, const StoryScene& scene, FrameState& frame) {
    const MapStyle& s = frame.style;
    const Viewport& v = frame.viewport;
    double margin = layout.px(14);
    std::string credits;
    for (const std::string& name : scene.publishers()) credits += (credits.empty() ? "Sources: " : "; ") + name;
    credits += (credits.empty() ? "" : " · ") + std::string("Borders: Natural Earth");
    double size = layout.px(s.sourcesLabelSize);
    double right = v.width - margin, width = v.width - 2 * margin - layout.px(170);
    std::vector<std::string> lines = layout.wrap(credits, width, size, false);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        double baseline = v.height - margin - double(lines.size() - 1 - i) * size * 1.45;
        layout.place(layout.makeLabel(lines[i], {right - layout.width(lines[i], size, false), baseline}, size, false,
                                      s.labelTextMinor));
    }
}

void placeFurniture(LabelLayout& layout, const StoryScene& scene, const std::string& date, const StoryLayers& layers,
                    FrameState& frame) {
    const MapStyle& s = frame.style;
    double margin = layout.px(14);
    double dateSize = layout.px(s.dateLabelSize);
    if (layers.date) layout.place(layout.makeLabel(date, {margin, margin + dateSize * 0.8}, dateSize, true, s.labelText));
    if (layers.legend) placeLegend(layout, scene, frame);
    if (layers.sources) placeSources(layout, scene, frame);
}

} // namespace

FrameState evaluate(const MapData& data, const StoryIndex& story, std::chrono::sys_seconds time, const Camera& camera,
                    const Viewport& viewport, const EvaluateContext& context) {
    FrameState frame = baseFrame(camera, viewport, context.style);
    StoryScene scene(story, data, time, context.layers, frame);
    scene.build();
    LabelLayout layout(context.text, context.projection, frame);
    if (context.layers.scaleBar) layout.scaleBar();
    for (const Box& box : context.reserved) layout.reserve(box);
    placeFurniture(layout, scene, dateText(scene, story, time, context.dateZone), context.layers, frame);
    scene.placeLabels(layout);
    if (context.layers.placeLabels) layout.mapLabels(data, [&](std::string_view iso) { return scene.memberNow(iso); });
    return frame;
}

} // namespace atlas::core
