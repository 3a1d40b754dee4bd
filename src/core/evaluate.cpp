// core/evaluate.cpp: composes the base map frame; labels are placed by priority (members'
// capitals, member states, other states by size, other capitals) so none overlap.
#include "core/evaluate.hpp"

#include <algorithm>
#include <cctype>

#include "core/label_placer.hpp"
#include "core/scale_bar.hpp"
#include "core/simplify.hpp"

namespace atlas::core {

namespace {

std::string upperAscii(std::string text) {
    for (char& c : text)
        if (c >= 'a' && c <= 'z') c = char(c - 'a' + 'A');
    return text;
}

struct Placer {
    const EvaluateContext& context;
    const Viewport& viewport;
    LabelPlacer boxes;
    FrameState& frame;

    double px(double layoutPixels) const { return layoutPixels * viewport.pixelScale; }

    Label makeLabel(const std::string& text, Vec2 baseline, double size, bool bold, Color color) const {
        double width = context.text.width(text, size, bold);
        double pad = px(2);
        Label label{text, baseline, size, bold, color, context.style.labelHalo, {}};
        label.box.extend(Vec2{baseline.x - pad, baseline.y - size * 0.78 - pad});
        label.box.extend(Vec2{baseline.x + width + pad, baseline.y + size * 0.24 + pad});
        return label;
    }

    // The scale bar sits bottom left and is placed first, so nothing covers it.
    void scaleBar() {
        double margin = px(16);
        frame.scaleBar = makeScaleBar(groundMetresPerPixel(frame.camera, context.projection), px(140),
                                      {margin, viewport.height - margin});
        double size = px(context.style.scaleBarLabelSize);
        Vec2 origin = frame.scaleBar.origin;
        Label label = makeLabel(frame.scaleBar.text, {origin.x, origin.y - px(7)}, size, false, context.style.labelText);
        Box bar = label.box;
        bar.extend(Vec2{origin.x + frame.scaleBar.lengthPixels + px(2), origin.y + px(2)});
        boxes.tryPlace(bar);
        frame.labels.push_back(std::move(label));
    }

    void countryLabel(const Country& country, Vec2 screen, bool member) {
        const MapStyle& s = context.style;
        double size = px(member ? s.memberLabelSize : s.countryLabelSize);
        std::string text = member ? upperAscii(country.name) : country.name;
        double width = context.text.width(text, size, member);
        Box shapeOnScreen;
        shapeOnScreen.extend(frame.camera.worldToScreen({country.shape.bounds.minX, country.shape.bounds.minY}, viewport));
        shapeOnScreen.extend(frame.camera.worldToScreen({country.shape.bounds.maxX, country.shape.bounds.maxY}, viewport));
        if (!member && shapeOnScreen.width() < width * 0.8) return;
        // A member's label may move off its point, up or down, rather than disappear.
        const double shifts[] = {0, -1.1, 1.1, -2.2, 2.2};
        for (double shift : shifts) {
            if (!member && shift != 0) break;
            Vec2 baseline{screen.x - width / 2, screen.y + size * 0.3 + shift * size};
            Label label = makeLabel(text, baseline, size, member, member ? s.labelText : s.labelTextMinor);
            if (boxes.tryPlace(label.box)) {
                frame.labels.push_back(std::move(label));
                return;
            }
        }
    }

    void capital(const Place& place, Vec2 screen, bool major) {
        const MapStyle& s = context.style;
        double size = px(s.capitalLabelSize);
        double radius = px(s.capitalRadius);
        Box dot;
        dot.extend(Vec2{screen.x - radius - 1, screen.y - radius - 1});
        dot.extend(Vec2{screen.x + radius + 1, screen.y + radius + 1});
        double width = context.text.width(place.name, size, false);
        double gap = radius + px(3);
        const Vec2 offsets[] = {{gap, size * 0.35},
                                {-gap - width, size * 0.35},
                                {-width / 2, -gap - size * 0.24 - px(2)},
                                {-width / 2, gap + size * 0.75}};
        for (Vec2 offset : offsets) {
            Label label = makeLabel(place.name, screen + offset, size, false, major ? s.labelText : s.labelTextMinor);
            if (boxes.tryPlace({dot, label.box})) {
                frame.labels.push_back(std::move(label));
                frame.markers.push_back({screen, radius, s.capitalFill, s.capitalOutline});
                return;
            }
        }
    }
};

} // namespace

FrameState evaluate(const MapData& data, const Camera& camera, const Viewport& viewport, const EvaluateContext& context) {
    FrameState frame;
    frame.camera = camera;
    frame.viewport = viewport;
    frame.style = context.style;
    frame.detailLevel = detailLevelFor(camera.metresPerPixel());
    frame.showOtherRegions = camera.metresPerPixel() < context.style.otherRegionsBelowMetresPerPixel;
    frame.countryFills.reserve(data.countries.size());
    for (const Country& country : data.countries) frame.countryFills.push_back(countryFill(country.isoA3, context.style));

    Box screen;
    screen.extend(Vec2{0, 0});
    screen.extend(Vec2{double(viewport.width), double(viewport.height)});
    Placer placer{context, viewport, LabelPlacer(screen), frame};
    placer.scaleBar();

    // Candidates in priority order: members' capitals, members, other countries by area, other
    // capitals.
    auto isCapital = [](const Place& p) { return p.kind == "capital"; };
    for (const Place& place : data.places)
        if (isCapital(place) && isMember(place.isoA3))
            placer.capital(place, camera.worldToScreen(place.position, viewport), true);
    std::vector<const Country*> others;
    for (const Country& country : data.countries) {
        if (isMember(country.isoA3))
            placer.countryLabel(country, camera.worldToScreen(labelPoint(country.shape), viewport), true);
        else
            others.push_back(&country);
    }
    std::stable_sort(others.begin(), others.end(), [](const Country* a, const Country* b) {
        return a->shape.bounds.width() * a->shape.bounds.height() > b->shape.bounds.width() * b->shape.bounds.height();
    });
    Box visible = camera.visibleBox(viewport);
    for (const Country* country : others)
        if (country->shape.bounds.intersects(visible))
            placer.countryLabel(*country, camera.worldToScreen(labelPoint(country->shape), viewport), false);
    for (const Place& place : data.places)
        if (isCapital(place) && !isMember(place.isoA3))
            placer.capital(place, camera.worldToScreen(place.position, viewport), false);

    return frame;
}

} // namespace atlas::core
