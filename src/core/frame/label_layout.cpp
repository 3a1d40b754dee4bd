// core/frame/label_layout.cpp: candidates around an anchor, callouts on rings around it, contrast
// against the worst of five points under a text, and the base map's labels by priority (members'
// capitals, member states, other states by size, other capitals).
#include "core/frame/label_layout.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <sstream>

#include "core/frame/contrast.hpp"
#include "core/frame/scale_bar.hpp"

namespace atlas::core {

namespace {

// The point a request names: its line's middle, its first spot, or its anchor.
Vec2 anchorOf(const LabelRequest& r) {
    return !r.beside.empty() ? r.beside[r.beside.size() / 2] : !r.along.empty() ? r.along.front() : r.anchor;
}

std::string upperAscii(std::string text) {
    for (char& c : text)
        if (c >= 'a' && c <= 'z') c = char(c - 'a' + 'A');
    return text;
}

Box screenBox(const Viewport& viewport) {
    Box screen;
    screen.extend(Vec2{0, 0});
    screen.extend(Vec2{double(viewport.width), double(viewport.height)});
    return screen;
}

Vec2 nearestOnBox(const Box& box, Vec2 p) { return {std::clamp(p.x, box.minX, box.maxX), std::clamp(p.y, box.minY, box.maxY)}; }

constexpr double kLineSpacing = 1.25; // of the type size, between the baselines of a block
constexpr double kWrapEms = 20;       // a label wider than this many ems is set in lines

} // namespace

LabelLayout::LabelLayout(const TextMeasure& text, const Projection& projection, FrameState& frame, BackgroundAt background)
    : m_text(text), m_projection(projection), m_frame(frame), m_background(std::move(background)),
      m_boxes(screenBox(frame.viewport)) {}

std::vector<std::string> LabelLayout::wrap(const std::string& text, double width, double size, bool bold) const {
    std::vector<std::string> lines;
    std::istringstream words(text);
    std::string word, line;
    while (words >> word) {
        std::string longer = line.empty() ? word : line + " " + word;
        if (!line.empty() && m_text.width(longer, size, bold) > width) {
            lines.push_back(line);
            longer = word;
        }
        line = longer;
    }
    if (!line.empty()) lines.push_back(line);
    return lines;
}

Label LabelLayout::makeLabel(const std::string& text, Vec2 baseline, double size, bool bold, Color color) const {
    double w = m_text.width(text, size, bold);
    double pad = px(2);
    Label label{.text = text, .baseline = baseline, .sizePixels = size, .bold = bold, .color = color, .halo = m_frame.style.labelHalo};
    label.box.extend(Vec2{baseline.x - pad, baseline.y - size * 0.78 - pad});
    label.box.extend(Vec2{baseline.x + w + pad, baseline.y + size * 0.24 + pad});
    return label;
}

Color LabelLayout::backgroundAt(Vec2 screen) const {
    Color map = m_background ? m_background(screen) : m_frame.style.land;
    for (auto panel = m_frame.panels.rbegin(); panel != m_frame.panels.rend(); ++panel)
        if (panel->box.contains(screen)) return over(panel->fill, map);
    return map;
}

Color LabelLayout::worstBackground(const Box& box, const Color& text) const {
    const std::array<Vec2, 5> samples = {Vec2{(box.minX + box.maxX) / 2, (box.minY + box.maxY) / 2},
                                         Vec2{box.minX + box.width() * 0.2, box.minY + box.height() * 0.3},
                                         Vec2{box.minX + box.width() * 0.8, box.minY + box.height() * 0.3},
                                         Vec2{box.minX + box.width() * 0.2, box.minY + box.height() * 0.7},
                                         Vec2{box.minX + box.width() * 0.8, box.minY + box.height() * 0.7}};
    Color worst = backgroundAt(samples[0]);
    for (Vec2 p : samples) {
        Color here = backgroundAt(p);
        if (contrastRatio(text.withAlpha(1), here) < contrastRatio(text.withAlpha(1), worst)) worst = here;
    }
    return worst;
}

bool LabelLayout::place(Label label, const std::vector<Box>& extra) {
    std::vector<Label> one;
    one.push_back(std::move(label));
    return placeLines(std::move(one), extra);
}

bool LabelLayout::placeBlock(std::vector<Label> lines) { return placeLines(std::move(lines), {}); }

bool LabelLayout::placeLines(std::vector<Label> lines, const std::vector<Box>& extra) {
    if (lines.empty()) return false;
    std::vector<Box> boxes = extra;
    for (const Label& line : lines) boxes.push_back(line.box);
    if (!m_boxes.fits(boxes)) return false;
    bool faint = false;
    for (Label& line : lines) {
        if (line.priority != Priority::Furniture) line.color.a *= float(m_mapLabelOpacity);
        Color behind = worstBackground(line.box, line.color);
        if (!readableOn(line.color, 1, behind)) return false;
        std::optional<Color> readable = readableOn(line.color, line.color.a, behind);
        faint = faint || !readable;
        line.halo = line.halo.withAlpha(line.halo.a * line.color.a); // a fading label fades as a whole
        line.color = readable.value_or(line.color);
        line.background = behind;
    }
    m_boxes.tryPlace(boxes);
    if (faint) { // keeps its place while it fades in or out, so nothing else jumps when it shows
        m_frame.dropped.push_back({lines.front().text, lines.front().place, "too faint to read", lines.front().priority});
        return true;
    }
    for (Label& line : lines) {
        if (!line.place.empty()) m_labelledPlaces.insert(line.place);
        m_frame.labels.push_back(std::move(line));
    }
    return true;
}

void LabelLayout::keepClear(const Polyline& screenLine, double clearance) { m_boxes.keepClear(screenLine, clearance); }

std::vector<Label> LabelLayout::block(const LabelRequest& r, const std::vector<std::string>& lines, Box box, Align align) const {
    std::vector<Label> labels;
    double pad = px(2), lineHeight = r.size * kLineSpacing;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        double w = m_text.width(lines[i], r.size, r.bold);
        double x = align == Align::Left ? box.minX + pad : align == Align::Right ? box.maxX - pad - w : (box.minX + box.maxX - w) / 2;
        Label label = makeLabel(lines[i], {x, box.minY + pad + r.size * 0.78 + double(i) * lineHeight}, r.size, r.bold,
                                r.color.withAlpha(float(r.opacity)));
        label.priority = r.priority;
        label.place = r.place;
        label.event = r.event;
        labels.push_back(std::move(label));
    }
    return labels;
}

