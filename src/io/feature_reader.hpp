// io/feature_reader.hpp: reads the features of a polygon or line layer into projected core
// geometry, with one diagnostic per feature it had to repair or skip.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/geo/geometry.hpp"
#include "io/ogr_projection.hpp"

namespace atlas::io {

enum class ShapeKind { Polygons, Lines };

struct FeatureRecord {
    long index = 0;                   // 0-based position in the file
    std::vector<std::string> fields;  // values of the requested fields, in order, as UTF-8
    core::MultiPolygon polygons;      // for ShapeKind::Polygons
    std::vector<core::Polyline> lines; // for ShapeKind::Lines
};

struct LayerRequest {
    std::filesystem::path path;
    ShapeKind kind = ShapeKind::Polygons;
    std::vector<std::string> fields; // required; the first names the feature in messages
};

// Calls accept for every usable feature. Returns false (with an error) when the layer as a whole
// cannot be used: unreadable, wrong geometry type, a required field missing.
bool readFeatures(const LayerRequest& request, const OgrProjection& projection,
                  const std::function<void(FeatureRecord&&)>& accept, core::Diagnostics& diagnostics);

} // namespace atlas::io
