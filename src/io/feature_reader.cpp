// io/feature_reader.cpp: per-feature checks (empty, wrong type, non-finite or out-of-range
// coordinates, invalid rings), reprojection to WGS 84, the cut at the meridian opposite the
// map's centre, and projection.
#include "io/feature_reader.hpp"

#include <ogrsf_frmts.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <future>
#include <memory>
#include <numeric>
#include <sstream>
#include <thread>

#include "core/geo/meridian_cut.hpp"
#include "core/text/utf8.hpp"
#include "io/gdal_errors.hpp"
#include "io/input_limits.hpp"
#include "io/vector_file.hpp"

namespace atlas::io {

namespace {

using GeometryPtr = std::unique_ptr<OGRGeometry>;

struct LayerContext {
    const LayerRequest& request;
    const OgrProjection& projection;
    core::Diagnostics* diagnostics; // where warn() and fail() go: the layer's, or one feature's
    std::unique_ptr<OGRCoordinateTransformation> toGeographic; // null when already WGS 84
    std::unique_ptr<OGRCoordinateTransformation> forward;      // this thread's map projection
    double cutLongitude = 180;

    void warn(const std::string& where, const std::string& message) {
        diagnostics->push_back({core::Diagnostic::Level::Warning, where, message});
    }
    void fail(const std::string& message) {
        diagnostics->push_back({core::Diagnostic::Level::Error, request.path.string(), message});
    }
    // The same layer for another thread, with transformations of its own.
    LayerContext forThread() const {
        return {request, projection, diagnostics,
                toGeographic ? std::unique_ptr<OGRCoordinateTransformation>(toGeographic->Clone()) : nullptr,
                projection.cloneForward(), cutLongitude};
    }
};

// A feature read from the file, waiting for its geometry to be converted.
struct PendingFeature {
    std::string where;
    GeometryPtr geometry;
    std::int64_t vertices = 0;
    FeatureRecord record;
    core::Diagnostics diagnostics; // this feature's, in the order raised
    bool usable = false;
};

std::string describe(const LayerRequest& request, long index, const std::string& name) {
    std::ostringstream out;
    out << request.path.string() << ": feature " << index;
    if (!name.empty()) out << " (" << name << ")";
    return out.str();
}

bool isExpectedType(OGRwkbGeometryType type, ShapeKind kind) {
    OGRwkbGeometryType flat = wkbFlatten(type);
    if (kind == ShapeKind::Polygons) return flat == wkbPolygon || flat == wkbMultiPolygon;
    return flat == wkbLineString || flat == wkbMultiLineString;
}

const char* expectedName(ShapeKind kind) { return kind == ShapeKind::Polygons ? "polygons" : "lines"; }

// Coordinates within these bounds may be transformed: a projected map of the Earth spans about
// 4e7 m (or 1.3e8 feet); beyond, GDAL's Mercator inverse can loop for ever.
constexpr double kSourceLimit = 1e9;

// The first coordinate that is not finite or lies beyond ±xLimit, ±yLimit, as text; empty when
// all are within.
std::string firstBadCoordinate(const OGRGeometry& geometry, double xLimit = 180.0001, double yLimit = 90.0001) {
    std::string bad;
    auto check = [&](const OGRPoint& p) {
        if (bad.empty() && !(std::isfinite(p.getX()) && std::isfinite(p.getY()) && std::abs(p.getX()) <= xLimit &&
                             std::abs(p.getY()) <= yLimit)) {
            std::ostringstream out;
            out << "(" << p.getX() << ", " << p.getY() << ")";
            bad = out.str();
        }
    };
    OGRwkbGeometryType flat = wkbFlatten(geometry.getGeometryType());
    if (flat == wkbLineString || flat == wkbLinearRing) {
        for (const OGRPoint& p : *geometry.toLineString()) check(p);
    } else if (flat == wkbPolygon) {
        for (const OGRLinearRing* ring : *geometry.toPolygon()) bad = bad.empty() ? firstBadCoordinate(*ring, xLimit, yLimit) : bad;
    } else if (OGR_GT_IsSubClassOf(flat, wkbGeometryCollection)) {
        for (const OGRGeometry* part : *geometry.toGeometryCollection())
            bad = bad.empty() ? firstBadCoordinate(*part, xLimit, yLimit) : bad;
    }
    return bad;
}

// Natural Earth as QGIS clipped it stops 0.1° short of ±180°; snapping closes that gap.
constexpr double kDataEdge = 179.9 - 1e-6;

double snapToDateLine(double lon) { return std::abs(lon) >= kDataEdge ? std::copysign(180.0, lon) : lon; }

core::Ring ringOf(const OGRLinearRing& ring) {
    core::Ring out;
    int n = ring.getNumPoints();
    out.reserve(std::size_t(std::max(0, n)));
    for (int i = 0; i < n; ++i) out.push_back({snapToDateLine(ring.getX(i)), ring.getY(i)});
    if (out.size() > 1 && out.front() == out.back()) out.pop_back();
    return out;
}

// An edge along a meridian where the data or the map was cut (±180° after snapping, or the cut
// opposite the map's centre) is not a border.
bool isSeamEdge(core::Vec2 a, core::Vec2 b, double cut) {
    auto onSeam = [&](double lon) { return std::abs(lon) == 180.0 || std::abs(lon - cut) < 1e-5; };
    return std::abs(a.x - b.x) < 1e-9 && onSeam(a.x);
}

// The ring's real border lines: the ring broken wherever it runs along a seam; empty when it
// never does (the ring itself is then the outline).
std::vector<core::Polyline> seamlessPieces(const core::Ring& ring, double cut) {
    std::size_t n = ring.size();
    std::size_t start = n;
    for (std::size_t i = 0; i < n && start == n; ++i)
        if (isSeamEdge(ring[i], ring[(i + 1) % n], cut)) start = (i + 1) % n;
    if (start == n) return {};
    std::vector<core::Polyline> pieces(1, core::Polyline{ring[start]});
    for (std::size_t k = 0; k < n; ++k) {
        core::Vec2 a = ring[(start + k) % n];
        core::Vec2 b = ring[(start + k + 1) % n];
        if (isSeamEdge(a, b, cut)) {
            if (pieces.back().size() > 1) pieces.emplace_back();
            pieces.back() = {b};
        } else {
            pieces.back().push_back(b);
        }
    }
    if (pieces.back().size() < 2) pieces.pop_back();
    return pieces;
}

void collect(const OGRGeometry& geometry, FeatureRecord& record) {
    OGRwkbGeometryType flat = wkbFlatten(geometry.getGeometryType());
    if (flat == wkbPolygon) {
        core::Polygon polygon;
        for (const OGRLinearRing* ring : *geometry.toPolygon()) {
            core::Ring r = ringOf(*ring);
            if (r.size() >= 3) polygon.rings.push_back(std::move(r));
            else if (polygon.rings.empty()) return; // a degenerate outer ring: nothing to draw
        }
        if (polygon.rings.empty()) return;
        record.polygons.parts.push_back(std::move(polygon));
    } else if (flat == wkbLineString) {
        core::Polyline line;
        for (const OGRPoint& p : *geometry.toLineString()) line.push_back({p.getX(), p.getY()});
        if (line.size() >= 2) record.lines.push_back(std::move(line));
    } else if (OGR_GT_IsSubClassOf(flat, wkbGeometryCollection)) {
        for (const OGRGeometry* part : *geometry.toGeometryCollection()) collect(*part, record);
    }
}

// Splits whatever crosses the cut meridian into the parts either side of it.
void cutAtMeridian(FeatureRecord& record, double cut) {
    constexpr double kGap = 1e-6;
    std::vector<core::Polygon> parts;
    for (core::Polygon& polygon : record.polygons.parts) {
        core::Box box = core::boundsOf(polygon.rings.front());
        if (box.minX < cut && box.maxX > cut) {
            for (core::Polygon& piece : core::splitPolygonAtMeridian(polygon, cut, kGap)) parts.push_back(std::move(piece));
        } else {
            parts.push_back(std::move(polygon));
        }
    }
    record.polygons.parts = std::move(parts);
    std::vector<core::Polyline> lines;
    for (const core::Polyline& line : record.lines)
        for (core::Polyline& piece : core::splitLineAtMeridian(line, cut, kGap)) lines.push_back(std::move(piece));
    record.lines = std::move(lines);
}

// Fills seamlessOutline when any ring of the shape runs along a seam.
void traceSeamlessOutline(core::MultiPolygon& shape, double cut) {
    bool seams = false;
    std::vector<core::Polyline> outline;
    for (const core::Polygon& polygon : shape.parts)
        for (const core::Ring& ring : polygon.rings) {
            std::vector<core::Polyline> pieces = seamlessPieces(ring, cut);
            if (pieces.empty()) pieces = core::ringsAsLines({{core::Polygon{{ring}}}, {}, {}});
            else seams = true;
            for (core::Polyline& piece : pieces) outline.push_back(std::move(piece));
        }
    if (seams) shape.seamlessOutline = std::move(outline);
}

bool projectRecord(FeatureRecord& record, OGRCoordinateTransformation& forward) {
    bool ok = true;
    for (core::Polygon& polygon : record.polygons.parts)
        for (core::Ring& ring : polygon.rings) ok = transformInPlace(forward, ring) && ok;
    for (core::Polyline& line : record.lines) ok = transformInPlace(forward, line) && ok;
    for (core::Polyline& line : record.polygons.seamlessOutline) ok = transformInPlace(forward, line) && ok;
    record.polygons.bounds = core::boundsOf(record.polygons.parts);
    return ok;
}

// Turns one feature's geometry into projected core geometry; warns and returns false to skip it.
bool convertGeometry(LayerContext& layer, GeometryPtr geometry, const std::string& where, FeatureRecord& record) {
    if (!geometry || geometry->IsEmpty()) {
        layer.warn(where, "empty geometry; skipped");
        return false;
    }
    if (!isExpectedType(geometry->getGeometryType(), layer.request.kind)) {
        layer.warn(where, std::string("geometry is ") + OGRGeometryTypeToName(geometry->getGeometryType()) + ", expected " +
                              expectedName(layer.request.kind) + "; skipped");
        return false;
    }
    if (layer.toGeographic) {
        if (std::string bad = firstBadCoordinate(*geometry, kSourceLimit, kSourceLimit); !bad.empty()) {
            layer.warn(where, "coordinate " + bad + " is not finite or lies far outside any map in the file's coordinate system; skipped");
            return false;
        }
    }
    if (layer.toGeographic && geometry->transform(layer.toGeographic.get()) != OGRERR_NONE) {
        layer.warn(where, "cannot be reprojected to WGS 84 longitude/latitude; skipped");
        return false;
    }
    if (std::string bad = firstBadCoordinate(*geometry); !bad.empty()) {
        layer.warn(where, "coordinate " + bad + " is not a valid longitude/latitude; skipped");
        return false;
    }
    if (layer.request.kind == ShapeKind::Polygons) {
        // GEOS reports why a geometry is invalid through CPL; keep that reason with this feature.
        GdalErrorCapture validity;
        if (!geometry->IsValid()) {
            std::vector<std::string> reasons = validity.take();
            std::string reason = reasons.empty() ? "self-intersecting or badly nested rings" : reasons.front();
            GeometryPtr repaired(geometry->MakeValid());
            validity.take();
            if (!repaired || repaired->IsEmpty()) {
                layer.warn(where, "invalid geometry (" + reason + ") that cannot be repaired; skipped");
                return false;
            }
            layer.warn(where, "invalid geometry (" + reason + "); repaired");
            geometry = std::move(repaired);
        }
    }
    collect(*geometry, record);
    cutAtMeridian(record, layer.cutLongitude);
    traceSeamlessOutline(record.polygons, layer.cutLongitude);
    if (record.polygons.parts.empty() && record.lines.empty()) {
        layer.warn(where, "geometry has no usable ring or line; skipped");
        return false;
    }
    if (!projectRecord(record, *layer.forward)) {
        layer.warn(where, "some coordinates cannot be projected; skipped");
        return false;
    }
    return true;
}

// Prepares the transformation to WGS 84 from the layer's own coordinate system. What GDAL and
// PROJ say meanwhile is captured, kept off stderr: the message says what is wrong.
bool prepareCoordinateSystem(LayerContext& layer, OGRLayer& ogrLayer) {
    GdalErrorCapture offStderr;
    const OGRSpatialReference* srs = ogrLayer.GetSpatialRef();
    if (!srs) {
        std::filesystem::path prj = layer.request.path;
        prj.replace_extension(".prj");
        std::error_code ec;
        std::string problem = std::filesystem::exists(prj, ec) ? prj.filename().string() + " is not a coordinate system GDAL can read"
                                                                : "no .prj file (" + prj.filename().string() + ")";
        layer.warn(layer.request.path.string(), problem + ": coordinates are taken as WGS 84 longitude/latitude (EPSG:4326)");
        return true;
    }
    OGRSpatialReference source(*srs);
    source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (source.IsGeographic() && source.IsSame(&layer.projection.geographic())) return true;
    layer.toGeographic.reset(OGRCreateCoordinateTransformation(&source, &layer.projection.geographic()));
    if (!layer.toGeographic) {
        layer.fail("its coordinate system (.prj) cannot be transformed to WGS 84");
        return false;
    }
    return true;
}

// The points of a geometry, its rings and parts counted.
std::int64_t vertexCount(const OGRGeometry& geometry) {
    OGRwkbGeometryType flat = wkbFlatten(geometry.getGeometryType());
    std::int64_t count = 0;
    if (flat == wkbLineString || flat == wkbLinearRing) count = geometry.toLineString()->getNumPoints();
    else if (flat == wkbPolygon)
        for (const OGRLinearRing* ring : *geometry.toPolygon()) count += ring->getNumPoints();
    else if (OGR_GT_IsSubClassOf(flat, wkbGeometryCollection))
        for (const OGRGeometry* part : *geometry.toGeometryCollection()) count += vertexCount(*part);
    return count;
}

std::string fieldText(OGRFeature& feature, int index, const std::string& where, const std::string& name, LayerContext& layer) {
    std::string value = feature.IsFieldSetAndNotNull(index) ? feature.GetFieldAsString(index) : "";
    if (std::string tooLong; fieldTooLong(value, tooLong)) {
        layer.warn(where, "field " + name + ": " + tooLong + "; shown as ?");
        return "?";
    }
    if (!core::isValidUtf8(value)) {
        layer.warn(where, "field " + name + " is not valid UTF-8: add a .cpg file naming the DBF's encoding (e.g. CP1251)");
        value = "?";
    }
    return value;
}

// Converts the pending features' geometry on a few threads, the largest first; each feature's
// messages stay with it.
void convertAll(const LayerContext& layer, std::vector<PendingFeature>& pending) {
    std::vector<std::size_t> order(pending.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return pending[a].vertices > pending[b].vertices; });
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        LayerContext worker = layer.forThread();
        GdalErrorCapture errors;
        for (std::size_t i = next++; i < order.size(); i = next++) {
            PendingFeature& feature = pending[order[i]];
            worker.diagnostics = &feature.diagnostics;
            feature.usable = convertGeometry(worker, std::move(feature.geometry), feature.where, feature.record);
            // Raised while converting this feature: it belongs to this feature.
            for (const std::string& message : errors.take()) worker.warn(feature.where, message);
        }
    };
    std::size_t threads = std::min<std::size_t>({std::max(1u, std::thread::hardware_concurrency()), 4, pending.size()});
    std::vector<std::future<void>> helpers;
    for (std::size_t t = 1; t < threads; ++t) helpers.push_back(std::async(std::launch::async, work));
    work();
    for (std::future<void>& helper : helpers) helper.get();
}

} // namespace

