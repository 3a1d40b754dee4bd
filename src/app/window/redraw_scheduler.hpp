// app/window/redraw_scheduler.hpp: decides when the window draws and how: interactive frames (base map
// from tiles) while the map moves, one exact frame once it has been still for a moment, and
// tile prefetching while idle. Knows nothing of SDL or GL, so it can be tested directly.
#pragma once

#include <algorithm>
#include <cstdint>

#include "render/draw_mode.hpp"

namespace atlas::app {

class RedrawScheduler {
public:
    static constexpr std::uint32_t kSettleMs = 200; // stillness after which the frame is exact

    // Any input redraws; input that moved the map makes the next frames interactive.
    void input(bool movedMap, std::uint32_t nowMs);
    // Something changed that needs drawing (a level or tile became ready).
    void request() { m_framesToDraw = std::max(m_framesToDraw, 1); }

    bool shouldDraw(std::uint32_t nowMs);
    render::DrawMode mode(std::uint32_t nowMs) const;
    void drawn(render::DrawMode mode);

    // How long to wait for input before the next step (0: do not wait).
    std::uint32_t waitMs(std::uint32_t nowMs) const;
    // True when idle time may go to prefetching tiles; prefetched(false) once none is missing.
    bool wantsPrefetch() const { return m_prefetching && !m_exactPending && m_framesToDraw == 0; }
    void prefetched(bool more) { m_prefetching = more; }

private:
    int m_framesToDraw = 2; // ImGui needs a second frame to lay itself out
    std::uint32_t m_lastMoveMs = 0;
    bool m_moved = false;
    bool m_exactPending = false;
    bool m_prefetching = true;
};

} // namespace atlas::app
