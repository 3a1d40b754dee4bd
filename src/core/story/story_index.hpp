// core/story/story_index.hpp: the story prepared once for drawing at any time: each request, deployment
// route, guarded site and affected region with its envelope and projected geometry, and a time
// index so a frame looks only at what shows then. Standard library only.
#pragma once

#include <chrono>
#include <map>
#include <optional>
#include <vector>

#include "core/geo/map_data.hpp"
#include "core/geo/projection.hpp"
#include "core/story/membership_timeline.hpp"
#include "core/story/story.hpp"
#include "core/time/envelope.hpp"
#include "core/time/time_index.hpp"

namespace atlas::core {

// A request for help and the answer to it, if the story has one.
struct IndexedRequest {
    const Event* request = nullptr;
    const Event* answer = nullptr;
    Vec2 at;      // the place that asked, projected
    Vec2 answerAt; // where the answer came from
    Polyline arc; // from the one to the other along the great circle
    Envelope envelope;
};

struct IndexedRoute {
    const Route* route = nullptr;
    Polyline arc;                     // origin to destination along the great circle, bent apart
                                      // from the other arcs to the same destination
    std::optional<std::int64_t> troops; // the largest figure any source gives
    Envelope envelope;
};

struct IndexedSite {
    const Site* site = nullptr;
    Vec2 at;
    int slot = 0; // sites at the same point are set side by side
    Envelope envelope;
};

// A region where a clash or unrest took place, highlighted until its episode ends.
struct IndexedRegion {
    const Event* event = nullptr;
    std::size_t region = 0; // index into MapData::regions
    Vec2 at;                // the event's place
    Envelope envelope;
    const std::vector<Polyline>* outline = nullptr; // the region's outline, simplified for drawing
};

class StoryIndex {
public:
    // story and data must outlive the index.
    StoryIndex(const Story& story, const MapData& data, const Projection& projection);

    struct Visible {
        std::vector<const IndexedRequest*> requests;
        std::vector<const IndexedRoute*> routes;
        std::vector<const IndexedSite*> sites;
        std::vector<const IndexedRegion*> regions;
    };
    // What shows at a time, each kind in story order.
    Visible at(std::chrono::sys_seconds time) const;

    // The most precise event whose own start span holds the time (the first of equals); none.
    const Event* eventSpanning(std::chrono::sys_seconds time) const;

    const Story& story() const { return m_story; }
    const MembershipTimeline& membership() const { return m_membership; }

private:
    const Story& m_story;
    MembershipTimeline m_membership;
    std::vector<IndexedRequest> m_requests;
    std::vector<IndexedRoute> m_routes;
    std::vector<IndexedSite> m_sites;
    std::vector<IndexedRegion> m_regions;
    std::map<std::size_t, std::vector<Polyline>> m_outlines; // by region
    TimeIndex m_index; // items numbered requests, routes, sites, regions
    TimeIndex m_eventSpans; // every event's start span, numbered as in the story
};

} // namespace atlas::core
