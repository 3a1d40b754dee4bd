// core/frame/story_scene.cpp: requests grow in with a dashed arrow towards whoever was asked, which
// takes the answer's colour and symbol when it comes; contingents travel along their arcs, and on
// withdrawal an arrow runs back home; sites show an icon while guarded, and those the sources do
// not locate are listed, not drawn; affected regions are hatched and outlined. Every place an item
// names is labelled before the items' own texts.
#include "core/frame/story_scene.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "core/geo/great_circle.hpp"
#include "core/geo/hatch.hpp"

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

// A state's own fill by the order it joined in; the land colour for a state never in the organisation.
Color memberFill(const MembershipTimeline& membership, const std::string& iso, const MapStyle& s) {
    std::optional<std::size_t> order = membership.joiningOrder(iso);
    return order ? stateFill(*order, s) : s.land;
}

Color formerFill(const MembershipTimeline& membership, const std::string& iso, const MapStyle& s) {
    return mix(memberFill(membership, iso, s), s.land, s.formerMemberMix);
}

std::string lowerFirst(std::string text) {
    if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z') text[0] = char(text[0] - 'A' + 'a');
    return text;
}

// "↗" and the like: the arrow closest to a screen direction (y down).
std::string_view arrowTowards(Vec2 direction) {
    static const std::string_view kArrows[] = {"→", "↘", "↓", "↙", "←", "↖", "↑", "↗"};
    double turns = std::atan2(direction.y, direction.x) / (2 * std::numbers::pi);
    return kArrows[std::size_t(std::lround(turns * 8 + 8)) % 8];
}

// The line without its last metres (an arrowhead then ends at a marker's edge, not under it).
Polyline shortened(Polyline line, double metres) {
    while (line.size() >= 2) {
        Vec2 tip = line.back(), before = line[line.size() - 2];
        double span = length(tip - before);
        if (span > metres) {
            line.back() = tip + (before - tip) * (metres / span);
            break;
        }
        metres -= span;
        line.pop_back();
    }
    return line;
}

Polyline reversed(Polyline line) {
    std::reverse(line.begin(), line.end());
    return line;
}

} // namespace

std::string_view outcomeSymbol(Outcome outcome) {
    return outcome == Outcome::Refused ? "✕" : outcome == Outcome::Rebuffed ? "—" : "✓";
}

StoryScene::StoryScene(const StoryIndex& index, const MapData& data, sys_seconds time, const StoryLayers& layers,
                       FrameState& frame, std::vector<Box> covered, Priority answerPriority)
    : m_index(index), m_data(data), m_time(time), m_layers(layers), m_frame(frame), m_covered(std::move(covered)),
      m_answerPriority(answerPriority) {}

