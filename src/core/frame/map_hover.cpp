// core/frame/map_hover.cpp: markers and arcs are hit within a few pixels of what is drawn; regions and
// states by the point in their outline. Times are written at their precision in UTC.
#include "core/frame/map_hover.hpp"

#include <algorithm>
#include <cmath>

#include "core/frame/story_scene.hpp"
#include "core/time/time_format.hpp"

namespace atlas::core {

namespace {

constexpr double kArcReachPixels = 5;

class Hover {
public:
    Hover(const MapData& data, const StoryIndex& story, std::chrono::sys_seconds time, const FrameState& frame, Vec2 screen)
        : m_data(data), m_story(story.story()), m_time(time), m_frame(frame), m_screen(screen),
          m_world(frame.camera.screenToWorld(screen, frame.viewport)) {}

    double px(double layoutPixels) const { return layoutPixels * m_frame.viewport.pixelScale; }
    double pixelsTo(Vec2 world) const { return length(m_frame.camera.worldToScreen(world, m_frame.viewport) - m_screen); }
    bool nearLine(const Polyline& line) const {
        for (std::size_t i = 1; i < line.size(); ++i) {
            Vec2 a = m_frame.camera.worldToScreen(line[i - 1], m_frame.viewport);
            Vec2 b = m_frame.camera.worldToScreen(line[i], m_frame.viewport);
            Vec2 ab = b - a;
            double t = std::clamp(dot(m_screen - a, ab) / std::max(1e-9, dot(ab, ab)), 0.0, 1.0);
            if (length(a + ab * t - m_screen) <= px(kArcReachPixels)) return true;
        }
        return false;
    }
    bool inside(const MultiPolygon& shape) const { return shapeContains(shape, m_world); }

    std::string when(const FuzzyTime& time) const { return formatTime(time, TimeZone::utc()); }
    std::string sources(const std::vector<Citation>& citations) const {
        std::vector<std::string> names;
        for (const Citation& c : citations)
            if (const Source* s = m_story.findSource(c.source);
                s && std::find(names.begin(), names.end(), s->publisher) == names.end())
                names.push_back(s->publisher);
        std::string text;
        for (const std::string& n : names) text += (text.empty() ? "Sources: " : "; ") + n;
        return text;
    }
    std::string placeName(const std::string& id) const { return m_story.placeNameAt(id, m_time); }
    std::string stateName(const std::string& iso) const {
        for (const Country& c : m_data.countries)
            if (c.isoA3 == iso) return c.name;
        return iso;
    }
    void figures(const std::vector<Quantity>& numbers, std::vector<std::string>& lines) const {
        for (const Quantity& q : numbers) {
            const Source* s = m_story.findSource(q.source);
            lines.push_back(q.what + ": " + q.given + (s ? " (" + s->publisher + ")" : ""));
        }
    }

    const MapData& m_data;
    const Story& m_story;
    std::chrono::sys_seconds m_time;
    const FrameState& m_frame;
    Vec2 m_screen;
    Vec2 m_world;
};

HoverInfo siteInfo(const IndexedSite& item, const Hover& h) {
    const Site& s = *item.site;
    HoverInfo info{s.name, {"Guarded " + h.when(s.guardedFrom) + " – " + h.when(s.guardedTo)}};
    std::string by;
    for (const std::string& iso : s.by) by += (by.empty() ? "By " : ", ") + h.stateName(iso);
    if (!by.empty()) info.lines.push_back(by);
    if (!s.note.empty()) info.lines.push_back(s.note);
    info.lines.push_back(h.sources(s.sources));
    return info;
}

HoverInfo requestInfo(const IndexedRequest& item, const Hover& h) {
    HoverInfo info{item.request->title, {"Asked " + h.when(item.request->start)}};
    if (item.answer && h.m_time >= item.answer->start.begin) {
        std::string outcome(nameOf(*item.answer->outcome));
        info.lines.push_back(std::string(outcomeSymbol(*item.answer->outcome)) + " " + outcome + " " +
                             h.when(item.answer->start) + ": " + item.answer->title);
    }
    std::vector<Citation> cited = item.request->sources;
    if (item.answer) cited.insert(cited.end(), item.answer->sources.begin(), item.answer->sources.end());
    info.lines.push_back(h.sources(cited));
    info.event = item.request->id;
    return info;
}

HoverInfo routeInfo(const IndexedRoute& item, const Hover& h) {
    const Route& r = *item.route;
    HoverInfo info{h.stateName(r.state) + ": " + h.placeName(r.origin) + " to " + h.placeName(r.destination),
                   {"Leaves " + h.when(r.depart) + ", arrives " + h.when(r.arrive)}};
    if (r.withdraw)
        info.lines.push_back("Withdrawal begins " + h.when(*r.withdraw) + (r.withdrawn ? ", complete by " + h.when(*r.withdrawn) : ""));
    h.figures(r.numbers, info.lines);
    info.lines.push_back(h.sources(r.sources));
    info.event = r.deployment;
    return info;
}

HoverInfo regionInfo(const IndexedRegion& item, const Hover& h) {
    const Region& region = h.m_data.regions[item.region];
    return {region.name + ", " + h.stateName(region.isoA3),
            {item.event->title + " (" + h.when(item.event->start) + ")", h.sources(item.event->sources)},
            item.event->id};
}

HoverInfo stateInfo(const Country& country, const StoryIndex& story, const Hover& h) {
    auto standing = story.membership().at(country.isoA3, h.m_time);
    std::string status = !standing                                  ? "Not a member"
                         : standing->standing == Standing::Member ? "A member"
                                                                   : "A former member";
    return {country.name, {status}};
}

} // namespace

std::optional<HoverInfo> hoverAt(const MapData& data, const StoryIndex& story, std::chrono::sys_seconds time,
                                 const FrameState& frame, Vec2 screen) {
    Hover h(data, story, time, frame, screen);
    StoryIndex::Visible visible = story.at(time);
    const MapStyle& s = frame.style;
    for (const IndexedSite* item : visible.sites) {
        Vec2 at = frame.camera.worldToScreen(item->at, frame.viewport) + Vec2{item->slot * h.px(s.siteRadius) * 2.3, 0};
        if (length(at - screen) <= h.px(s.siteRadius)) return siteInfo(*item, h);
    }
    for (const IndexedRequest* item : visible.requests)
        if (h.pixelsTo(item->at) <= h.px(s.requestRadius) + 2) return requestInfo(*item, h);
    for (const IndexedRoute* item : visible.routes)
        if (h.nearLine(item->arc)) return routeInfo(*item, h);
    for (const IndexedRegion* item : visible.regions)
        if (h.inside(data.regions[item->region].shape)) return regionInfo(*item, h);
    for (const Country& country : data.countries)
        if (h.inside(country.shape)) return stateInfo(country, story, h);
    return std::nullopt;
}

} // namespace atlas::core
