// core/presentation/camera_flight.cpp: u(s), the distance flown, and w(s), the view's width, from van Wijk and
// Nuij's closed form with rho = sqrt(2); a pure zoom when the centres coincide.
#include "core/presentation/camera_flight.hpp"

#include <algorithm>
#include <cmath>

namespace atlas::core {

namespace {

constexpr double kRho = 1.41421356237;
constexpr double kRho2 = kRho * kRho;
constexpr double kSecondsPerUnit = 1.5; // seconds per unit of the path's length
constexpr double kMaxSeconds = 4.0;

} // namespace

double easeInOut(double t) {
    t = std::clamp(t, 0.0, 1.0);
    return t < 0.5 ? 4 * t * t * t : 1 - std::pow(-2 * t + 2, 3) / 2;
}

CameraFlight::CameraFlight(const Camera& from, const Camera& to, double viewportWidth)
    : m_from(from), m_to(to), m_width0(from.metresPerPixel() * viewportWidth), m_width1(to.metresPerPixel() * viewportWidth) {
    Vec2 delta{to.center().x - from.center().x, to.center().y - from.center().y};
    m_distance = std::hypot(delta.x, delta.y);
    m_direction = m_distance > 0 ? Vec2{delta.x / m_distance, delta.y / m_distance} : Vec2{0, 0};
    if (m_distance < 1e-6 * std::max(m_width0, m_width1)) {
        m_distance = 0;
        m_length = std::abs(std::log(m_width1 / m_width0)) / kRho;
        return;
    }
    auto r = [&](double sign, double width) {
        double b = (m_width1 * m_width1 - m_width0 * m_width0 + sign * kRho2 * kRho2 * m_distance * m_distance) /
                   (2 * width * kRho2 * m_distance);
        return -std::asinh(b); // ln(sqrt(b² + 1) - b), without its cancellation for a large b
    };
    m_r0 = r(+1, m_width0);
    m_length = (r(-1, m_width1) - m_r0) / kRho;
}

Camera CameraFlight::at(double progress) const {
    if (progress <= 0) return m_from;
    if (progress >= 1) return m_to;
    double s = easeInOut(progress) * m_length;
    double width = 0, flown = 0;
    if (m_distance == 0) {
        width = m_width0 * std::exp((m_width1 >= m_width0 ? 1 : -1) * kRho * s);
    } else {
        double k = m_width0 / kRho2;
        flown = k * std::cosh(m_r0) * std::tanh(kRho * s + m_r0) - k * std::sinh(m_r0);
        flown = std::clamp(flown, 0.0, m_distance);
        width = m_width0 * std::cosh(m_r0) / std::cosh(kRho * s + m_r0);
    }
    double metresPerPixel = m_from.metresPerPixel() * width / m_width0;
    Vec2 center{m_from.center().x + m_direction.x * flown, m_from.center().y + m_direction.y * flown};
    return Camera(center, metresPerPixel);
}

double CameraFlight::seconds() const { return std::min(kMaxSeconds, m_length * kSecondsPerUnit); }

} // namespace atlas::core
