// core/frame/scale_bar.hpp: a scale bar of a round length (1, 2 or 5 times a power of ten km) measured
// on the ground at the centre of the view. Standard library only.
#pragma once

#include "core/frame/frame_state.hpp"
#include "core/geo/camera.hpp"
#include "core/geo/projection.hpp"

namespace atlas::core {

// Ground metres per pixel at the centre of the view, from the projection's inverse.
double groundMetresPerPixel(const Camera& camera, const Projection& projection);

// The longest round length that fits in about maxPixels at groundMetresPerPixel.
ScaleBar makeScaleBar(double groundMetresPerPixel, double maxPixels, Vec2 origin);

} // namespace atlas::core
