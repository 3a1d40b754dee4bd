// app/window/map_view_controller.hpp: turns window input (drag, wheel, keys) into camera moves; knows
// nothing of SDL or ImGui so it can be tested directly.
#pragma once

#include "core/geo/camera.hpp"

namespace atlas::app {

class MapViewController {
public:
    MapViewController(core::Box home, core::Viewport viewport);

    const core::Camera& camera() const { return m_camera; }
    const core::Viewport& viewport() const { return m_viewport; }

    // A new framebuffer size keeps the map centre and scale.
    void resize(core::Viewport viewport);
    // Positions are framebuffer pixels.
    void drag(core::Vec2 deltaPixels) { m_camera.panPixels(deltaPixels); }
    void wheel(core::Vec2 cursorPixels, double notches);
    void home();
    // Shows all of a projected box (an episode's view).
    void fit(const core::Box& box) { m_camera = core::Camera::fit(box, m_viewport); }
    // Moves the map so a projected point is in the middle, at the same scale.
    void centerOn(core::Vec2 point) { m_camera = core::Camera(point, m_camera.metresPerPixel()); }

private:
    core::Box m_home;
    core::Viewport m_viewport;
    core::Camera m_camera;
};

} // namespace atlas::app
