// core/time/envelope.cpp: the phases of an item's envelope and its opacity in each.
#include "core/time/envelope.hpp"

#include <algorithm>

namespace atlas::core {

using namespace std::chrono;

seconds Envelope::fadeIn() const { return std::clamp<seconds>((end - begin) / 4, hours(1), hours(24)); }

double progressBetween(sys_seconds from, sys_seconds to, sys_seconds time) {
    if (time <= from) return 0;
    if (time >= to) return 1;
    return double((time - from).count()) / double((to - from).count());
}

std::optional<PhaseAt> phaseAt(const Envelope& e, sys_seconds time) {
    if (time < e.begin || time >= e.visibleUntil()) return std::nullopt;
    if (time < e.begin + e.fadeIn()) return PhaseAt{Phase::FadeIn, progressBetween(e.begin, e.begin + e.fadeIn(), time)};
    if (time < e.end) return PhaseAt{Phase::Hold, 1};
    double floor = e.trace.count() > 0 ? kTraceOpacity : 0;
    if (time < e.end + e.fadeOut)
        return PhaseAt{Phase::FadeOut, 1 - (1 - floor) * progressBetween(e.end, e.end + e.fadeOut, time)};
    return PhaseAt{Phase::Trace, kTraceOpacity};
}

} // namespace atlas::core