bool readFeatures(const LayerRequest& request, const OgrProjection& projection,
                  const std::function<void(FeatureRecord&&)>& accept, core::Diagnostics& diagnostics) {
    VectorFile file = openVectorFile(request.path, diagnostics);
    if (!file.layer) return false;
    LayerContext layer{request, projection, &diagnostics, nullptr, nullptr, 0};
    double cut = projection.centralMeridian() + 180;
    layer.cutLongitude = cut > 180 ? cut - 360 : cut;

    OGRLayer& ogrLayer = *file.layer;
    OGRwkbGeometryType layerType = ogrLayer.GetGeomType();
    if (layerType != wkbUnknown && !isExpectedType(layerType, request.kind)) {
        layer.fail(std::string("holds ") + OGRGeometryTypeToName(layerType) + " geometry, expected " + expectedName(request.kind));
        return false;
    }
    std::vector<int> fieldIndices;
    for (const std::string& name : request.fields) {
        int index = ogrLayer.GetLayerDefn()->GetFieldIndex(name.c_str());
        if (index < 0) {
            layer.fail("has no field '" + name + "'");
            return false;
        }
        fieldIndices.push_back(index);
    }
    if (!prepareCoordinateSystem(layer, ogrLayer)) return false;

    // Read every feature here, convert them on workers, then hand them on in the file's order.
    core::Diagnostics trailing; // about the layer as a whole: after every feature's messages
    layer.diagnostics = &trailing;
    std::vector<PendingFeature> pending;
    GdalErrorCapture errors;
    ogrLayer.ResetReading();
    long index = 0;
    std::int64_t vertices = 0;
    for (std::unique_ptr<OGRFeature> feature(ogrLayer.GetNextFeature()); feature;
         feature.reset(ogrLayer.GetNextFeature()), ++index) {
        if (featureLimitReached(index, request.path, trailing)) break;
        std::int64_t count = feature->GetGeometryRef() ? vertexCount(*feature->GetGeometryRef()) : 0;
        vertices += count;
        if (vertices > inputLimit(InputLimit::Vertices)) {
            layer.fail(overLimitMessage(InputLimit::Vertices, std::to_string(vertices) + " vertices so far") +
                       "; the rest are not read");
            break;
        }
        std::string label = request.fields.empty() ? "" : (feature->IsFieldSetAndNotNull(fieldIndices[0]) ? feature->GetFieldAsString(fieldIndices[0]) : "");
        PendingFeature& read = pending.emplace_back();
        read.where = describe(request, index, core::isValidUtf8(label) ? label : "");
        read.vertices = count;
        read.record.index = index;
        layer.diagnostics = &read.diagnostics;
        for (const std::string& message : errors.take()) layer.warn(read.where, "unreadable shape: " + message);
        for (std::size_t f = 0; f < fieldIndices.size(); ++f)
            read.record.fields.push_back(fieldText(*feature, fieldIndices[f], read.where, request.fields[f], layer));
        read.geometry.reset(feature->StealGeometry());
        layer.diagnostics = &trailing;
    }
    for (const std::string& message : errors.take()) layer.warn(request.path.string(), message);
    if (index == 0 && vertices == 0) layer.warn(request.path.string(), "holds no features"); // not stopped by the limit

    convertAll(layer, pending);
    for (PendingFeature& feature : pending) {
        diagnostics.insert(diagnostics.end(), feature.diagnostics.begin(), feature.diagnostics.end());
        if (feature.usable) accept(std::move(feature.record));
    }
    diagnostics.insert(diagnostics.end(), trailing.begin(), trailing.end());
    return true;
}

} // namespace atlas::io
