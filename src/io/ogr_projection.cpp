// io/ogr_projection.cpp: WGS 84 longitude/latitude <-> the map projection with OGR and PROJ.
#include "io/ogr_projection.hpp"

#include <ogr_spatialref.h>

#include <cmath>
#include <stdexcept>
#include <vector>

#include "io/gdal_errors.hpp"

namespace atlas::io {

OgrProjection::OgrProjection(const std::string& projDefinition)
    : m_geographic(std::make_unique<OGRSpatialReference>()), m_target(std::make_unique<OGRSpatialReference>()) {
    initGdal();
    GdalErrorCapture errors;
    m_geographic->SetWellKnownGeogCS("WGS84");
    m_geographic->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (m_target->importFromProj4(projDefinition.c_str()) != OGRERR_NONE)
        throw std::runtime_error("cannot use the projection '" + projDefinition + "'");
    m_target->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    m_forward.reset(OGRCreateCoordinateTransformation(m_geographic.get(), m_target.get()));
    m_inverse.reset(OGRCreateCoordinateTransformation(m_target.get(), m_geographic.get()));
    if (!m_forward || !m_inverse) throw std::runtime_error("PROJ cannot transform to '" + projDefinition + "'");
    m_centralMeridian = m_target->GetProjParm(SRS_PP_LONGITUDE_OF_CENTER, m_target->GetProjParm(SRS_PP_CENTRAL_MERIDIAN, 0));
}

OgrProjection::~OgrProjection() = default;

std::optional<core::Vec2> OgrProjection::forward(core::LonLat p) const {
    core::Vec2 v{p.lon, p.lat};
    if (!forwardInPlace(std::span<core::Vec2>(&v, 1))) return std::nullopt;
    return v;
}

std::optional<core::LonLat> OgrProjection::inverse(core::Vec2 p) const {
    double x = p.x, y = p.y;
    int ok = 0;
    GdalErrorCapture quiet; // "Point outside of projection domain" is an answer here, not a message for stderr
    if (!m_inverse->Transform(1, &x, &y, nullptr, &ok) || !ok || !std::isfinite(x) || !std::isfinite(y))
        return std::nullopt;
    return core::LonLat{x, y};
}

bool OgrProjection::forwardInPlace(std::span<core::Vec2> points) const { return transformInPlace(*m_forward, points); }

std::unique_ptr<OGRCoordinateTransformation> OgrProjection::cloneForward() const {
    return std::unique_ptr<OGRCoordinateTransformation>(m_forward->Clone());
}

bool transformInPlace(OGRCoordinateTransformation& transform, std::span<core::Vec2> points) {
    if (points.empty()) return true;
    std::vector<double> xs(points.size()), ys(points.size());
    for (std::size_t i = 0; i < points.size(); ++i) {
        xs[i] = points[i].x;
        ys[i] = points[i].y;
    }
    std::vector<int> ok(points.size(), 0);
    GdalErrorCapture quiet;
    bool all = transform.Transform(int(points.size()), xs.data(), ys.data(), nullptr, ok.data());
    for (std::size_t i = 0; i < points.size(); ++i) {
        points[i] = {xs[i], ys[i]};
        all = all && ok[i] && core::isFinite(points[i]);
    }
    return all;
}

} // namespace atlas::io
