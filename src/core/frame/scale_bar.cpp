// core/frame/scale_bar.cpp: round scale-bar lengths from true ground distances.
#include "core/frame/scale_bar.hpp"

#include <cmath>

namespace atlas::core {

double groundMetresPerPixel(const Camera& camera, const Projection& projection) {
    constexpr double kProbePixels = 50;
    Vec2 c = camera.center();
    double half = kProbePixels / 2 * camera.metresPerPixel();
    auto a = projection.inverse({c.x - half, c.y});
    auto b = projection.inverse({c.x + half, c.y});
    if (!a || !b) return camera.metresPerPixel();
    return greatCircleMetres(*a, *b) / kProbePixels;
}

ScaleBar makeScaleBar(double metresPerPixel, double maxPixels, Vec2 origin) {
    double maxMetres = metresPerPixel * maxPixels;
    double power = std::pow(10.0, std::floor(std::log10(maxMetres)));
    double length = power;
    for (double step : {5.0, 2.0, 1.0})
        if (step * power <= maxMetres) {
            length = step * power;
            break;
        }
    ScaleBar bar;
    bar.origin = origin;
    bar.lengthPixels = length / metresPerPixel;
    bar.text = length >= 1000 ? std::to_string(std::lround(length / 1000)) + " km" : std::to_string(std::lround(length)) + " m";
    return bar;
}

} // namespace atlas::core
