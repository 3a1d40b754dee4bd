// platform/stop_signal.hpp: while alive, SIGINT and SIGTERM raise a flag instead of killing the
// process, so a long job can stop cleanly between steps; SIGPIPE is ignored.
#pragma once

#include <atomic>
#include <csignal>

namespace atlas::platform {

class StopSignal {
public:
    StopSignal();
    ~StopSignal(); // restores the previous handlers
    StopSignal(const StopSignal&) = delete;
    StopSignal& operator=(const StopSignal&) = delete;

    const std::atomic<bool>& raised() const;

private:
    struct sigaction m_previous[3];
};

} // namespace atlas::platform
