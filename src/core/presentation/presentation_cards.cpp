// core/presentation/presentation_cards.cpp: cards are panels with white type, sized in layout pixels that
// grow with the window's height; text fades with its card.
#include "core/presentation/presentation_cards.hpp"

#include <algorithm>

#include "core/presentation/pane_grid.hpp"
#include "core/time/time_format.hpp"

namespace atlas::core {

namespace {

constexpr double kLineSpacing = 1.32;
constexpr double kCaptionWidthShare = 0.42; // of the window, for a chapter with one view

Color fadedBy(Color c, double opacity) { return c.withAlpha(c.a * float(opacity)); }

Precision precisionFor(const Chapter& chapter) {
    auto span = chapter.end - chapter.begin;
    if (span >= std::chrono::days(2 * 365)) return Precision::Year;
    if (span >= std::chrono::days(60)) return Precision::Month;
    return Precision::Day;
}

} // namespace

std::string chapterDates(const Chapter& chapter) {
    TimeZone zone = TimeZone::find(chapter.timeZone).value_or(TimeZone::utc());
    Precision precision = precisionFor(chapter);
    std::string from = formatTime(spanAt(chapter.begin, precision, zone), zone);
    std::string to = formatTime(spanAt(chapter.end, precision, zone), zone);
    if (from == to) return from;
    // "1 June 2010", "30 June 2010" -> "1–30 June 2010"
    std::size_t fromDay = from.find(' '), toDay = to.find(' ');
    if (precision == Precision::Day && fromDay != std::string::npos && toDay != std::string::npos &&
        from.substr(fromDay) == to.substr(toDay))
        return from.substr(0, fromDay) + "–" + to;
    return from + " – " + to;
}

PresentationCards::PresentationCards(const TextMeasure& text, const Projection& projection, FrameState& frame)
    : m_frame(frame), m_layout(text, projection, frame, {}) {}

std::vector<PresentationCards::Line> PresentationCards::wrapped(const std::string& text, double width, double size,
                                                                bool bold, Color color) const {
    std::vector<Line> lines;
    for (std::string& line : m_layout.wrap(text, width, size, bold)) lines.push_back({std::move(line), size, bold, color});
    return lines;
}

double PresentationCards::cardHeight(const std::vector<Line>& lines) const {
    double height = 2 * px(m_style.padding) - lines.back().size * (kLineSpacing - 1);
    for (const Line& line : lines) height += line.size * kLineSpacing;
    return height;
}

Box PresentationCards::card(const std::vector<Line>& lines, Vec2 corner, double width, double opacity, TextKind kind) {
    double pad = px(m_style.padding);
    double y = corner.y + pad;
    for (const Line& line : lines) {
        y += line.size;
        Label label = m_layout.makeLabel(line.text, {corner.x + pad, y - line.size * 0.22}, line.size, line.bold,
                                         fadedBy(line.color, opacity));
        label.halo = Color{0, 0, 0, 0};
        label.kind = kind == TextKind::Title ? TextKind::Title : line.kind;
        label.priority = Priority::Furniture;
        label.background = m_style.panel;
        m_frame.labels.push_back(std::move(label));
        y += line.size * (kLineSpacing - 1);
    }
    Box box{corner.x, corner.y, corner.x + width, corner.y + cardHeight(lines)};
    m_frame.panels.push_back({box, fadedBy(m_style.panel, opacity), px(m_style.corner), kind});
    return box;
}

PresentationCards::TitleCard PresentationCards::titleCard(const Chapter& chapter) const {
    const Viewport& v = m_frame.viewport;
    double width = std::min(v.width - 2 * px(m_style.margin), px(1100));
    double textWidth = width - 2 * px(m_style.padding);
    std::vector<Line> lines = wrapped(chapter.title, textWidth, px(m_style.titleSize), true, m_style.text);
    for (Line& line : wrapped(chapterDates(chapter), textWidth, px(m_style.subtitleSize), false, m_style.textMinor))
        lines.push_back(std::move(line));
    // Narrowed to its longest line, centred, a little above the middle, clear of the caption.
    double widest = 0;
    for (const Line& line : lines) widest = std::max(widest, m_layout.width(line.text, line.size, line.bold));
    width = widest + 2 * px(m_style.padding);
    double top = v.height * 0.3;
    // The caption placed, else where it would stand.
    double captionTop = m_caption ? m_caption->minY
                                  : v.height - progressHeight() - captionHeight(chapter, captionArea().width() - 2 * px(m_style.margin));
    double height = cardHeight(lines), left = (v.width - width) / 2;
    if (frameShape(v) != FrameShape::Wide) // the caption spans the frame: the title stands above it
        top = std::max(px(m_style.margin), std::min(top, captionTop - px(m_style.margin) - height));
    // Below any pane's header it would cover, while it stays above the caption.
    for (const Box& header : m_keepClear) {
        Box at{left, top, left + width, top + height};
        bool covers = at.minX < header.maxX && header.minX < at.maxX && at.minY < header.maxY && header.minY < at.maxY;
        if (covers && header.maxY + px(m_style.margin) + height <= captionTop) top = header.maxY + px(m_style.margin);
    }
    return {std::move(lines), {left, top}, width};
}

Box PresentationCards::titleBox(const Chapter& chapter) const {
    TitleCard t = titleCard(chapter);
    return {t.corner.x, t.corner.y, t.corner.x + t.width, t.corner.y + cardHeight(t.lines)};
}

void PresentationCards::title(const Chapter& chapter, double opacity) {
    if (opacity <= 0) return;
    TitleCard t = titleCard(chapter);
    card(t.lines, t.corner, t.width, opacity, TextKind::Title);
}

Box PresentationCards::captionArea() const {
    const Viewport& v = m_frame.viewport;
    if (frameShape(v) != FrameShape::Wide) return {0, 0, double(v.width), double(v.height)};
    double width = std::max(px(560), v.width * kCaptionWidthShare);
    return {0, 0, width + 2 * px(m_style.margin), double(v.height)};
}

std::vector<PresentationCards::Line> PresentationCards::captionLines(const Chapter& chapter, double width) const {
    double textWidth = width - 2 * px(m_style.padding);
    std::vector<Line> lines = wrapped(chapter.title, textWidth, px(m_style.headingSize), true, m_style.text);
    for (const std::string& paragraph : chapter.caption)
        for (Line& line : wrapped(paragraph, textWidth, px(m_style.captionSize), false, m_style.text))
            lines.push_back(std::move(line));
    std::string sources;
    for (const std::string& name : chapter.sources) sources += (sources.empty() ? "Sources: " : "; ") + name;
    sources += (sources.empty() ? "" : " · ") + std::string("Borders: Natural Earth");
    for (Line& line : wrapped(sources, textWidth, px(m_style.sourcesSize), false, m_style.textMinor)) {
        line.kind = TextKind::Sources;
        lines.push_back(std::move(line));
    }
    return lines;
}

double PresentationCards::captionHeight(const Chapter& chapter, double width) const {
    return cardHeight(captionLines(chapter, width));
}

void PresentationCards::caption(const Chapter& chapter, const Box& area, double opacity) {
    double margin = px(m_style.margin);
    double width = area.width() - 2 * margin;
    std::vector<Line> lines = captionLines(chapter, width);
    double foot = area.maxY >= m_frame.viewport.height ? area.maxY - progressHeight() : area.maxY - margin;
    // Kept clear even while it is not shown yet, so labels never jump.
    m_caption = card(lines, {area.minX + margin, foot - cardHeight(lines)}, width, opacity, TextKind::Caption);
    m_keepClear.push_back(*m_caption);
}

double PresentationCards::paneHeaderTop() const {
    const MapStyle& s = m_frame.style;
    return px(14) + px(s.dateLabelSize) * 1.3;
}

Box PresentationCards::paneHeader(const ChapterPane& pane, const Box& cell) {
    double margin = px(14);
    double width = cell.width() - 2 * margin;
    double textWidth = width - 2 * px(m_style.padding);
    std::vector<Line> lines = wrapped(pane.title, textWidth, px(m_style.paneTitleSize), true, m_style.text);
    for (Line& line : wrapped(pane.caption, textWidth, px(m_style.paneTextSize), false, m_style.text))
        lines.push_back(std::move(line));
    m_keepClear.push_back(card(lines, {cell.minX + margin, cell.minY + paneHeaderTop()}, width, 1, TextKind::Caption));
    return m_keepClear.back();
}

void PresentationCards::separator(const Box& gap) { m_frame.panels.push_back({gap, m_style.progress, 0, TextKind::Rule}); }

void PresentationCards::progress(int chapter, int count, const Box& area) {
    double radius = px(7), step = px(26);
    double x = area.center().x - step * (count - 1) / 2.0, y = area.maxY - px(22);
    for (int i = 0; i < count; ++i) {
        Color fill = i == chapter ? m_style.progress : i < chapter ? m_style.progressDone : Color::hex(0xFFFFFF);
        m_frame.markers.push_back({{x + step * i, y}, i == chapter ? radius * 1.3 : radius, fill, m_style.progress});
    }
    m_keepClear.push_back({x - step, y - step, x + step * count, y + step});
}

} // namespace atlas::core
