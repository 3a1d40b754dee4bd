// core/frame/evaluate_story.cpp: the frame at a time. The scale bar and the boxes the caller keeps
// clear come first, then the furniture on light cards (headline and date top left, with a warning
// once the time is past the sources' end; the legend and
// the note of unlocated sites top right, the sources line bottom right), then the story's labels,
// then the base map's.
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
    TimeZone zone = zoneChoice == DateZone::EventPlace && precise ? story.placeZone(placeId) : TimeZone::utc();
    Precision precision = precise ? precise->precision : Precision::Day;
    return formatTime(spanAt(time, precision, zone), zone);
}

Label furniture(const LabelLayout& layout, const std::string& text, Vec2 baseline, double size, bool bold, Color color,
                TextKind kind) {
    Label label = layout.makeLabel(text, baseline, size, bold, color);
    label.kind = kind;
    label.priority = Priority::Furniture;
    return label;
}

// Texts on a light card a little larger than box, so no arc or line runs under them.
bool onCard(LabelLayout& layout, FrameState& frame, std::vector<Label> lines, Box box, TextKind kind) {
    double pad = layout.px(4);
    frame.panels.push_back({{box.minX - pad, box.minY - pad, box.maxX + pad, box.maxY + pad}, frame.style.cardFill, pad, kind});
    Box card = frame.panels.back().box;
    if (layout.placeBlock(std::move(lines))) {
        layout.reserve(card);
        return true;
    }
    frame.panels.pop_back();
    return false;
}

// Under the legend, right-aligned: the guarded sites the sources give no place for.
void placeUnlocatedNote(LabelLayout& layout, const StoryScene& scene, FrameState& frame) {
    std::optional<UnlocatedNote> note = scene.unlocated();
    if (!note) return;
    const MapStyle& s = frame.style;
    double size = layout.px(s.legendLabelSize), margin = layout.px(14), gap = layout.px(10);
    double top = margin;
    for (const Panel& panel : frame.panels)
        if (panel.kind == TextKind::Legend) top = std::max(top, panel.box.maxY + gap);
    double width = std::min(frame.viewport.width * 0.4, size * 24);
    std::vector<std::pair<std::string, bool>> texts;
    for (std::string& line : layout.wrap("Also guarded (places not named in the sources):", width, size, true)) texts.push_back({line, true});
    for (std::string& line : layout.wrap(note->names, width, size, false)) texts.push_back({line, false});
    double widest = 0;
    for (const auto& [text, bold] : texts) widest = std::max(widest, layout.width(text, size, bold));
    double right = frame.viewport.width - margin - layout.px(4);
    for (double y = top; y + size * 1.3 * double(texts.size()) < frame.viewport.height - margin; y += size) {
        std::vector<Label> lines;
        Box box;
        for (std::size_t i = 0; i < texts.size(); ++i) {
            Label line = layout.makeLabel(texts[i].first, {right - widest, y + layout.px(4) + size * (0.9 + 1.3 * double(i))}, size,
                                          texts[i].second, s.siteInk);
            line.kind = TextKind::Legend;
            line.priority = Priority::Furniture; // on its card with the legend: it does not fade in flight
            line.event = note->event;
            box.extend(line.box);
            lines.push_back(std::move(line));
        }
        if (onCard(layout, frame, std::move(lines), box, TextKind::Legend)) return;
    }
    frame.dropped.push_back({texts.front().first, "", "no room", Priority::Event});
}

// Top right on a card: a row per symbol on the map, each member state's own swatch.
void placeLegend(LabelLayout& layout, const StoryScene& scene, FrameState& frame) {
    const MapStyle& s = frame.style;
    const Viewport& v = frame.viewport;
    std::vector<LegendRow> rows = scene.legend();
    if (rows.empty()) return;
    double margin = layout.px(14), pad = layout.px(8);
    double rowSize = layout.px(s.legendLabelSize), row = rowSize * 1.45;
    double swatchesWidth = 0, widest = 0;
    for (const LegendRow& r : rows) {
        swatchesWidth = std::max(swatchesWidth, layout.width(r.symbol, rowSize, true) * double(r.swatches.size()));
        widest = std::max(widest, layout.width(r.text, rowSize, false));
    }
    swatchesWidth += layout.px(6);
    double right = v.width - margin, left = right - 2 * pad - swatchesWidth - widest;
    Box card{left, margin, right, margin + 2 * pad + row * double(rows.size()) - (row - rowSize) + layout.px(4)};
    std::vector<Label> lines;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        double baseline = margin + pad + rowSize * 0.9 + double(i) * row;
        double step = layout.width(rows[i].symbol, rowSize, true);
        for (std::size_t k = 0; k < rows[i].swatches.size(); ++k) {
            Label swatch = furniture(layout, rows[i].symbol, {left + pad + step * double(k), baseline}, rowSize, true,
                                     rows[i].swatches[k], TextKind::Legend);
            // A thin ring, so a pale state's dot shows on the card; the symbols stand as they are.
            swatch.halo = rows[i].symbol == "●" ? s.labelText.withAlpha(0.6f) : Color{}.withAlpha(0);
            swatch.kind = TextKind::Symbol;
            lines.push_back(std::move(swatch));
        }
        lines.push_back(furniture(layout, rows[i].text, {left + pad + swatchesWidth, baseline}, rowSize, false, s.labelText,
                                  TextKind::Legend));
    }
    frame.panels.push_back({card, s.cardFill, layout.px(4), TextKind::Legend});
    std::vector<Label> texts, swatches;
    for (Label& line : lines) (line.kind == TextKind::Symbol ? swatches : texts).push_back(std::move(line));
    if (!layout.placeBlock(std::move(texts))) {
        frame.panels.pop_back();
        frame.dropped.push_back({"legend", "", "no room", Priority::Furniture});
        return;
    }
    for (Label& swatch : swatches) { // a swatch shows a colour: it need not read as text
        swatch.background = s.cardFill;
        frame.labels.push_back(std::move(swatch));
    }
    layout.reserve(card);
}

