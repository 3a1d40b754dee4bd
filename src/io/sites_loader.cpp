// io/sites_loader.cpp: one site per feature; its dates are read in the zone of its place.
#include "io/sites_loader.hpp"

#include "io/story_arrays.hpp"
#include "io/story_checks.hpp"
#include "io/story_record.hpp"

namespace atlas::io {

namespace {

const StoryFileSpec kSpec{{{"id", FieldType::Text, true},
                           {"name", FieldType::Text, true},
                           {"kind", FieldType::Text, true},
                           {"place", FieldType::Text, true},
                           {"guarded_from", FieldType::Text, true},
                           {"guarded_to", FieldType::Text, true},
                           {"precision", FieldType::Text, true},
                           {"by", FieldType::TextList, true},
                           {"sources", FieldType::ObjectList, true},
                           {"coords", FieldType::Text, true},
                           {"note", FieldType::Text, false}},
                          {"id"}};

void readDates(StoryRecord& r, core::Site& site, const core::TimeZone& zone) {
    auto fromText = r.text("guarded_from");
    auto toText = r.text("guarded_to");
    auto from = fromText ? readTime(r, "guarded_from", *fromText, zone) : std::nullopt;
    auto to = toText ? readTime(r, "guarded_to", *toText, zone) : std::nullopt;
    if (auto precision = r.text("precision")) {
        if (from) checkPrecision(r, *precision, "guarded_from", *fromText, *from);
        if (to) checkPrecision(r, *precision, "guarded_to", *toText, *to);
    }
    if (from && to) checkOrder(r, "guarded_to", *toText, *to, "guarded_from", *fromText, *from);
    if (from) site.guardedFrom = *from;
    if (to) site.guardedTo = *to;
}

} // namespace

std::vector<core::Site> loadSites(const std::filesystem::path& geojson, StoryRefs& refs, core::Diagnostics& diagnostics) {
    std::vector<core::Site> sites;
    readStoryFile(geojson, kSpec, [&](StoryRecord& r) {
        core::Site site;
        if (auto id = r.text("id"); id && takeId(r, *id, refs)) site.id = *id;
        site.name = r.text("name").value_or("");
        if (auto kind = r.text("kind"))
            if (auto k = readName<core::SiteKind>(r, "kind", *kind, "kind")) site.kind = *k;
        const core::Place* place = nullptr;
        if (auto id = r.text("place")) place = readPlace(r, "place", *id, refs);
        if (place) {
            site.place = place->id;
            site.lonLat = place->lonLat;
            checkPoint(r, *place);
            readDates(r, site, place->zone());
        }
        if (auto by = r.texts("by"); by && checkStates(r, "by", *by, refs)) site.by = *by;
        site.sources = readCitations(r, "sources", refs);
        if (auto coords = r.text("coords"); coords && checkCoords(r, *coords, refs)) site.coords = *coords;
        site.note = r.text("note").value_or("");
        if (r.ok()) sites.push_back(std::move(site));
    }, diagnostics);
    return sites;
}

} // namespace atlas::io
