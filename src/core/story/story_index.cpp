// core/story/story_index.cpp: envelopes: requests hold until answered, then trace; routes from
// departure to the end of the withdrawal, then trace; sites while guarded; regions until their
// episode ends.
#include "core/story/story_index.hpp"

#include <algorithm>
#include <map>

#include "core/geo/fan_out.hpp"
#include "core/geo/great_circle.hpp"
#include "core/geo/simplify.hpp"

namespace atlas::core {

using namespace std::chrono;

namespace {

constexpr hours kTrace{24 * 14};
constexpr double kFanSpread = 0.035; // of an arc's length, between neighbouring arcs to one place
constexpr hours kHoldWithoutWithdrawal{24 * 30};
constexpr double kOutlineTolerance = kDetailTolerances[2]; // metres: under a pixel at episode views

sys_seconds endOf(const Event& event) { return event.end ? event.end->end : event.start.end; }

Polyline projectedArc(LonLat a, LonLat b, const Projection& projection) {
    int segments = std::clamp(int(greatCircleMetres(a, b) / 100e3), 2, 48);
    Polyline arc;
    for (LonLat p : greatCircle(a, b, segments))
        if (auto world = projection.forward(p)) arc.push_back(*world);
    return arc;
}

std::optional<std::int64_t> largestTroops(const std::vector<Quantity>& numbers) {
    std::optional<std::int64_t> largest;
    for (const Quantity& q : numbers) {
        auto figure = q.max ? q.max : q.min;
        if (q.what == "troops" && figure && (!largest || *figure > *largest)) largest = figure;
    }
    return largest;
}

// The regions an event's place stands for: an area by its name ("Syunik province"), a town by
// the region it lies in.
std::vector<std::size_t> regionsOf(const Place& place, Vec2 at, const MapData& data,
                                   const std::map<std::string, std::vector<std::size_t>>& byState) {
    std::vector<std::size_t> found;
    auto state = byState.find(place.isoA3);
    if (state == byState.end()) return found;
    for (std::size_t i : state->second) {
        const Region& region = data.regions[i];
        bool match = place.kind == "area"
                         ? !region.name.empty() && place.name.starts_with(region.name) &&
                               (place.name.size() == region.name.size() || place.name[region.name.size()] == ' ')
                         : shapeContains(region.shape, at);
        if (match) found.push_back(i);
        if (match && place.kind != "area") break;
    }
    return found;
}

sys_seconds episodeEnd(const Story& story, const Event& event) {
    const Episode* episode = story.findEpisode(event.episode);
    return episode ? episode->end : endOf(event);
}

} // namespace

StoryIndex::StoryIndex(const Story& story, const MapData& data, const Projection& projection)
    : m_story(story), m_membership(story.membership) {
    std::map<std::string, const Event*> answers;
    for (const Event& e : story.events)
        if (e.kind == EventKind::Answer && !e.answers.empty()) answers.emplace(e.answers, &e);
    std::map<std::string, std::vector<std::size_t>> regionsByState;
    for (std::size_t i = 0; i < data.regions.size(); ++i) regionsByState[data.regions[i].isoA3].push_back(i);

    for (const Event& e : story.events) {
        auto at = projection.forward(e.lonLat);
        if (!at) continue;
        if (e.kind == EventKind::Request) {
            IndexedRequest item{&e, nullptr, *at, *at, {}, {e.start.begin, endOf(e)}};
            if (auto answer = answers.find(e.id); answer != answers.end()) {
                const Event& a = *answer->second;
                if (auto answerAt = projection.forward(a.lonLat)) {
                    item.answer = &a;
                    item.answerAt = *answerAt;
                    item.arc = projectedArc(e.lonLat, a.lonLat, projection);
                    item.envelope.end = std::max(item.envelope.end, endOf(a));
                }
            }
            item.envelope.trace = kTrace;
            m_requests.push_back(std::move(item));
        } else if (e.kind == EventKind::Clash || e.kind == EventKind::Unrest) {
            const Place* place = story.findPlace(e.place);
            if (!place) continue;
            for (std::size_t region : regionsOf(*place, *at, data, regionsByState)) {
                auto [outline, added] = m_outlines.try_emplace(region);
                if (added)
                    for (const Polyline& line : ringsAsLines(data.regions[region].shape))
                        outline->second.push_back(simplifyLine(line, kOutlineTolerance));
                m_regions.push_back({&e, region, *at, {e.start.begin, std::max(endOf(e), episodeEnd(story, e))}, &outline->second});
            }
        }
    }
    for (const Route& r : story.routes) {
        Polyline arc = projectedArc(r.from, r.to, projection);
        if (arc.size() < 2) continue;
        sys_seconds end = r.withdraw ? r.withdrawal()->second : r.arrive.end + kHoldWithoutWithdrawal;
        m_routes.push_back({&r, std::move(arc), largestTroops(r.numbers), {r.depart.begin, end, hours(24), kTrace}});
    }
    // Contingents flying to one place fan out on the way, so each arc can be told apart.
    std::map<std::string, std::vector<Polyline*>> byDestination;
    for (IndexedRoute& route : m_routes) byDestination[route.route->destination].push_back(&route.arc);
    for (auto& [destination, arcs] : byDestination) fanOut(arcs, kFanSpread);
    for (const Site& s : story.sites) {
        auto at = projection.forward(s.lonLat);
        if (!at) continue;
        int slot = int(std::count_if(m_sites.begin(), m_sites.end(), [&](const IndexedSite& other) {
            return other.site->lonLat.lon == s.lonLat.lon && other.site->lonLat.lat == s.lonLat.lat;
        }));
        m_sites.push_back({&s, *at, slot, {s.guardedFrom.begin, s.guardedTo.end}});
    }

    std::vector<TimeIndex::Interval> intervals;
    auto add = [&](const auto& items) {
        for (const auto& item : items)
            intervals.push_back({item.envelope.begin, item.envelope.visibleUntil(), intervals.size()});
    };
    add(m_requests);
    add(m_routes);
    add(m_sites);
    add(m_regions);
    m_index = TimeIndex(std::move(intervals));

    std::vector<TimeIndex::Interval> spans;
    for (std::size_t i = 0; i < story.events.size(); ++i)
        spans.push_back({story.events[i].start.begin, story.events[i].start.end, i});
    m_eventSpans = TimeIndex(std::move(spans));
}

const Event* StoryIndex::eventSpanning(sys_seconds time) const {
    const Event* best = nullptr;
    for (std::size_t i : m_eventSpans.at(time)) {
        const Event& e = m_story.events[i];
        if (!best || e.start.precision > best->start.precision) best = &e;
    }
    return best;
}

StoryIndex::Visible StoryIndex::at(sys_seconds time) const {
    Visible visible;
    std::size_t routesFrom = m_requests.size(), sitesFrom = routesFrom + m_routes.size(),
                regionsFrom = sitesFrom + m_sites.size();
    for (std::size_t item : m_index.at(time)) {
        if (item < routesFrom) visible.requests.push_back(&m_requests[item]);
        else if (item < sitesFrom) visible.routes.push_back(&m_routes[item - routesFrom]);
        else if (item < regionsFrom) visible.sites.push_back(&m_sites[item - sitesFrom]);
        else visible.regions.push_back(&m_regions[item - regionsFrom]);
    }
    return visible;
}

} // namespace atlas::core
