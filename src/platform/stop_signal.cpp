// platform/stop_signal.cpp: a lock-free atomic is all the handler touches.
#include "platform/stop_signal.hpp"

namespace atlas::platform {

namespace {

std::atomic<bool> g_raised{false};
constexpr int kSignals[3] = {SIGINT, SIGTERM, SIGPIPE};

extern "C" void raiseStop(int) { g_raised = true; }

} // namespace

StopSignal::StopSignal() {
    static_assert(std::atomic<bool>::is_always_lock_free);
    g_raised = false;
    for (int i = 0; i < 3; ++i) {
        struct sigaction action {};
        action.sa_handler = kSignals[i] == SIGPIPE ? SIG_IGN : raiseStop;
        sigemptyset(&action.sa_mask);
        sigaction(kSignals[i], &action, &m_previous[i]);
    }
}

StopSignal::~StopSignal() {
    for (int i = 0; i < 3; ++i) sigaction(kSignals[i], &m_previous[i], nullptr);
}

const std::atomic<bool>& StopSignal::raised() const { return g_raised; }

} // namespace atlas::platform
