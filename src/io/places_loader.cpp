// io/places_loader.cpp: one place per CSV row; coordinates, the time zone and the name history are
// checked here so a bad one is reported with its row and field.
#include "io/places_loader.hpp"

#include <ogrsf_frmts.h>

#include <cmath>
#include <set>

#include "core/text/number_text.hpp"
#include "core/text/utf8.hpp"
#include "core/time/time_zone.hpp"
#include "io/input_limits.hpp"
#include "io/vector_file.hpp"

namespace atlas::io {

std::vector<core::Place> loadPlaces(const std::filesystem::path& csv, const OgrProjection& projection,
                                    core::Diagnostics& diagnostics) {
    std::vector<core::Place> places;
    VectorFile file = openVectorFile(csv, diagnostics);
    if (!file.layer) return places;
    static const char* const kRequired[] = {"id", "name", "kind", "country", "lon", "lat"};
    OGRFeatureDefn* definition = file.layer->GetLayerDefn();
    for (const char* field : kRequired)
        if (definition->GetFieldIndex(field) < 0) {
            diagnostics.push_back({core::Diagnostic::Level::Error, csv.string(), std::string("has no column '") + field + "'"});
            return places;
        }
    auto text = [&](OGRFeature& f, const char* field) {
        int index = definition->GetFieldIndex(field);
        return index >= 0 && f.IsFieldSetAndNotNull(index) ? std::string(f.GetFieldAsString(index)) : std::string();
    };
    std::set<std::string> seen;
    long row = 1; // the header is row 1
    file.layer->ResetReading();
    for (std::unique_ptr<OGRFeature> f(file.layer->GetNextFeature()); f; f.reset(file.layer->GetNextFeature())) {
        if (featureLimitReached(row - 1, csv, diagnostics)) break;
        ++row;
        std::string tooLong;
        for (int i = 0; i < definition->GetFieldCount() && tooLong.empty(); ++i)
            if (fieldTooLong(f->GetFieldAsString(i), tooLong))
                diagnostics.push_back({core::Diagnostic::Level::Warning, csv.string() + ": row " + std::to_string(row),
                                       std::string(definition->GetFieldDefn(i)->GetNameRef()) + ": " + tooLong + "; row skipped"});
        if (!tooLong.empty()) continue;
        core::Place place{text(*f, "id"), text(*f, "name"), text(*f, "kind"), text(*f, "country"), {}, {},
                          text(*f, "tz"), text(*f, "coord_source"), {}};
        std::string where = csv.string() + ": row " + std::to_string(row) + (place.id.empty() ? "" : " (" + place.id + ")");
        auto warn = [&](const std::string& message) {
            diagnostics.push_back({core::Diagnostic::Level::Warning, where, message + "; row skipped"});
        };
        if (place.id.empty()) { warn("id: empty"); continue; }
        if (!seen.insert(place.id).second) { warn("id: duplicate of an earlier row"); continue; }
        if (!core::isValidUtf8(place.name)) { warn("name: not valid UTF-8"); continue; }
        auto lon = core::parseFiniteNumber(text(*f, "lon"));
        auto lat = core::parseFiniteNumber(text(*f, "lat"));
        if (!lon || std::abs(*lon) > 180) { warn("lon: '" + text(*f, "lon") + "' is not a longitude in -180..180"); continue; }
        if (!lat || std::abs(*lat) > 90) { warn("lat: '" + text(*f, "lat") + "' is not a latitude in -90..90"); continue; }
        if (!core::TimeZone::find(place.timeZone)) {
            warn("tz: '" + place.timeZone + "' is not an IANA time zone (e.g. Asia/Almaty)");
            continue;
        }
        core::Parsed<core::NameHistory> names = core::NameHistory::parse(text(*f, "names"));
        if (!names.value) { warn("names: " + names.error); continue; }
        place.names = std::move(*names.value);
        place.lonLat = {*lon, *lat};
        auto projected = projection.forward(place.lonLat);
        if (!projected) { warn("lon/lat: cannot be projected"); continue; }
        place.position = *projected;
        places.push_back(std::move(place));
    }
    return places;
}

} // namespace atlas::io
