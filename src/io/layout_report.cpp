// io/layout_report.cpp: one JSON object per drawn item, in drawing order; colours as #RRGGBB,
// opacity apart.
#include "io/layout_report.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

namespace atlas::io {

namespace {

using nlohmann::json;

std::string hex(const core::Color& c) {
    auto channel = [](float v) { return int(std::lround(std::clamp(v, 0.f, 1.f) * 255)); };
    char text[8];
    std::snprintf(text, sizeof text, "#%02X%02X%02X", channel(c.r), channel(c.g), channel(c.b));
    return text;
}

double rounded(double v) { return std::round(v * 10) / 10; }

json point(core::Vec2 p, core::Vec2 offset) { return json::array({rounded(p.x + offset.x), rounded(p.y + offset.y)}); }

json box(const core::Box& b, core::Vec2 offset) {
    return json::array({rounded(b.minX + offset.x), rounded(b.minY + offset.y), rounded(b.maxX + offset.x), rounded(b.maxY + offset.y)});
}

json label(const core::Label& l, core::Vec2 offset) {
    json item = {{"kind", core::nameOf(l.kind)}, {"text", l.text},   {"box", box(l.box, offset)},
                 {"em_px", rounded(l.sizePixels)}, {"color", hex(l.color)}, {"background", hex(l.background)},
                 {"opacity", std::round(l.color.a * 1000) / 1000}, {"priority", int(l.priority)}};
    if (!l.place.empty()) item["place"] = l.place;
    if (!l.event.empty()) item["event"] = l.event;
    if (!l.leader.empty()) {
        item["leader"] = json::array();
        for (core::Vec2 p : l.leader) item["leader"].push_back(point(p, offset));
    }
    return item;
}

} // namespace

std::string layoutReport(const std::vector<core::FrameState>& frames, std::string_view style, int width, int height) {
    json items = json::array(), dropped = json::array();
    for (const core::FrameState& frame : frames) {
        core::Vec2 offset = core::offsetIn(frame.viewport, frames.back().viewport); // a pane's place in the picture
        for (const core::Stroke& s : frame.strokes) {
            if (s.event.empty()) continue;
            json line = json::array();
            for (core::Vec2 p : s.line) line.push_back(point(frame.camera.worldToScreen(p, frame.viewport), offset));
            items.push_back({{"kind", "arc"}, {"polyline", line}, {"event", s.event}});
        }
        for (const core::Marker& m : frame.markers) {
            core::Box b{m.screen.x - m.radiusPixels, m.screen.y - m.radiusPixels, m.screen.x + m.radiusPixels,
                        m.screen.y + m.radiusPixels};
            json item = {{"kind", "marker"}, {"box", box(b, offset)}, {"color", hex(m.fill)}};
            if (!m.place.empty()) item["place"] = m.place;
            if (!m.event.empty()) item["event"] = m.event;
            items.push_back(item);
        }
        for (const core::Panel& p : frame.panels)
            items.push_back({{"kind", core::nameOf(p.kind)}, {"box", box(p.box, offset)}, {"color", hex(p.fill)},
                             {"opacity", std::round(p.fill.a * 1000) / 1000}, {"card", true}});
        for (const core::Label& l : frame.labels) items.push_back(label(l, offset));
        for (const core::DroppedLabel& d : frame.dropped) {
            json item = {{"text", d.text}, {"reason", d.reason}, {"priority", int(d.priority)}};
            if (!d.place.empty()) item["place"] = d.place;
            dropped.push_back(item);
        }
    }
    json report = {{"size", json::array({width, height})}, {"style", style}, {"items", items}, {"dropped", dropped}};
    return report.dump(1) + "\n";
}

} // namespace atlas::io
