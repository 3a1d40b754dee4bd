// app/window/redraw_scheduler.cpp: the window's drawing states.
#include "app/window/redraw_scheduler.hpp"

namespace atlas::app {

void RedrawScheduler::input(bool movedMap, std::uint32_t nowMs) {
    m_framesToDraw = 2;
    if (!movedMap) return;
    m_moved = true;
    m_lastMoveMs = nowMs;
    m_prefetching = true;
}

bool RedrawScheduler::shouldDraw(std::uint32_t nowMs) {
    if (m_exactPending && nowMs - m_lastMoveMs >= kSettleMs) {
        m_exactPending = false;
        request();
    }
    return m_framesToDraw > 0;
}

render::DrawMode RedrawScheduler::mode(std::uint32_t nowMs) const {
    return m_moved && nowMs - m_lastMoveMs < kSettleMs ? render::DrawMode::Interactive : render::DrawMode::Exact;
}

void RedrawScheduler::drawn(render::DrawMode mode) {
    m_framesToDraw = std::max(0, m_framesToDraw - 1);
    m_exactPending = mode == render::DrawMode::Interactive;
}

std::uint32_t RedrawScheduler::waitMs(std::uint32_t nowMs) const {
    if (m_framesToDraw > 0) return 0;
    if (wantsPrefetch()) return 5; // a tile per step, leaving the other core to mesh builders
    if (m_exactPending) return kSettleMs - std::min(kSettleMs, nowMs - m_lastMoveMs);
    return 250;
}

} // namespace atlas::app