void placeSources(LabelLayout& layout, const StoryScene& scene, FrameState& frame) {
    const MapStyle& s = frame.style;
    const Viewport& v = frame.viewport;
    double margin = layout.px(14);
    std::string credits;
    for (const std::string& name : scene.publishers()) credits += (credits.empty() ? "Sources: " : "; ") + name;
    credits += (credits.empty() ? "" : " · ") + std::string("Borders: Natural Earth");
    double size = layout.px(s.sourcesLabelSize);
    double right = v.width - margin, width = v.width - 2 * margin - layout.px(220);
    std::vector<Label> lines;
    Box card;
    for (const std::string& text : layout.wrap(credits, width, size, false)) lines.push_back({.text = text});
    for (std::size_t i = 0; i < lines.size(); ++i) {
        double baseline = v.height - margin - double(lines.size() - 1 - i) * size * 1.45;
        lines[i] = furniture(layout, lines[i].text, {right - layout.width(lines[i].text, size, false), baseline}, size, false,
                             s.labelTextMinor, TextKind::Sources);
        card.extend(lines[i].box);
    }
    onCard(layout, frame, std::move(lines), card, TextKind::Sources);
}

// After the date the sources run to, what the frame shows is the last they tell: it says so.
std::string beyondSourcesText(const Story& story, std::chrono::sys_seconds time) {
    std::optional<FuzzyTime> end = story.sourcesEnd();
    if (!end || time < end->end) return "";
    return "Sources end " + formatTime(*end, TimeZone::utc()) + "; later changes not shown";
}

void placeFurniture(LabelLayout& layout, const StoryScene& scene, const std::string& date, const std::string& headline,
                    const std::string& beyondSources, const StoryLayers& layers, FrameState& frame) {
    const MapStyle& s = frame.style;
    double margin = layout.px(14);
    double dateSize = layout.px(s.dateLabelSize);
    std::vector<Label> lines;
    Box card;
    double y = margin;
    double headlineSize = layout.px(s.headlineSize);
    for (const std::string& line : layout.wrap(headline, frame.viewport.width * 0.45, headlineSize, true)) {
        y += headlineSize;
        lines.push_back(furniture(layout, line, {margin, y - headlineSize * 0.2}, headlineSize, true, s.labelText, TextKind::Title));
        y += headlineSize * 0.25;
    }
    if (layers.date) // under a headline it is its subtitle
        lines.push_back(furniture(layout, date, {margin, y + dateSize * 0.8}, lines.empty() ? dateSize : dateSize * 0.75,
                                  lines.empty(), lines.empty() ? s.labelText : s.labelTextMinor, TextKind::Date));
    if (!beyondSources.empty()) {
        double size = dateSize * 0.7, top = lines.empty() ? margin : lines.back().box.maxY;
        for (const std::string& line : layout.wrap(beyondSources, frame.viewport.width * 0.6, size, true)) {
            top += size * 1.3;
            lines.push_back(furniture(layout, line, {margin, top}, size, true, s.refused, TextKind::Date));
        }
    }
    for (const Label& line : lines) card.extend(line.box);
    if (!lines.empty()) onCard(layout, frame, std::move(lines), card, TextKind::Date);
    if (layers.legend) placeLegend(layout, scene, frame);
    placeUnlocatedNote(layout, scene, frame);
    if (layers.sources) placeSources(layout, scene, frame);
}

} // namespace

FrameState evaluate(const MapData& data, const StoryIndex& story, std::chrono::sys_seconds time, const Camera& camera,
                    const Viewport& viewport, const EvaluateContext& context) {
    FrameState frame = baseFrame(camera, viewport, context.style);
    StoryScene scene(story, data, time, context.layers, frame, context.reserved, context.answerPriority);
    scene.build();
    LabelLayout layout(context.text, context.projection, frame, mapBackground(data, frame));
    layout.fadeMapLabels(context.mapLabelOpacity);
    if (context.layers.scaleBar) layout.scaleBar();
    for (const Box& box : context.reserved) layout.reserve(box);
    placeFurniture(layout, scene, dateText(scene, story, time, context.dateZone), context.headline,
                   beyondSourcesText(story.story(), time), context.layers, frame);
    scene.placeLabels(layout);
    if (context.layers.placeLabels) layout.mapLabels(data, [&](std::string_view iso) { return scene.memberNow(iso); }, time);
    return frame;
}

} // namespace atlas::core
