// app/window/export_job.hpp: an export run in the background from the window: `csto-atlas export`
// started as a child process of this same binary (so a video from the window is exactly the
// command line's), its progress read from its --progress-lines, cancelled with SIGTERM (the
// export then removes what it had not finished). The window stays free the whole time.
#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

namespace atlas::app {

class ExportJob {
public:
    enum class State { Running, Done, Failed, Cancelled };

    // Starts `csto-atlas ARGUMENTS...`; a job that could not start is Failed with the reason.
    explicit ExportJob(const std::vector<std::string>& arguments);
    ~ExportJob();
    ExportJob(const ExportJob&) = delete;
    ExportJob& operator=(const ExportJob&) = delete;

    // Reads what the export said and whether it ended; never blocks.
    void poll();
    void cancel();

    State state() const { return m_state; }
    int framesDone() const { return m_done; }
    int framesTotal() const { return m_total; }
    // The last progress line ("frame 12/600  9.8 fps  1:00 left"), or when it ended, what it said.
    const std::string& message() const { return m_message; }

private:
    void readOutput();
    void line(const std::string& text);

    pid_t m_pid = -1;
    int m_output = -1; // the read end of the child's stderr
    std::string m_pending;
    std::vector<std::string> m_problems; // lines that are not progress
    State m_state = State::Running;
    bool m_cancelled = false;
    int m_done = 0;
    int m_total = 0;
    std::string m_message;
};

} // namespace atlas::app
