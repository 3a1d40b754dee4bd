// core/time/envelope.hpp: how a story item shows over time: it fades in, holds, fades out, then may
// leave a faint trace for a while. Standard library only.
#pragma once

#include <chrono>
#include <optional>

namespace atlas::core {

enum class Phase { FadeIn, Hold, FadeOut, Trace };

struct Envelope {
    std::chrono::sys_seconds begin; // starts fading in
    std::chrono::sys_seconds end;   // starts fading out
    std::chrono::seconds fadeOut{std::chrono::hours(24)};
    std::chrono::seconds trace{0}; // how long a faint trace stays after the fade out

    // The fade in: a quarter of the hold, between an hour and a day.
    std::chrono::seconds fadeIn() const;
    // The first instant at which nothing of the item shows.
    std::chrono::sys_seconds visibleUntil() const { return end + fadeOut + trace; }
};

inline constexpr double kTraceOpacity = 0.3;

struct PhaseAt {
    Phase phase = Phase::Hold;
    double opacity = 1; // 0..1; kTraceOpacity during the trace
};

// Nothing before begin or from visibleUntil() on.
std::optional<PhaseAt> phaseAt(const Envelope& envelope, std::chrono::sys_seconds time);

// Where time lies between two instants: 0 before from, 1 from to on.
double progressBetween(std::chrono::sys_seconds from, std::chrono::sys_seconds to, std::chrono::sys_seconds time);

} // namespace atlas::core
