// core/geo/camera.cpp: screen <-> map transforms, fitting, panning and zooming.
#include "core/geo/camera.hpp"

#include <algorithm>

namespace atlas::core {

namespace {
constexpr double kMinMetresPerPixel = 5;
constexpr double kMaxMetresPerPixel = 40000;
} // namespace

Camera Camera::fit(const Box& box, const Viewport& viewport, double marginPixels) {
    double margin = marginPixels * viewport.pixelScale;
    double usableWidth = std::max(1.0, viewport.width - 2 * margin);
    double usableHeight = std::max(1.0, viewport.height - 2 * margin);
    double mpp = std::max(box.width() / usableWidth, box.height() / usableHeight);
    Camera camera(box.center(), mpp > 0 ? mpp : 1000);
    camera.clampZoom();
    return camera;
}

Camera Camera::fitInto(const Box& box, const Viewport& viewport, const Box& area, double marginPixels) {
    Viewport part = viewport;
    part.width = int(area.width());
    part.height = int(area.height());
    Camera inArea = fit(box, part, marginPixels);
    double mpp = inArea.metresPerPixel();
    // The box's centre goes to the area's centre, not the viewport's.
    Vec2 shift{(viewport.width / 2.0 - area.center().x) * mpp, (area.center().y - viewport.height / 2.0) * mpp};
    return Camera(inArea.center() + shift, mpp);
}

Vec2 Camera::worldToScreen(Vec2 world, const Viewport& viewport) const {
    return {(world.x - m_center.x) / m_metresPerPixel + viewport.width / 2.0,
            viewport.height / 2.0 - (world.y - m_center.y) / m_metresPerPixel};
}

Vec2 Camera::screenToWorld(Vec2 screen, const Viewport& viewport) const {
    return {m_center.x + (screen.x - viewport.width / 2.0) * m_metresPerPixel,
            m_center.y - (screen.y - viewport.height / 2.0) * m_metresPerPixel};
}

Box Camera::visibleBox(const Viewport& viewport) const {
    Box box;
    box.extend(screenToWorld({0, 0}, viewport));
    box.extend(screenToWorld({double(viewport.width), double(viewport.height)}, viewport));
    return box;
}

void Camera::panPixels(Vec2 delta) {
    m_center.x -= delta.x * m_metresPerPixel;
    m_center.y += delta.y * m_metresPerPixel;
}

void Camera::zoomAt(Vec2 cursor, double factor, const Viewport& viewport) {
    Vec2 anchor = screenToWorld(cursor, viewport);
    m_metresPerPixel /= factor;
    clampZoom();
    Vec2 moved = screenToWorld(cursor, viewport);
    m_center = m_center + (anchor - moved);
}

void Camera::clampZoom() { m_metresPerPixel = std::clamp(m_metresPerPixel, kMinMetresPerPixel, kMaxMetresPerPixel); }

} // namespace atlas::core
