// core/presentation/camera_flight.hpp: the camera's path from one view to another: zoom out, across, in,
// along van Wijk and Nuij's optimal path ("Smooth and efficient zooming and panning", 2003),
// eased in and out. The centre moves straight towards the target and never passes it; the zoom
// never goes closer than the nearer of the two views. Standard library only.
#pragma once

#include "core/geo/camera.hpp"

namespace atlas::core {

class CameraFlight {
public:
    // viewportWidth: framebuffer pixels across, which turns metres per pixel into the view's width.
    CameraFlight(const Camera& from, const Camera& to, double viewportWidth);

    // The camera at progress 0 (from) .. 1 (to); outside that, the nearer end.
    Camera at(double progress) const;
    // How long the flight takes: longer for a longer path, between 0 and 4 seconds.
    double seconds() const;

private:
    Camera m_from;
    Camera m_to;
    Vec2 m_direction;    // unit vector from m_from's centre to m_to's
    double m_distance;   // metres between the centres
    double m_width0;     // view widths in metres
    double m_width1;
    double m_r0 = 0;     // the path's parameters (van Wijk and Nuij's r0 and S)
    double m_length = 0;
};

// Cubic ease in and out of 0..1: starts and stops at rest.
double easeInOut(double t);

} // namespace atlas::core