void StoryScene::build() {
    memberFills();
    StoryIndex::Visible visible = m_index.at(m_time);
    if (m_layers.regions)
        for (const IndexedRegion* item : visible.regions) region(*item);
    if (m_layers.requests)
        for (const IndexedRequest* item : visible.requests) request(*item);
    if (m_layers.sites)
        for (const IndexedSite* item : visible.sites) site(*item);
    if (m_layers.deployments)
        for (const IndexedRoute* item : visible.routes) route(*item);
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
        Color member = memberFill(m_index.membership(), country.isoA3, s),
              former = formerFill(m_index.membership(), country.isoA3, s);
        bool isMember = standing->standing == Standing::Member;
        Color before = !standing->previous ? s.land : *standing->previous == Standing::Member ? member : former;
        m_frame.countryFills.push_back(mix(before, isMember ? member : former, float(standing->settled)));
        m_counted[isMember ? kMembers : kFormer].insert(country.isoA3);
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

void StoryScene::arrowHead(const Polyline& line, Color color, double width, const std::string& event) {
    if (line.size() < 2) return;
    Vec2 tip = line.back(), before = line[line.size() - 2];
    double span = length(tip - before);
    if (span <= 0) return;
    Vec2 back = (before - tip) * (px(9 + width * 1.5) * m_frame.camera.metresPerPixel() / span);
    Vec2 side{-back.y * 0.55, back.x * 0.55};
    m_frame.strokes.push_back({{tip + back + side, tip, tip + back - side}, color, width, 0, 0, event});
}

double StoryScene::markerRadiusAt(Vec2 at) const {
    double radius = 0;
    for (const Marker& m : m_frame.markers)
        if (length(m.screen - at) < 1) radius = std::max(radius, m.radiusPixels);
    return radius;
}

void StoryScene::namePlace(const std::string& placeId, const std::string& event, Priority priority, double markedRadius) {
    const MapStyle& s = m_frame.style;
    const Place* place = m_data.findPlace(placeId);
    if (!place || !m_namedPlaces.insert(placeId).second) return;
    LabelRequest label{.text = place->nameAt(m_time), .anchor = screen(place->position), .size = px(s.eventPlaceLabelSize),
                       .bold = true, .color = s.labelText, .priority = priority, .place = placeId, .event = event};
    if (place->kind == "area") {
        // An area the size of its state is named by the state's own label.
        const Country* state = m_data.findCountry(place->isoA3);
        if (state && label.text.starts_with(state->name)) return;
        label.along = {label.anchor};
    } else {
        if (markedRadius <= 0) {
            markedRadius = px(s.capitalRadius);
            m_frame.markers.push_back({label.anchor, markedRadius, s.capitalFill, s.capitalOutline, placeId, event});
        }
        label.gap = markedRadius + px(5);
    }
    m_labels.push_back(std::move(label));
}

void StoryScene::request(const IndexedRequest& item) {
    const MapStyle& s = m_frame.style;
    auto phase = phaseAt(item.envelope, m_time);
    if (!phase) return;
    const std::string& id = item.request->id;
    bool answered = item.answer && m_time >= item.answer->start.begin;
    std::string stage = answered ? std::string(nameOf(*item.answer->outcome)) : "asked";
    m_frame.scene.push_back({id, SceneKind::Request, phase->phase, phase->opacity, stage});
    m_counted[kRequests].insert(id);
    cite(item.request->sources);
    timed(item.request->start, item.request->place);
    Color color = answered ? outcomeColor(*item.answer->outcome, s) : s.request;
    if (answered) {
        m_counted[outcomeLegend(*item.answer->outcome)].insert(id);
        cite(item.answer->sources);
        timed(item.answer->start, item.answer->place);
    }
    Polyline arrow;
    if (item.arc.size() >= 2) {
        double grown = phase->phase == Phase::FadeIn ? phase->opacity : 1;
        arrow = partOf(item.arc, grown);
        m_frame.strokes.push_back({arrow, faded(color, phase->opacity), 2, answered ? 0.0 : 6.0, answered ? 0.0 : 4.0, id});
        if (grown >= 1) arrowHead(arrow, faded(color, phase->opacity), 2, id);
    }
    double radius = px(s.requestRadius) * (phase->phase == Phase::FadeIn ? 0.3 + 0.7 * phase->opacity : 1);
    m_frame.markers.push_back({screen(item.at), radius, faded(s.request, phase->opacity), faded(s.siteFill, phase->opacity),
                               item.request->place, id});
    namePlace(item.request->place, id, Priority::EventPlace, radius); // a trace keeps its place's name
    if (phase->phase == Phase::Trace) return;
    double size = px(s.eventLabelSize);
    m_labels.push_back({.text = item.request->title, .anchor = screen(item.at), .gap = px(s.requestRadius + 3), .size = size,
                        .bold = true, .color = s.request, .opacity = phase->opacity, .event = id});
    if (!answered) return;
    const std::string& answerId = item.answer->id;
    std::string answerText = std::string(outcomeSymbol(*item.answer->outcome)) + " " + item.answer->title;
    Vec2 answerAt = screen(item.answerAt);
    if (seen(answerAt)) {
        m_frame.markers.push_back({answerAt, px(s.requestRadius * 0.7), faded(color, phase->opacity),
                                   faded(s.siteFill, phase->opacity), item.answer->place, answerId});
        namePlace(item.answer->place, answerId, Priority::EventPlace, px(s.requestRadius * 0.7));
        m_labels.push_back({.text = answerText, .anchor = answerAt, .gap = px(s.requestRadius + 3), .size = size, .bold = true,
                            .color = color, .opacity = phase->opacity, .priority = m_answerPriority, .event = answerId});
        return;
    }
    // The arrow leaves the frame: where it goes is said where it leaves.
    nameWhereItLeaves(arrow, answerText,
                      {.gap = px(6), .size = size, .bold = true, .color = color, .opacity = phase->opacity,
                       .priority = m_answerPriority, .place = item.answer->place, .event = answerId});
}

void StoryScene::nameWhereItLeaves(Polyline line, std::string prefix, LabelRequest request) {
    if (!leavesFrame(line)) return;
    m_exits.push_back({m_labels.size(), std::move(line), std::move(prefix), request.place});
    m_labels.push_back(std::move(request));
}

std::vector<LabelRequest> StoryScene::anchoredLabels() const {
    std::vector<LabelRequest> labels = m_labels;
    std::vector<Box> cards;
    for (const Panel& panel : m_frame.panels) cards.push_back(panel.box);
    for (const ExitLabel& e : m_exits) {
        LabelRequest& request = labels[e.label];
        std::optional<FrameExit> exit = leavesFrame(e.line, cards);
        if (!exit) exit = leavesFrame(e.line); // it starts under a card: named where it leaves the frame
        std::string way = towards(*exit, e.place);
        request.text = e.prefix.empty() ? way : e.prefix + " (" + way + ")";
        request.anchor = exit->edge;
        if (e.prefix.empty()) continue; // a place's name stays at the edge
        // An answer's text goes beside the last half of the arrow in sight, as close to the edge as it can.
        Polyline inSight;
        for (Vec2 p : e.line) {
            if (!seen(screen(p), cards)) break;
            inSight.push_back(screen(p));
        }
        inSight.push_back(exit->edge);
        if (inSight.size() >= 3) request.beside.assign(inSight.begin() + std::ptrdiff_t(inSight.size() / 2), inSight.end());
    }
    return labels;
}

bool StoryScene::seen(Vec2 at, const std::vector<Box>& more) const {
    Box view{0, 0, double(m_frame.viewport.width), double(m_frame.viewport.height)};
    auto under = [&](const Box& card) { return card.contains(at); };
    return view.contains(at) && std::none_of(m_covered.begin(), m_covered.end(), under) && std::none_of(more.begin(), more.end(), under);
}

std::optional<StoryScene::FrameExit> StoryScene::leavesFrame(const Polyline& line, const std::vector<Box>& more) const {
    if (line.empty() || !seen(screen(line.front()), more)) return std::nullopt;
    Vec2 edge = screen(line.front());
    for (Vec2 p : line) {
        Vec2 there = screen(p);
        if (!seen(there, more)) { // the last point seen on the way there
            Vec2 from = edge, direction = there - from;
            for (int step = 0; step < 24; ++step) {
                Vec2 middle = (from + there) * 0.5;
                (seen(middle, more) ? from : there) = middle;
            }
            return FrameExit{from, direction};
        }
        edge = there;
    }
    return std::nullopt;
}

std::string StoryScene::towards(const FrameExit& exit, const std::string& placeId) const {
    const Place* place = m_data.findPlace(placeId);
    return std::string(arrowTowards(exit.direction)) + " " + (place ? place->nameAt(m_time) : placeId);
}

void StoryScene::route(const IndexedRoute& item) {
    const MapStyle& s = m_frame.style;
    const Route& r = *item.route;
    auto phase = phaseAt(item.envelope, m_time);
    if (!phase) return;
    double travelled = progressBetween(r.depart.begin, r.arrive.end, m_time);
    auto withdrawal = r.withdrawal();
    bool withdrawing = withdrawal && m_time >= withdrawal->first;
    double returned = withdrawal ? progressBetween(withdrawal->first, withdrawal->second, m_time) : 0;
    std::string stage = withdrawing ? (returned >= 1 ? "withdrawn" : "withdrawing") : travelled < 1 ? "travelling" : "arrived";
    m_frame.scene.push_back({r.id, SceneKind::Deployment, phase->phase, phase->opacity, stage});
    m_counted[stage == "withdrawn" ? kWithdrawn : kDeployments].insert(r.deployment);
    cite(r.sources);
    timed(r.depart, r.destination);
    namePlace(r.destination, r.deployment, Priority::EventPlace); // first: its dot is where the arrow stops
    double width = item.troops ? std::clamp(2 + 1.5 * std::log10(std::max<double>(double(*item.troops), 10) / 10), 2.0, 6.0) : 2.5;
    Color color = faded(s.deployment, phase->opacity);
    if (withdrawing) {
        // The way out stays as a trace; the way home grows from the destination with its arrowhead.
        m_frame.strokes.push_back({item.arc, faded(s.deployment, kTraceOpacity), 1.5, 5, 4, r.deployment});
        if (stage == "withdrawn") return;
        Polyline home = partOf(reversed(item.arc), std::max(returned, 0.02));
        m_frame.strokes.push_back({home, color, width, 0, 0, r.deployment});
        arrowHead(home, color, width, r.deployment);
    } else {
        Polyline shown = partOf(item.arc, travelled);
        if (stage == "arrived") shown = shortened(shown, (markerRadiusAt(screen(item.arc.back())) + px(2)) * m_frame.camera.metresPerPixel());
        m_frame.strokes.push_back({shown, color, width, 0, 0, r.deployment});
        if (stage == "arrived") arrowHead(shown, color, width, r.deployment);
        else m_frame.markers.push_back({screen(shown.back()), px(width + 1.5), color, faded(s.siteFill, phase->opacity), "", r.deployment});
    }
    // An origin out of sight is named where its arc leaves the frame (or goes under a card).
    bool leaves = !seen(screen(item.arc.front())) && leavesFrame(reversed(item.arc));
    if (!leaves) namePlace(r.origin, r.deployment, Priority::Event);
    else if (m_namedPlaces.insert(r.origin).second)
        nameWhereItLeaves(reversed(item.arc), "",
                          {.gap = px(6), .size = px(s.eventPlaceLabelSize), .bold = true, .color = s.labelText, .place = r.origin,
                           .event = r.deployment});
    if (!m_labelledDeployments.insert(r.deployment).second) return;
    const Country* state = m_data.findCountry(r.state);
    std::string text = state ? state->name : r.state;
    auto troops = std::find_if(r.numbers.begin(), r.numbers.end(), [](const Quantity& q) { return q.what == "troops"; });
    if (troops != r.numbers.end()) text += ": " + troops->given;
    LabelRequest label{.text = text, .gap = px(4), .size = px(s.eventLabelSize), .color = s.deployment, .opacity = phase->opacity,
                       .event = r.deployment};
    for (Vec2 p : item.arc) label.beside.push_back(screen(p));
    m_labels.push_back(std::move(label));
}

void StoryScene::site(const IndexedSite& item) {
    const MapStyle& s = m_frame.style;
    auto phase = phaseAt(item.envelope, m_time);
    if (!phase || phase->phase == Phase::Trace) return;
    const Site& site = *item.site;
    bool guarded = phase->phase != Phase::FadeOut; // its icon fades once the guard has left
    m_frame.scene.push_back({site.id, SceneKind::Site, phase->phase, phase->opacity, guarded ? "guarded" : "released"});
    if (guarded) m_counted[kSites].insert(site.id);
    cite(site.sources);
    timed(site.guardedFrom, site.place);
    const Place* place = m_data.findPlace(site.place);
    if (place && place->kind == "area") {
        if (guarded) m_unlocated.push_back(&item);
        return;
    }
    double radius = px(s.siteRadius);
    Vec2 at = screen(item.at) + Vec2{item.slot * radius * 2.3, 0};
    m_frame.markers.push_back({at, radius, faded(s.siteFill, phase->opacity), faded(s.siteInk, phase->opacity), site.place, site.id});
    m_glyphs.push_back({.text = std::string(siteSymbol(site.kind)), .baseline = at, .sizePixels = radius * 1.25,
                        .color = faded(s.siteInk, phase->opacity), .halo = Color{}.withAlpha(0), .kind = TextKind::Symbol,
                        .priority = Priority::Event, .place = site.place, .event = site.id});
    namePlace(site.place, site.id, Priority::EventPlace, radius);
}

void StoryScene::region(const IndexedRegion& item) {
    const MapStyle& s = m_frame.style;
    auto phase = phaseAt(item.envelope, m_time);
    if (!phase) return;
    const Region& region = m_data.regions[item.region];
    m_frame.scene.push_back({item.event->id, SceneKind::Region, phase->phase, phase->opacity, "affected: " + region.name});
    if (m_counted[kRegions].insert(std::to_string(item.region)).second) { // the first event to affect it draws it
        Color ink = faded(s.affectedRegion, phase->opacity);
        double spacing = px(s.hatchSpacing) * m_frame.camera.metresPerPixel();
        for (Polyline& line : hatch(*item.outline, spacing)) m_frame.strokes.push_back({.line = std::move(line), .color = ink, .widthPixels = 1.1});
        for (const Polyline& line : *item.outline) m_frame.strokes.push_back({.line = line, .color = ink, .widthPixels = 2.5});
    }
    cite(item.event->sources);
    timed(item.event->start, item.event->place);
    namePlace(item.event->place, item.event->id, Priority::EventPlace);
    if (phase->phase == Phase::Trace) return;
    bool titled = std::any_of(m_labels.begin(), m_labels.end(), [&](const LabelRequest& r) { return r.text == item.event->title; });
    if (!titled)
        m_labels.push_back({.text = item.event->title, .anchor = screen(item.at), .gap = px(s.capitalRadius + 3),
                            .size = px(s.eventLabelSize), .color = s.affectedRegion, .opacity = phase->opacity,
                            .priority = Priority::Context, .event = item.event->id});
}

void StoryScene::placeLabels(LabelLayout& layout) const {
    for (const Marker& m : m_frame.markers) {
        double r = m.radiusPixels + 1;
        layout.reserve({m.screen.x - r, m.screen.y - r, m.screen.x + r, m.screen.y + r});
    }
    for (const Stroke& stroke : m_frame.strokes) {
        if (stroke.event.empty()) continue;
        Polyline line;
        for (Vec2 p : stroke.line) line.push_back(screen(p));
        layout.keepClear(line, px(2));
    }
    for (const Label& glyph : m_glyphs) {
        double w = layout.width(glyph.text, glyph.sizePixels, false);
        Label centred = layout.makeLabel(glyph.text, glyph.baseline + Vec2{-w / 2, glyph.sizePixels * 0.38}, glyph.sizePixels,
                                         false, glyph.color);
        centred.halo = glyph.halo;
        centred.kind = TextKind::Symbol;
        centred.priority = glyph.priority;
        centred.place = glyph.place;
        centred.event = glyph.event;
        centred.background = m_frame.style.siteFill;
        m_frame.labels.push_back(std::move(centred));
    }
    std::vector<LabelRequest> ordered = anchoredLabels();
    for (LabelRequest& request : ordered) // clear of the largest marker at its point
        if (request.along.empty() && request.beside.empty())
            request.gap = std::max(request.gap, markerRadiusAt(request.anchor) + px(5));
    std::stable_sort(ordered.begin(), ordered.end(), [](const LabelRequest& a, const LabelRequest& b) { return a.priority < b.priority; });
    for (const LabelRequest& request : ordered) layout.placeNear(request);
}

std::optional<UnlocatedNote> StoryScene::unlocated() const {
    if (m_unlocated.empty()) return std::nullopt;
    UnlocatedNote note{"", m_unlocated.front()->site->id};
    for (const IndexedSite* item : m_unlocated) note.names += (note.names.empty() ? "" : ", ") + lowerFirst(item->site->name);
    return note;
}

std::vector<LegendRow> StoryScene::legend() const {
    const MapStyle& s = m_frame.style;
    auto fills = [&](const char* row, bool former) {
        std::vector<Color> swatches;
        if (auto states = m_counted.find(row); states != m_counted.end())
            for (const Country& country : m_data.countries)
                if (states->second.contains(country.isoA3))
                    swatches.push_back(former ? formerFill(m_index.membership(), country.isoA3, s)
                                              : memberFill(m_index.membership(), country.isoA3, s));
        return swatches;
    };
    auto outcome = [&](Outcome o) { return LegendRow{{outcomeColor(o, s)}, outcomeLegend(o), std::string(outcomeSymbol(o))}; };
    const LegendRow rows[] = {
        {fills(kMembers, false), kMembers},
        {fills(kFormer, true), kFormer},
        {{s.request}, kRequests},
        outcome(Outcome::Refused),
        outcome(Outcome::Rebuffed),
        outcome(Outcome::Granted),
        {{s.deployment}, kDeployments, "→"},
        {{faded(s.deployment, kTraceOpacity * 2)}, kWithdrawn, "⇠"},
        {{s.siteInk}, kSites, "◉"},
        {{s.affectedRegion}, kRegions, "▨"},
    };
    std::vector<LegendRow> legend;
    for (const LegendRow& row : rows)
        if (auto counted = m_counted.find(row.text); counted != m_counted.end() && !counted->second.empty())
            legend.push_back({row.swatches, row.text + ": " + std::to_string(counted->second.size()), row.symbol});
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
