// core/story/story.cpp: disagreement between sources, look-ups by id, and the span the story covers.
#include "core/story/story.hpp"

#include "core/time/time_format.hpp"

#include <algorithm>

namespace atlas::core {

namespace {

template <class T>
const T* findById(const std::vector<T>& items, std::string_view id) {
    auto it = std::find_if(items.begin(), items.end(), [&](const T& item) { return item.id == id; });
    return it == items.end() ? nullptr : &*it;
}

void addOnce(std::vector<std::string>& fields, const std::string& field) {
    if (std::find(fields.begin(), fields.end(), field) == fields.end()) fields.push_back(field);
}

} // namespace

std::vector<std::string> disputedFields(const std::vector<Claim>& claims, const std::vector<Quantity>& numbers) {
    std::vector<std::string> fields;
    for (const Claim& claim : claims) {
        auto sameField = [&](const Claim& c) { return c.field == claim.field; };
        auto otherValue = [&](const Claim& c) { return c.field == claim.field && c.value != claim.value; };
        bool alone = std::count_if(claims.begin(), claims.end(), sameField) == 1;
        if (alone || std::any_of(claims.begin(), claims.end(), otherValue)) addOnce(fields, claim.field);
    }
    for (const Quantity& a : numbers)
        for (const Quantity& b : numbers)
            if (a.disagreesWith(b)) addOnce(fields, a.what);
    return fields;
}

std::vector<std::string> Event::disputedFields() const { return core::disputedFields(claims, numbers); }

std::vector<std::pair<std::string, std::string>> Event::accounts(std::string_view point) const {
    std::vector<std::pair<std::string, std::string>> found;
    for (const Claim& claim : claims)
        if (claim.field == point) found.push_back({claim.value, claim.source});
    for (const Quantity& q : numbers)
        if (q.what == point) found.push_back({q.given, q.source});
    return found;
}

std::string fullReference(const Source& source) {
    std::string text = source.author;
    auto add = [&](const std::string& part) {
        if (!part.empty()) text += (text.empty() ? "" : ", ") + part;
    };
    add(source.title.empty() ? "" : "“" + source.title + "”");
    add(source.publisher);
    add(formatTime(source.date, TimeZone::utc()));
    return text;
}

std::optional<std::pair<std::chrono::sys_seconds, std::chrono::sys_seconds>> Route::withdrawal() const {
    if (!withdraw) return std::nullopt;
    return std::pair{withdraw->begin, withdrawn ? withdrawn->end : withdraw->end};
}

std::vector<std::string> Route::disputedFields() const { return core::disputedFields({}, numbers); }

const Source* Story::findSource(std::string_view id) const { return findById(sources, id); }
const Place* Story::findPlace(std::string_view id) const { return findById(places, id); }
std::string Story::placeNameAt(std::string_view id, std::chrono::sys_seconds time) const {
    const Place* place = findPlace(id);
    return place ? place->nameAt(time) : std::string(id);
}

TimeZone Story::placeZone(std::string_view id) const {
    const Place* place = findPlace(id);
    return place ? place->zone() : TimeZone::utc();
}

const Episode* Story::findEpisode(std::string_view id) const { return findById(episodes, id); }
const Event* Story::findEvent(std::string_view id) const { return findById(events, id); }
const Site* Story::findSite(std::string_view id) const { return findById(sites, id); }
const Route* Story::findRoute(std::string_view id) const { return findById(routes, id); }

std::optional<FuzzyTime> Story::sourcesEnd() const {
    std::optional<FuzzyTime> latest;
    for (const Source& source : sources)
        if (!latest || source.coversTo.end > latest->end) latest = source.coversTo;
    return latest;
}

std::optional<std::chrono::sys_seconds> Story::begins() const {
    using namespace std::chrono;
    std::optional<sys_seconds> first;
    auto consider = [&](sys_seconds t) { first = first ? std::min(*first, t) : t; };
    for (const MembershipChange& change : membership) consider(change.date.begin);
    for (const Event& event : events) consider(event.start.begin);
    if (!first) return std::nullopt;
    return sys_days{year_month_day{floor<days>(*first)}.year() / January / 1};
}

std::string Story::episodeIds() const {
    std::string ids;
    for (const Episode& episode : episodes) ids += (ids.empty() ? "" : ", ") + episode.id;
    return ids.empty() ? "none" : ids;
}

} // namespace atlas::core
