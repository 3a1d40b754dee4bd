// core/story/story.hpp: a story as loaded from a data folder: sources, places, episodes, membership
// changes, events, guarded sites and deployment routes, each fact with the sources it rests on.
// Standard library only.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/geo/geometry.hpp"
#include "core/geo/map_data.hpp"
#include "core/story/episodes.hpp"
#include "core/story/quantity.hpp"
#include "core/story/story_kinds.hpp"
#include "core/time/fuzzy_time.hpp"
#include "core/time/time_zone.hpp"

namespace atlas::core {

// Where in an article a fact is found.
struct Citation {
    std::string source; // sources.csv id
    std::string where;  // "The January Crisis, para. 2", "fn. 30", ...
};

// One source's account of a point the sources disagree on.
struct Claim {
    std::string field; // "start", "who-asked", "reason", ...
    std::string value;
    std::string source;
};

struct Source {
    std::string id;
    std::string title;
    std::string publisher;
    std::string author;
    FuzzyTime date;     // publication date, in UTC
    FuzzyTime coversTo; // the latest date its facts run to (its date unless the file says otherwise)
    SourceKind kind = SourceKind::News;
    std::string note;
};

// "Oliver Hegglin, “The CSTO and its deployment in Kazakhstan”, Human Security Centre, 8 February
// 2022": the source as a reference, its parts as the file gives them (a missing one left out).
std::string fullReference(const Source& source);

// One row of membership.csv: a state's change as some sources report it.
struct MembershipChange {
    std::string state; // ISO alpha-3
    Change change = Change::Joined;
    FuzzyTime date; // in UTC: the rows name no place
    std::vector<std::string> sources;
    std::string note;
};

struct Event {
    std::string id;
    EventKind kind = EventKind::Statement;
    std::optional<Outcome> outcome; // answers only
    std::optional<Change> change;   // membership events only
    std::string title;
    std::string summary;
    FuzzyTime start;
    std::optional<FuzzyTime> end;
    DateQualifier qualifier = DateQualifier::None;
    std::string place; // places.csv id
    std::string placeNote;
    LonLat lonLat;
    std::vector<std::string> states;
    std::string episode;
    std::string answers; // id of the request an answer answers
    std::vector<Citation> sources;
    std::vector<Quantity> numbers;
    std::vector<Claim> claims;
    std::string coords; // "general knowledge" or the source that places it

    // The points the sources disagree on: claimed fields, then figures (by what they count).
    std::vector<std::string> disputedFields() const;
    bool disputed() const { return !disputedFields().empty(); }
    // What each source says on one point (a claimed field or a figure): value and source id.
    std::vector<std::pair<std::string, std::string>> accounts(std::string_view point) const;
};

struct Site {
    std::string id;
    std::string name;
    SiteKind kind = SiteKind::Airport;
    std::string place;
    LonLat lonLat;
    FuzzyTime guardedFrom;
    FuzzyTime guardedTo;
    std::vector<std::string> by; // states guarding it; empty when the sources do not say
    std::vector<Citation> sources;
    std::string coords;
    std::string note;
};

struct Route {
    std::string id;
    std::string deployment; // the deployment event
    std::string state;
    std::string origin;
    std::string destination;
    LonLat from;
    LonLat to;
    FuzzyTime depart;
    FuzzyTime arrive;
    DateQualifier qualifier = DateQualifier::None;
    std::optional<FuzzyTime> withdraw;  // when its withdrawal began
    std::optional<FuzzyTime> withdrawn; // when the withdrawal was complete, where the sources say

    // The withdrawal's span: from the start of `withdraw` to the end of `withdrawn`, else of `withdraw`.
    std::optional<std::pair<std::chrono::sys_seconds, std::chrono::sys_seconds>> withdrawal() const;
    std::vector<Quantity> numbers;
    std::string units;
    std::vector<Citation> sources;
    std::string coords;
    std::string note;

    std::vector<std::string> disputedFields() const; // figures that differ between sources
    bool disputed() const { return !disputedFields().empty(); }
};

// Fields in dispute among claims (a field with differing values, or one claim set against the
// item's own value), then the `what` of figures that differ.
std::vector<std::string> disputedFields(const std::vector<Claim>& claims, const std::vector<Quantity>& numbers);

struct Story {
    std::vector<Source> sources;
    std::vector<Place> places;
    std::vector<Episode> episodes;
    std::vector<MembershipChange> membership;
    std::vector<Event> events;
    std::vector<Site> sites;
    std::vector<Route> routes;

    const Source* findSource(std::string_view id) const;
    const Place* findPlace(std::string_view id) const;
    // The place's name at time; its id when it is not in the story.
    std::string placeNameAt(std::string_view id, std::chrono::sys_seconds time) const;
    // The place's time zone, what its local times are given in; UTC for an unknown place or zone.
    TimeZone placeZone(std::string_view id) const;
    const Episode* findEpisode(std::string_view id) const;
    const Event* findEvent(std::string_view id) const;
    const Site* findSite(std::string_view id) const;
    const Route* findRoute(std::string_view id) const;

    // The latest date any source's facts run to: what the story can say nothing after. None
    // without sources.
    std::optional<FuzzyTime> sourcesEnd() const;
    // The start (UTC) of the year in which the story's first membership change or event happens:
    // where its timeline and exports begin. None for a story with neither.
    std::optional<std::chrono::sys_seconds> begins() const;
    // "osh-2010, armenia-2021, almaty-2022", for messages; "none" without episodes.
    std::string episodeIds() const;
};

} // namespace atlas::core
