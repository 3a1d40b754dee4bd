// core/geo/camera.hpp: what part of the projected map a viewport shows, and the screen <-> map
// transforms. Screen pixels have their origin top-left, y down; map metres have y up.
// Standard library only.
#pragma once

#include "core/geo/geometry.hpp"

namespace atlas::core {

struct Viewport {
    int width = 0;          // framebuffer pixels
    int height = 0;
    double pixelScale = 1;  // device pixels per layout pixel: HiDPI, or export size over 1080p
    int bottom = 0;         // framebuffer rows below the map (a status line drawn there)
    int left = 0;           // framebuffer columns left of the map (one pane of several)
};

// Where a part of a framebuffer (one pane of several) starts in the whole's pixels: left, top.
inline Vec2 offsetIn(const Viewport& part, const Viewport& whole) {
    return {double(part.left - whole.left), double((whole.bottom + whole.height) - (part.bottom + part.height))};
}

class Camera {
public:
    Camera() = default;
    Camera(Vec2 center, double metresPerPixel) : m_center(center), m_metresPerPixel(metresPerPixel) {}

    // The camera that shows all of box inside the viewport, with a margin in layout pixels.
    static Camera fit(const Box& box, const Viewport& viewport, double marginPixels = 24);
    // The same, with the box shown inside area, a part of the viewport in its pixels.
    static Camera fitInto(const Box& box, const Viewport& viewport, const Box& area, double marginPixels = 24);

    Vec2 center() const { return m_center; }
    double metresPerPixel() const { return m_metresPerPixel; }

    Vec2 worldToScreen(Vec2 world, const Viewport& viewport) const;
    Vec2 screenToWorld(Vec2 screen, const Viewport& viewport) const;
    Box visibleBox(const Viewport& viewport) const;

    // Moves the map with the pointer: a drag of delta pixels.
    void panPixels(Vec2 delta);
    // Zooms by factor (>1 zooms in) keeping the map point under the cursor fixed.
    void zoomAt(Vec2 cursor, double factor, const Viewport& viewport);
    // Keeps the zoom between a few metres and the whole world per pixel.
    void clampZoom();

private:
    Vec2 m_center;
    double m_metresPerPixel = 1000;
};

} // namespace atlas::core
