// core/frame/story_scene.cpp: requests grow in with a dashed arrow towards whoever was asked, which
// takes the answer's colour and symbol when it comes; contingents travel along their arcs and
// back; sites show an icon while guarded; affected regions are tinted.
#include "core/frame/story_scene.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include "core/geo/great_circle.hpp"

namespace atlas::core {

using namespace std::chrono;

namespace {

const char* const kMembers = "Member states";
const char* const kFormer = "Former members";
const char* const kRequests = "Requests for help";
const char* const kDeployments = "Contingents deployed";
const char* const kWithdrawn = "Contingents withdrawn";
const char* const kSites = "Sites guarded";
const char* const kRegions = "Regions affected";

std::string_view siteSymbol(SiteKind kind) {
    switch (kind) {
    case SiteKind::Airport: return "✈";
    case SiteKind::Cosmodrome: return "▲";
    case SiteKind::PowerPlant: return "⚡";
    case SiteKind::Government: return "■";
    case SiteKind::Military: return "★";
    case SiteKind::Infrastructure: return "⚙";
    }
    return "";
}

Color outcomeColor(Outcome outcome, const MapStyle& s) {
    return outcome == Outcome::Refused ? s.refused : outcome == Outcome::Rebuffed ? s.rebuffed : s.granted;
}

std::string outcomeLegend(Outcome outcome) {
    std::string name(nameOf(outcome));
    name[0] = char(name[0] - 'a' + 'A');
    return std::string(outcomeSymbol(outcome)) + " " + name;
}

// Opacity in steps of 1/64: nothing shows the difference, and strokes of equal look share a draw.
Color faded(Color c, double opacity) { return c.withAlpha(c.a * float(std::round(opacity * 64) / 64)); }

Color formerFill(std::string_view iso, const MapStyle& s) { return mix(stateFill(iso, s), s.land, s.formerMemberMix); }

} // namespace

std::string_view outcomeSymbol(Outcome outcome) {
    return outcome == Outcome::Refused ? "✕" : outcome == Outcome::Rebuffed ? "—" : "✓";
}

StoryScene::StoryScene(const StoryIndex& index, const MapData& data, sys_seconds time, const StoryLayers& layers,
                       FrameState& frame)
    : m_index(index), m_data(data), m_time(time), m_layers(layers), m_frame(frame) {}

void StoryScene::build() {
    memberFills();
    StoryIndex::Visible visible = m_index.at(m_time);
    if (m_layers.regions)
        for (const IndexedRegion* item : visible.regions) region(*item);
    if (m_layers.requests)
        for (const IndexedRequest* item : visible.requests) request(*item);
    if (m_layers.deployments)
        for (const IndexedRoute* item : visible.routes) route(*item);
    if (m_layers.sites)
        for (const IndexedSite* item : visible.sites) site(*item);
}

void StoryScene::memberFills() {
    const MapStyle& s = m_frame.style;
    m_frame.countryFills.reserve(m_data.countries.size());
    for (const Country& country : m_data.countries) {
        auto standing = m_index.membership().at(country.isoA3, m_time);
        if (!standing || !m_layers.members) {
            m_frame.countryFills.push_back(s.land);
            continue;
        }
        Color member = stateFill(country.isoA3, s), former = formerFill(country.isoA3, s);
        bool isMember = standing->standing == Standing::Member;
        Color before = !standing->previous ? s.land : *standing->previous == Standing::Member ? member : former;
        m_frame.countryFills.push_back(mix(before, isMember ? member : former, float(standing->settled)));
        ++m_counts[isMember ? kMembers : kFormer];
        if (isMember) m_membersNow.insert(country.isoA3);
        if (standing->change)
            for (const std::string& source : standing->change->sources) m_sources.insert(source);
    }
}

void StoryScene::cite(const std::vector<Citation>& citations) {
    for (const Citation& c : citations) m_sources.insert(c.source);
}

void StoryScene::timed(const FuzzyTime& time, const std::string& place) {
    if (m_mostPrecise && time.precision <= m_mostPrecise->precision) return;
    m_mostPrecise = &time;
    m_mostPrecisePlace = place;
}

void StoryScene::arrowHead(const Polyline& line, Color color, double width) {
    if (line.size() < 2) return;
    Vec2 tip = line.back(), before = line[line.size() - 2];
    double span = length(tip - before);
    if (span <= 0) return;
    Vec2 back = (before - tip) * (px(10) * m_frame.camera.metresPerPixel() / span);
    Vec2 side{-back.y * 0.5, back.x * 0.5};
    m_frame.strokes.push_back({{tip + back + side, tip, tip + back - side}, color, width});
}

void StoryScene::request(const IndexedRequest& item) {
    const MapStyle& s = m_frame.style;
    auto phase = phaseAt(item.envelope, m_time);
    if (!phase) return;
    bool answered = item.answer && m_time >= item.answer->start.begin;
    std::string stage = answered ? std::string(nameOf(*item.answer->outcome)) : "asked";
    m_frame.scene.push_back({item.request->id, SceneKind::Request, phase->phase, phase->opacity, stage});
    ++m_counts[kRequests];
    cite(item.request->sources);
    timed(item.request->start, item.request->place);
    Color color = answered ? outcomeColor(*item.answer->outcome, s) : s.request;
    if (answered) {
        ++m_counts[outcomeLegend(*item.answer->outcome)];
        cite(item.answer->sources);
        timed(item.answer->start, item.answer->place);
    }
    if (item.arc.size() >= 2) {
        double grown = phase->phase == Phase::FadeIn ? phase->opacity : 1;
        Polyline arrow = partOf(item.arc, grown);
        m_frame.strokes.push_back({arrow, faded(color, phase->opacity), 2, answered ? 0.0 : 6.0, answered ? 0.0 : 4.0});
        if (grown >= 1) arrowHead(arrow, faded(color, phase->opacity), 2);
    }
    double radius = px(s.requestRadius) * (phase->phase == Phase::FadeIn ? 0.3 + 0.7 * phase->opacity : 1);
    m_frame.markers.push_back({screen(item.at), radius, faded(s.request, phase->opacity), faded(s.siteFill, phase->opacity)});
    if (phase->phase == Phase::Trace) return;
    double size = px(s.eventLabelSize);
    std::string symbol = answered ? std::string(outcomeSymbol(*item.answer->outcome)) + " " : "";
    m_labels.push_back({symbol + item.request->title, screen(item.at), px(s.requestRadius + 3), size, true, faded(color, phase->opacity)});
    if (answered) {
        Color answerColor = faded(color, phase->opacity);
        m_frame.markers.push_back({screen(item.answerAt), px(s.requestRadius * 0.7), answerColor, faded(s.siteFill, phase->opacity)});
        m_labels.push_back({std::string(outcomeSymbol(*item.answer->outcome)) + " " + item.answer->title, screen(item.answerAt),
                            px(s.requestRadius + 3), size, true, answerColor});
    }
}

void StoryScene::route(const IndexedRoute& item) {
    const MapStyle& s = m_frame.style;
    const Route& r = *item.route;
    auto phase = phaseAt(item.envelope, m_time);
    if (!phase) return;
    double travelled = progressBetween(r.depart.begin, r.arrive.end, m_time);
    bool withdrawing = r.withdraw && m_time >= r.withdraw->begin;
    double returned = r.withdraw ? progressBetween(r.withdraw->begin, r.withdraw->end, m_time) : 0;
    std::string stage = withdrawing ? (returned >= 1 ? "withdrawn" : "withdrawing") : travelled < 1 ? "travelling" : "arrived";
    m_frame.scene.push_back({r.id, SceneKind::Deployment, phase->phase, phase->opacity, stage});
    ++m_counts[stage == "withdrawn" ? kWithdrawn : kDeployments];
    cite(r.sources);
    timed(r.depart, r.destination);
    double width = item.troops ? std::clamp(2 + 1.5 * std::log10(std::max<double>(double(*item.troops), 10) / 10), 2.0, 6.0) : 2.5;
    Color color = faded(s.deployment, phase->opacity);
    if (stage == "withdrawn" || withdrawing) m_frame.strokes.push_back({item.arc, faded(s.deployment, kTraceOpacity), 1.5, 5, 4});
    if (stage == "withdrawn") return;
    double reach = withdrawing ? 1 - returned : travelled;
    Polyline shown = partOf(item.arc, reach);
    m_frame.strokes.push_back({shown, color, width});
    if (stage == "arrived") arrowHead(shown, color, width);
    else m_frame.markers.push_back({screen(shown.back()), px(width + 1.5), color, faded(s.siteFill, phase->opacity)});
    if (!m_labelledDeployments.insert(r.deployment).second) return;
    const Country* state = m_data.findCountry(r.state);
    std::string text = state ? state->name : r.state;
    auto troops = std::find_if(r.numbers.begin(), r.numbers.end(), [](const Quantity& q) { return q.what == "troops"; });
    if (troops != r.numbers.end()) text += ": " + troops->given;
    m_labels.push_back({text, screen(item.arc[item.arc.size() / 2]), px(4), px(s.eventLabelSize), false, color});
}

void StoryScene::site(const IndexedSite& item) {
    const MapStyle& s = m_frame.style;
    auto phase = phaseAt(item.envelope, m_time);
    if (!phase) return;
    m_frame.scene.push_back({item.site->id, SceneKind::Site, phase->phase, phase->opacity, "guarded"});
    ++m_counts[kSites];
    cite(item.site->sources);
    timed(item.site->guardedFrom, item.site->place);
    double radius = px(s.siteRadius);
    Vec2 at = screen(item.at) + Vec2{item.slot * radius * 2.3, 0};
    m_frame.markers.push_back({at, radius, faded(s.siteFill, phase->opacity), faded(s.siteInk, phase->opacity)});
    std::string symbol(siteSymbol(item.site->kind));
    m_glyphs.push_back({symbol, at, radius * 1.25, false, faded(s.siteInk, phase->opacity), Color{}.withAlpha(0), {}});
    m_labels.push_back({item.site->name, at, radius + px(3), px(s.eventLabelSize), false, faded(s.siteInk, phase->opacity)});
}

void StoryScene::region(const IndexedRegion& item) {
    const MapStyle& s = m_frame.style;
    auto phase = phaseAt(item.envelope, m_time);
    if (!phase) return;
    const Region& region = m_data.regions[item.region];
    m_frame.scene.push_back({item.event->id, SceneKind::Region, phase->phase, phase->opacity, "affected: " + region.name});
    if (m_frame.regionFills.empty()) m_frame.regionFills.assign(m_data.regions.size(), s.affectedRegion.withAlpha(0));
    Color& fill = m_frame.regionFills[item.region];
    if (fill.a == 0) { // the first event to affect it draws its outline
        ++m_counts[kRegions];
        for (const Polyline& line : *item.outline) m_frame.strokes.push_back({line, faded(s.affectedRegion, phase->opacity), 1.5});
    }
    fill.a = std::max(fill.a, s.affectedRegionAlpha * float(phase->opacity));
    cite(item.event->sources);
    timed(item.event->start, item.event->place);
    bool labelled = std::any_of(m_labels.begin(), m_labels.end(), [&](const Pending& p) { return p.text == item.event->title; });
    if (!labelled)
        m_labels.push_back({item.event->title, screen(item.at), px(3), px(s.eventLabelSize), false, faded(s.labelText, phase->opacity)});
}

void StoryScene::placeLabels(LabelLayout& layout) const {
    for (const Label& glyph : m_glyphs) {
        double w = layout.width(glyph.text, glyph.sizePixels, false);
        Label centred = layout.makeLabel(glyph.text, glyph.baseline + Vec2{-w / 2, glyph.sizePixels * 0.38}, glyph.sizePixels,
                                         false, glyph.color);
        centred.halo = glyph.halo;
        layout.reserve(centred.box);
        m_frame.labels.push_back(std::move(centred));
    }
    for (const Pending& p : m_labels) {
        double w = layout.width(p.text, p.size, p.bold);
        const std::array<Vec2, 4> offsets = {Vec2{p.gap, p.size * 0.35}, Vec2{-p.gap - w, p.size * 0.35},
                                             Vec2{-w / 2, -p.gap - p.size * 0.3}, Vec2{-w / 2, p.gap + p.size * 0.8}};
        for (Vec2 offset : offsets) {
            Label label = layout.makeLabel(p.text, p.anchor + offset, p.size, p.bold, p.color);
            label.halo = faded(label.halo, p.color.a);
            if (layout.place(std::move(label))) break;
        }
    }
}

std::vector<LegendRow> StoryScene::legend() const {
    const MapStyle& s = m_frame.style;
    const std::pair<std::string, Color> rows[] = {
        {kMembers, s.memberFills[0].fill},
        {kFormer, formerFill(s.pastMemberFills[0].isoA3, s)},
        {kRequests, s.request},
        {outcomeLegend(Outcome::Refused), s.refused},
        {outcomeLegend(Outcome::Rebuffed), s.rebuffed},
        {outcomeLegend(Outcome::Granted), s.granted},
        {kDeployments, s.deployment},
        {kWithdrawn, faded(s.deployment, kTraceOpacity)},
        {kSites, s.siteInk},
        {kRegions, s.affectedRegion.withAlpha(0.6f)},
    };
    std::vector<LegendRow> legend;
    for (const auto& [name, swatch] : rows)
        if (auto count = m_counts.find(name); count != m_counts.end())
            legend.push_back({swatch, name + ": " + std::to_string(count->second)});
    return legend;
}

std::vector<std::string> StoryScene::publishers() const {
    std::set<std::string> names;
    for (const std::string& id : m_sources) {
        const Source* source = m_index.story().findSource(id);
        names.insert(source && !source->publisher.empty() ? source->publisher : id);
    }
    return {names.begin(), names.end()};
}

} // namespace atlas::core
