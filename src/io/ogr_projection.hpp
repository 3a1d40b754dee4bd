// io/ogr_projection.hpp: the core's Projection through PROJ, by way of OGR's coordinate
// transformation; also projects whole rings at once for the loaders.
#pragma once

#include <memory>
#include <span>
#include <string>

#include "core/geo/projection.hpp"

class OGRCoordinateTransformation;
class OGRSpatialReference;

namespace atlas::io {

class OgrProjection final : public core::Projection {
public:
    // Throws std::runtime_error naming the definition when PROJ cannot build it.
    explicit OgrProjection(const std::string& projDefinition = core::kDefaultProjection);
    ~OgrProjection() override;

    std::optional<core::Vec2> forward(core::LonLat p) const override;
    std::optional<core::LonLat> inverse(core::Vec2 p) const override;
    double centralMeridian() const override { return m_centralMeridian; }

    // Projects lon/lat points in place; false when any point could not be projected.
    bool forwardInPlace(std::span<core::Vec2> points) const;
    // A forward transformation for another thread: OGR's must not be shared between threads.
    std::unique_ptr<OGRCoordinateTransformation> cloneForward() const;

    const OGRSpatialReference& target() const { return *m_target; }
    const OGRSpatialReference& geographic() const { return *m_geographic; }

private:
    std::unique_ptr<OGRSpatialReference> m_geographic;
    std::unique_ptr<OGRSpatialReference> m_target;
    std::unique_ptr<OGRCoordinateTransformation> m_forward;
    std::unique_ptr<OGRCoordinateTransformation> m_inverse;
    double m_centralMeridian = 0;
};

// Transforms points in place with transform; false when any point could not be transformed.
bool transformInPlace(OGRCoordinateTransformation& transform, std::span<core::Vec2> points);

} // namespace atlas::io