bool LabelLayout::placeNear(const LabelRequest& r) {
    // A place off the frame is not named on it (an arrow that leaves the frame says where it goes).
    Box screen = screenBox(m_frame.viewport);
    bool seen = !r.beside.empty() ? std::any_of(r.beside.begin(), r.beside.end(), [&](Vec2 p) { return screen.contains(p); })
              : !r.along.empty()  ? std::any_of(r.along.begin(), r.along.end(), [&](Vec2 p) { return screen.contains(p); })
                                  : screen.contains(r.anchor);
    if (!seen) {
        drop(r, "off the frame");
        return false;
    }
    // On one line when it is short, else in lines of 14 ems; where those find no room, of 9.
    std::vector<std::vector<std::string>> settings;
    if (m_text.width(r.text, r.size, r.bold) <= kWrapEms * r.size) settings.push_back({r.text});
    for (double ems : {14.0, 9.0}) {
        std::vector<std::string> lines = wrap(r.text, ems * r.size, r.size, r.bold);
        if (settings.empty() || lines.size() > settings.back().size()) settings.push_back(std::move(lines));
    }
    for (const std::vector<std::string>& lines : settings)
        if (placeLinesNear(r, lines)) return true;
    // A callout as near as it can be: a block of lines close by before one line far away.
    if (r.priority <= Priority::Context)
        for (double ring : {2.0, 3.0, 4.5, 6.5, 9.0, 12.0, 16.0, 21.0, 27.0, 34.0})
            for (const std::vector<std::string>& lines : settings)
                if (callout(r, lines, ring)) return true;
    drop(r, "no room");
    return false;
}

Vec2 LabelLayout::blockSize(const LabelRequest& r, const std::vector<std::string>& lines) const {
    double w = 0;
    for (const std::string& line : lines) w = std::max(w, m_text.width(line, r.size, r.bold));
    return {w + px(4), r.size * kLineSpacing * double(lines.size() - 1) + r.size * 1.02 + px(4)};
}

