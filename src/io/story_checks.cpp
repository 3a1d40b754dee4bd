// io/story_checks.cpp: value checks for story items.
#include "io/story_checks.hpp"

#include <ogr_geometry.h>

#include <cmath>
#include <sstream>

#include "core/text/edit_distance.hpp"
#include "core/text/utf8.hpp"

namespace atlas::io {

namespace {

constexpr double kCoordinateTolerance = 0.00005; // the files carry four decimals

std::string pointText(double lon, double lat) {
    std::ostringstream out;
    out.precision(9);
    out << "(" << lon << ", " << lat << ")";
    return out.str();
}

bool near(double lon, double lat, const core::LonLat& place) {
    return std::abs(lon - place.lon) <= kCoordinateTolerance && std::abs(lat - place.lat) <= kCoordinateTolerance;
}

std::string geometryName(const OGRGeometry& geometry) { return OGRGeometryTypeToName(geometry.getGeometryType()); }

} // namespace

bool takeId(StoryRecord& record, const std::string& id, StoryRefs& refs) {
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
            record.fail("id", "'" + id + "' is not a slug: use a-z, 0-9 and -");
            return false;
        }
    auto [it, added] = refs.ids.try_emplace(id, record.shortName());
    if (!added) record.fail("id", "'" + id + "' is already the id of " + it->second);
    return added;
}

const core::Place* readPlace(StoryRecord& record, const char* field, const std::string& id, const StoryRefs& refs) {
    auto it = refs.places.find(id);
    if (it != refs.places.end()) return it->second;
    record.fail(field, "no place '" + id + "' in places.csv");
    return nullptr;
}


bool checkStates(StoryRecord& record, const char* field, const std::vector<std::string>& codes, const StoryRefs& refs) {
    bool ok = true;
    for (const std::string& code : codes) {
        if (refs.states.count(code)) continue;
        std::optional<std::string> nearest = core::nearestWord(code, refs.states);
        record.fail(field, "'" + code + "' is not a known ISO 3166-1 alpha-3 code" +
                               (nearest ? "; did you mean '" + *nearest + "'?" : std::string()));
        ok = false;
    }
    return ok;
}

bool checkSource(StoryRecord& record, const std::string& field, const std::string& id, const StoryRefs& refs) {
    if (refs.sources.count(id)) return true;
    record.fail(field, "no source '" + id + "' in sources.csv");
    return false;
}

std::vector<std::string> readSourceList(StoryRecord& record, const char* field, const std::string& text, const StoryRefs& refs) {
    std::vector<std::string> ids;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t stop = std::min(text.find(';', start), text.size());
        std::string id = text.substr(start, stop - start);
        if (checkSource(record, field, id, refs)) ids.push_back(id);
        start = stop + 1;
    }
    return ids;
}

bool checkCoords(StoryRecord& record, const std::string& coords, const StoryRefs& refs) {
    if (coords == "general knowledge" || refs.sources.count(coords)) return true;
    record.fail("coords", "'" + coords + "' is neither 'general knowledge' nor a source id");
    return false;
}

bool checkLength(StoryRecord& record, const char* field, const std::string& text, std::size_t limit) {
    std::size_t length = core::decodeUtf8(text).size();
    if (length <= limit) return true;
    record.fail(field, std::to_string(length) + " characters; at most " + std::to_string(limit));
    return false;
}

std::optional<core::FuzzyTime> readTime(StoryRecord& record, const char* field, const std::string& text,
                                        const core::TimeZone& zone) {
    core::Parsed<core::FuzzyTime> time = core::parseFuzzyTime(text, zone);
    if (!time.value) record.fail(field, time.error);
    return time.value;
}

bool checkPrecision(StoryRecord& record, const std::string& precision, const char* timeField,
                    const std::string& timeText, const core::FuzzyTime& time) {
    std::optional<core::Precision> named = core::parsePrecision(precision);
    if (!named) {
        record.fail("precision", "unknown precision '" + precision + "'; expected one of year, month, day, hour");
        return false;
    }
    if (*named == time.precision) return true;
    record.fail("precision", "'" + precision + "' does not match " + timeField + " '" + timeText + "' (a " +
                                 std::string(core::precisionName(time.precision)) + ")");
    return false;
}

bool checkOrder(StoryRecord& record, const char* laterField, const std::string& laterText, const core::FuzzyTime& later,
                const char* earlierField, const std::string& earlierText, const core::FuzzyTime& earlier) {
    if (later.end > earlier.begin) return true;
    record.fail(laterField, "'" + laterText + "' is before " + earlierField + " '" + earlierText + "'");
    return false;
}

bool checkPoint(StoryRecord& record, const core::Place& place) {
    const OGRGeometry* geometry = record.geometry();
    if (!geometry || geometry->IsEmpty()) {
        record.fail("geometry", "missing; expected the Point of place '" + place.id + "'");
        return false;
    }
    if (wkbFlatten(geometry->getGeometryType()) != wkbPoint) {
        record.fail("geometry", "expected a Point, found " + geometryName(*geometry));
        return false;
    }
    const OGRPoint& p = *geometry->toPoint();
    if (near(p.getX(), p.getY(), place.lonLat)) return true;
    record.fail("geometry", pointText(p.getX(), p.getY()) + " is not at place '" + place.id + "' " +
                                pointText(place.lonLat.lon, place.lonLat.lat));
    return false;
}

bool checkLine(StoryRecord& record, const core::Place& from, const core::Place& to) {
    const OGRGeometry* geometry = record.geometry();
    if (!geometry || geometry->IsEmpty()) {
        record.fail("geometry", "missing; expected a LineString from '" + from.id + "' to '" + to.id + "'");
        return false;
    }
    if (wkbFlatten(geometry->getGeometryType()) != wkbLineString || geometry->toLineString()->getNumPoints() != 2) {
        record.fail("geometry", "expected a two-point LineString, found " + geometryName(*geometry));
        return false;
    }
    const OGRLineString& line = *geometry->toLineString();
    for (auto [i, place] : {std::pair{0, &from}, std::pair{1, &to}}) {
        if (near(line.getX(i), line.getY(i), place->lonLat)) continue;
        record.fail("geometry", std::string(i == 0 ? "origin " : "destination ") + pointText(line.getX(i), line.getY(i)) +
                                    " is not at place '" + place->id + "' " + pointText(place->lonLat.lon, place->lonLat.lat));
        return false;
    }
    return true;
}

} // namespace atlas::io
