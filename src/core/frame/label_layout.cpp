// core/frame/label_layout.cpp: base map labels by priority (members' capitals, member states, other
// states by size, other capitals).
#include "core/frame/label_layout.hpp"

#include <algorithm>
#include <sstream>

#include "core/frame/scale_bar.hpp"

namespace atlas::core {

namespace {

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

} // namespace

LabelLayout::LabelLayout(const TextMeasure& text, const Projection& projection, FrameState& frame)
    : m_text(text), m_projection(projection), m_frame(frame), m_boxes(screenBox(frame.viewport)) {}

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
    Label label{text, baseline, size, bold, color, m_frame.style.labelHalo, {}};
    label.box.extend(Vec2{baseline.x - pad, baseline.y - size * 0.78 - pad});
    label.box.extend(Vec2{baseline.x + w + pad, baseline.y + size * 0.24 + pad});
    return label;
}

bool LabelLayout::place(Label label, const std::vector<Box>& extra) {
    std::vector<Box> boxes = extra;
    boxes.push_back(label.box);
    if (!m_boxes.tryPlace(boxes)) return false;
    m_frame.labels.push_back(std::move(label));
    return true;
}

void LabelLayout::scaleBar() {
    const MapStyle& s = m_frame.style;
    double margin = px(16);
    m_frame.scaleBar = makeScaleBar(groundMetresPerPixel(m_frame.camera, m_projection), px(140),
                                    {margin, m_frame.viewport.height - margin});
    Vec2 origin = m_frame.scaleBar.origin;
    Label label = makeLabel(m_frame.scaleBar.text, {origin.x, origin.y - px(7)}, px(s.scaleBarLabelSize), false, s.labelText);
    Box bar = label.box;
    bar.extend(Vec2{origin.x + m_frame.scaleBar.lengthPixels + px(2), origin.y + px(2)});
    m_boxes.tryPlace(bar);
    m_frame.labels.push_back(std::move(label));
}

void LabelLayout::countryLabel(const Country& country, Vec2 screen, bool member) {
    const MapStyle& s = m_frame.style;
    double size = px(member ? s.memberLabelSize : s.countryLabelSize);
    std::string text = member ? upperAscii(country.name) : country.name;
    double w = m_text.width(text, size, member);
    Box shapeOnScreen;
    shapeOnScreen.extend(m_frame.camera.worldToScreen({country.shape.bounds.minX, country.shape.bounds.minY}, m_frame.viewport));
    shapeOnScreen.extend(m_frame.camera.worldToScreen({country.shape.bounds.maxX, country.shape.bounds.maxY}, m_frame.viewport));
    if (!member && shapeOnScreen.width() < w * 0.8) return;
    // A member's label may move off its point, up or down, rather than disappear.
    const double shifts[] = {0, -1.1, 1.1, -2.2, 2.2};
    for (double shift : shifts) {
        if (!member && shift != 0) break;
        Vec2 baseline{screen.x - w / 2, screen.y + size * 0.3 + shift * size};
        if (place(makeLabel(text, baseline, size, member, member ? s.labelText : s.labelTextMinor))) return;
    }
}

void LabelLayout::capital(const Place& p, Vec2 screen, bool major) {
    const MapStyle& s = m_frame.style;
    double size = px(s.capitalLabelSize);
    double radius = px(s.capitalRadius);
    Box dot;
    dot.extend(Vec2{screen.x - radius - 1, screen.y - radius - 1});
    dot.extend(Vec2{screen.x + radius + 1, screen.y + radius + 1});
    double w = m_text.width(p.name, size, false);
    double gap = radius + px(3);
    const Vec2 offsets[] = {{gap, size * 0.35},
                            {-gap - w, size * 0.35},
                            {-w / 2, -gap - size * 0.24 - px(2)},
                            {-w / 2, gap + size * 0.75}};
    for (Vec2 offset : offsets) {
        if (place(makeLabel(p.name, screen + offset, size, false, major ? s.labelText : s.labelTextMinor), {dot})) {
            m_frame.markers.push_back({screen, radius, s.capitalFill, s.capitalOutline});
            return;
        }
    }
}

void LabelLayout::mapLabels(const MapData& data, const std::function<bool(std::string_view)>& member) {
    const Camera& camera = m_frame.camera;
    const Viewport& viewport = m_frame.viewport;
    auto isCapital = [](const Place& p) { return p.kind == "capital"; };
    for (const Place& p : data.places)
        if (isCapital(p) && member(p.isoA3)) capital(p, camera.worldToScreen(p.position, viewport), true);
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
        if (isCapital(p) && !member(p.isoA3)) capital(p, camera.worldToScreen(p.position, viewport), false);
}

} // namespace atlas::core