bool LabelLayout::placeLinesNear(const LabelRequest& r, const std::vector<std::string>& lines) {
    Vec2 size = blockSize(r, lines);
    // A box of the block's size with its corner, edge middle or centre at p.
    auto boxAt = [&](Vec2 p, double fx, double fy) {
        return Box{p.x - fx * size.x, p.y - fy * size.y, p.x + (1 - fx) * size.x, p.y + (1 - fy) * size.y};
    };
    auto attempt = [&](Box box, Align align) { return placeLines(block(r, lines, box, align), {}); };
    if (!r.beside.empty()) {
        // Near the line's middle first, on either side, clear of it by the gap.
        std::size_t last = r.beside.size() - 1;
        if (last == 0) return false;
        for (double t : {0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8}) {
            std::size_t i = std::clamp<std::size_t>(std::size_t(std::lround(t * double(last))), 1, last);
            Vec2 p = r.beside[i], along = r.beside[std::min(i + 1, last)] - r.beside[i - 1];
            double span = length(along);
            if (span <= 0) continue;
            Vec2 normal{-along.y / span, along.x / span};
            double reach = r.gap + std::abs(normal.x) * size.x / 2 + std::abs(normal.y) * size.y / 2;
            for (double side : {1.0, -1.0})
                if (attempt(boxAt(p + normal * (side * reach), 0.5, 0.5), Align::Centre)) return true;
        }
        return false;
    }
    if (!r.along.empty()) {
        for (Vec2 p : r.along)
            if (attempt(boxAt(p, 0.5, 0.5), Align::Centre)) return true;
        return false;
    }
    Vec2 a = r.anchor;
    double g = r.gap, d = r.gap * 0.7;
    const std::array<std::pair<Box, Align>, 8> candidates = {{
        {boxAt(a + Vec2{g, 0}, 0, 0.5), Align::Left},       {boxAt(a - Vec2{g, 0}, 1, 0.5), Align::Right},
        {boxAt(a - Vec2{0, g}, 0.5, 1), Align::Centre},     {boxAt(a + Vec2{0, g}, 0.5, 0), Align::Centre},
        {boxAt(a + Vec2{d, -d}, 0, 1), Align::Left},        {boxAt(a + Vec2{-d, -d}, 1, 1), Align::Right},
        {boxAt(a + Vec2{d, d}, 0, 0), Align::Left},         {boxAt(a + Vec2{-d, d}, 1, 0), Align::Right},
    }};
    for (const auto& [box, align] : candidates)
        if (attempt(box, align)) return true;
    return false;
}

bool LabelLayout::callout(const LabelRequest& r, const std::vector<std::string>& lines, double ring) {
    if (r.beside.empty()) return callout(r, lines, ring, anchorOf(r));
    // From the line's middle, then from nearer its ends.
    for (double t : {0.5, 0.25, 0.75, 0.1, 0.9})
        if (callout(r, lines, ring, r.beside[std::size_t(std::lround(t * double(r.beside.size() - 1)))])) return true;
    return false;
}

bool LabelLayout::callout(const LabelRequest& r, const std::vector<std::string>& lines, double ring, Vec2 anchor) {
    Vec2 size = blockSize(r, lines);
    // Sideways before up and down, as a reader's eye moves.
    const double degrees[] = {0,  180, -35, 215, 35, 145, -90, 90,  -60, 240, 60,  120,
                              -15, 195, 15, 165, -75, 255, 75, 105, -45, 225, 45,  135};
    for (double deg : degrees) {
        double rad = deg * std::numbers::pi / 180;
        Vec2 dir{std::cos(rad), std::sin(rad)};
        Vec2 centre = anchor + dir * (r.gap + ring * r.size) + Vec2{dir.x * size.x / 2, dir.y * size.y / 2};
        Box box{centre.x - size.x / 2, centre.y - size.y / 2, centre.x + size.x / 2, centre.y + size.y / 2};
        Vec2 start = anchor + dir * (r.gap + px(2));
        Vec2 end = nearestOnBox(box, anchor);
        if (!m_boxes.fits({box}) || m_boxes.crossesTaken(start, end)) continue;
        std::vector<Label> labels = block(r, lines, box, Align::Centre);
        for (Label& label : labels) label.kind = TextKind::Callout;
        labels.front().leader = {start, end};
        std::size_t drawn = m_frame.labels.size();
        if (!placeLines(std::move(labels), {})) continue;
        if (m_frame.labels.size() == drawn) return true; // too faint to draw yet: its place is kept, no leader
        m_boxes.keepClear({start, end}, px(1));
        const Camera& camera = m_frame.camera;
        m_frame.strokes.push_back({.line = {camera.screenToWorld(start, m_frame.viewport), camera.screenToWorld(end, m_frame.viewport)},
                                   .color = m_frame.labels[drawn].color, .widthPixels = 1.2});
        return true;
    }
    return false;
}

void LabelLayout::drop(const LabelRequest& r, std::string reason) {
    m_frame.dropped.push_back({r.text, r.place, std::move(reason), r.priority, anchorOf(r)});
}

void LabelLayout::scaleBar() {
    const MapStyle& s = m_frame.style;
    double margin = px(16);
    m_frame.scaleBar = makeScaleBar(groundMetresPerPixel(m_frame.camera, m_projection), px(140),
                                    {margin, m_frame.viewport.height - margin});
    Vec2 origin = m_frame.scaleBar.origin;
    Label label = makeLabel(m_frame.scaleBar.text, {origin.x, origin.y - px(7)}, px(s.scaleBarLabelSize), false, s.labelText);
    label.kind = TextKind::Scale;
    label.priority = Priority::Furniture;
    Box bar = label.box;
    bar.extend(Vec2{origin.x + m_frame.scaleBar.lengthPixels + px(2), origin.y + px(2)});
    m_boxes.reserve(bar);
    label.background = worstBackground(label.box, label.color);
    label.color = readableOn(label.color, 1, label.background).value_or(label.color);
    m_frame.labels.push_back(std::move(label));
}

