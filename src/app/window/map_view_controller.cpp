// app/window/map_view_controller.cpp: each wheel notch zooms by a fifth, about the cursor.
#include "app/window/map_view_controller.hpp"

#include <cmath>

namespace atlas::app {

MapViewController::MapViewController(core::Box home, core::Viewport viewport)
    : m_home(home), m_viewport(viewport), m_camera(core::Camera::fit(home, viewport)) {}

void MapViewController::resize(core::Viewport viewport) { m_viewport = viewport; }

void MapViewController::wheel(core::Vec2 cursorPixels, double notches) {
    m_camera.zoomAt(cursorPixels, std::pow(1.2, notches), m_viewport);
}

void MapViewController::home() { m_camera = core::Camera::fit(m_home, m_viewport); }

} // namespace atlas::app
