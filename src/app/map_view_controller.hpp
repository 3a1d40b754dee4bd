// app/map_view_controller.hpp: turns window input (drag, wheel, keys) into camera moves; knows
// nothing of SDL or ImGui so it can be tested directly.
#pragma once

#include "core/camera.hpp"

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

private:
    core::Box m_home;
    core::Viewport m_viewport;
    core::Camera m_camera;
};

} // namespace atlas::app