void LabelLayout::countryLabel(const Country& country, Vec2 screen, bool member) {
    const MapStyle& s = m_frame.style;
    std::string text = member ? upperAscii(country.name) : country.name;
    Box shapeOnScreen;
    shapeOnScreen.extend(m_frame.camera.worldToScreen({country.shape.bounds.minX, country.shape.bounds.minY}, m_frame.viewport));
    shapeOnScreen.extend(m_frame.camera.worldToScreen({country.shape.bounds.maxX, country.shape.bounds.maxY}, m_frame.viewport));
    auto tryAt = [&](Vec2 centre, double size, double w) {
        Label label = makeLabel(text, {centre.x - w / 2, centre.y + size * 0.3}, size, member, member ? s.labelText : s.labelTextMinor);
        label.priority = member ? Priority::Member : Priority::Base;
        return place(std::move(label));
    };
    if (!member) {
        double size = px(s.countryLabelSize), w = m_text.width(text, size, false);
        if (shapeOnScreen.width() >= w * 0.8) tryAt(screen, size, w);
        return;
    }
    // A member's label may move off its point, within its state, or shrink, rather than disappear.
    for (double size : {px(s.memberLabelSize), px(s.countryLabelSize)}) {
        double w = m_text.width(text, size, true);
        for (double dy : {0.0, -1.1, 1.1, -2.2, 2.2, -3.3, 3.3, -4.4, 4.4})
            for (double dx : {0.0, -0.35, 0.35, -0.7, 0.7, -1.05, 1.05}) {
                Vec2 centre = screen + Vec2{dx * w, dy * size};
                if (shapeContains(country.shape, m_frame.camera.screenToWorld(centre, m_frame.viewport)) && tryAt(centre, size, w))
                    return;
            }
    }
    if (screenBox(m_frame.viewport).contains(screen)) m_frame.dropped.push_back({text, "", "no room", Priority::Member});
}

void LabelLayout::capital(const Place& p, const std::string& name, Vec2 screen, bool major) {
    const MapStyle& s = m_frame.style;
    double size = px(s.capitalLabelSize);
    double radius = px(s.capitalRadius);
    Box dot;
    dot.extend(Vec2{screen.x - radius - 1, screen.y - radius - 1});
    dot.extend(Vec2{screen.x + radius + 1, screen.y + radius + 1});
    double w = m_text.width(name, size, false);
    double gap = radius + px(3);
    const Vec2 offsets[] = {{gap, size * 0.35},
                            {-gap - w, size * 0.35},
                            {-w / 2, -gap - size * 0.24 - px(2)},
                            {-w / 2, gap + size * 0.75}};
    for (Vec2 offset : offsets) {
        Label label = makeLabel(name, screen + offset, size, false, major ? s.labelText : s.labelTextMinor);
        label.priority = major ? Priority::Member : Priority::Base;
        label.place = p.id;
        if (place(std::move(label), {dot})) {
            m_frame.markers.push_back({screen, radius, s.capitalFill, s.capitalOutline, p.id, ""});
            return;
        }
    }
}

void LabelLayout::mapLabels(const MapData& data, const std::function<bool(std::string_view)>& member,
                            std::optional<std::chrono::sys_seconds> at) {
    const Camera& camera = m_frame.camera;
    const Viewport& viewport = m_frame.viewport;
    auto isCapital = [&](const Place& p) { return p.kind == "capital" && !labelled(p.id); };
    auto nameOf = [&](const Place& p) { return at ? p.nameAt(*at) : p.name; };
    for (const Place& p : data.places)
        if (isCapital(p) && member(p.isoA3)) capital(p, nameOf(p), camera.worldToScreen(p.position, viewport), true);
    std::vector<const Country*> others;
    for (const Country& country : data.countries) {
        if (member(country.isoA3))
            countryLabel(country, camera.worldToScreen(labelPoint(country.shape), viewport), true);
        else
            others.push_back(&country);
    }
    std::stable_sort(others.begin(), others.end(), [](const Country* a, const Country* b) {
        return a->shape.bounds.width() * a->shape.bounds.height() > b->shape.bounds.width() * b->shape.bounds.height();
    });
    Box visible = camera.visibleBox(viewport);
    for (const Country* country : others)
        if (country->shape.bounds.intersects(visible))
            countryLabel(*country, camera.worldToScreen(labelPoint(country->shape), viewport), false);
    for (const Place& p : data.places)
        if (isCapital(p) && !member(p.isoA3)) capital(p, nameOf(p), camera.worldToScreen(p.position, viewport), false);
}

} // namespace atlas::core
