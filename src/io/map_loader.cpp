// io/map_loader.cpp: the layers of a data folder, each optional but the countries, and the states
// its membership names.
#include "io/map_loader.hpp"

#include <ogrsf_frmts.h>

#include <map>

#include "core/geo/shape_index.hpp"
#include "io/data_path.hpp"
#include "io/feature_reader.hpp"
#include "io/gdal_errors.hpp"
#include "io/places_loader.hpp"
#include "io/vector_file.hpp"

namespace atlas::io {

namespace fs = std::filesystem;

namespace {

// The codes in membership.csv's `state` column; its rows are checked when the story loads.
std::set<std::string, std::less<>> organisationStates(const fs::path& csv) {
    std::set<std::string, std::less<>> states;
    GdalErrorCapture quiet; // the story's load reports on this file, its rows and GDAL's words
    core::Diagnostics ignored;
    VectorFile file = openVectorFile(csv, ignored);
    if (!file.layer || file.layer->GetLayerDefn()->GetFieldIndex("state") < 0) return states;
    for (auto& feature : *file.layer)
        if (const char* state = feature->GetFieldAsString("state"); state && *state) states.insert(state);
    return states;
}

} // namespace

core::Loaded<core::MapData> loadMapData(const fs::path& folder, const OgrProjection& projection) {
    core::Loaded<core::MapData> result;
    core::Diagnostics& diagnostics = result.diagnostics;
    if (std::string why = dataFolderProblem(folder); !why.empty()) {
        diagnostics.push_back({core::Diagnostic::Level::Error, folder.string(), why});
        return result;
    }
    std::error_code ec;
    core::MapData data;

    // Countries: one entry per code, parts of a country split over several features merged.
    std::map<std::string, std::size_t> countryIndex;
    readFeatures({folder / "countries.shp", ShapeKind::Polygons, {"iso_a3", "name"}}, projection,
                 [&](FeatureRecord&& record) {
                     auto [it, added] = countryIndex.try_emplace(record.fields[0], data.countries.size());
                     if (added) {
                         data.countries.push_back({record.fields[0], record.fields[1], std::move(record.polygons)});
                         return;
                     }
                     core::appendShape(data.countries[it->second].shape, std::move(record.polygons));
                 },
                 diagnostics);
    if (data.countries.empty()) {
        diagnostics.push_back({core::Diagnostic::Level::Error, (folder / "countries.shp").string(),
                               "no country could be loaded, so there is no map to draw"});
        return result;
    }
    // Every label's background is looked up in the countries, and their names placed, every frame.
    for (core::Country& country : data.countries) {
        country.shape.index = std::make_shared<const core::ShapeIndex>(country.shape);
        country.shape.labelAnchor = core::labelPoint(country.shape);
    }

    auto optionalLayer = [&](const char* name) {
        fs::path path = folder / name;
        if (fs::exists(path, ec)) return true;
        diagnostics.push_back({core::Diagnostic::Level::Note, path.string(), "not found; this layer is not drawn"});
        return false;
    };
    if (optionalLayer("regions.shp"))
        readFeatures({folder / "regions.shp", ShapeKind::Polygons, {"name", "iso_a3", "code"}}, projection,
                     [&](FeatureRecord&& r) {
                         data.regions.push_back({r.fields[1], r.fields[2], r.fields[0], std::move(r.polygons)});
                     },
                     diagnostics);
    if (optionalLayer("disputed.shp"))
        readFeatures({folder / "disputed.shp", ShapeKind::Lines, {"name"}}, projection,
                     [&](FeatureRecord&& r) {
                         core::DisputedBorder border{r.fields[0], std::move(r.lines), {}};
                         for (const core::Polyline& line : border.lines)
                             for (core::Vec2 p : line) border.bounds.extend(p);
                         data.disputed.push_back(std::move(border));
                     },
                     diagnostics);
    if (optionalLayer("places.csv")) data.places = loadPlaces(folder / "places.csv", projection, diagnostics);
    if (fs::exists(folder / "membership.csv", ec)) data.organisation = organisationStates(folder / "membership.csv");
    result.value = std::move(data);
    return result;
}

} // namespace atlas::io
