// app/window/export_job.cpp: posix_spawn with stderr on a non-blocking pipe; waitpid(WNOHANG) to learn
// the end. The child's exit status says how it went: 0 done, 1 stopped or failed, 2 refused.
#include "app/window/export_job.hpp"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

extern char** environ;

namespace atlas::app {

ExportJob::ExportJob(const std::vector<std::string>& arguments) {
    int pipe[2];
    if (::pipe2(pipe, O_CLOEXEC) != 0) {
        m_state = State::Failed;
        m_message = std::string("cannot start the export: ") + std::strerror(errno);
        return;
    }
    std::vector<std::string> command = {"csto-atlas"};
    command.insert(command.end(), arguments.begin(), arguments.end());
    std::vector<char*> argv;
    for (std::string& a : command) argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, pipe[1], 2);
    int failed = posix_spawn(&m_pid, "/proc/self/exe", &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(pipe[1]);
    m_output = pipe[0];
    ::fcntl(m_output, F_SETFL, O_NONBLOCK);
    if (failed != 0) {
        m_state = State::Failed;
        m_message = std::string("cannot start the export: ") + std::strerror(failed);
        m_pid = -1;
    }
}

ExportJob::~ExportJob() {
    if (m_state == State::Running && m_pid > 0) {
        ::kill(m_pid, SIGTERM);
        ::waitpid(m_pid, nullptr, 0);
    }
    if (m_output >= 0) ::close(m_output);
}

void ExportJob::cancel() {
    if (m_state != State::Running || m_pid <= 0) return;
    m_cancelled = true;
    ::kill(m_pid, SIGTERM);
}

void ExportJob::line(const std::string& text) {
    int done = 0, total = 0;
    if (std::sscanf(text.c_str(), "frame %d/%d", &done, &total) == 2) {
        m_done = done;
        m_total = total;
        m_message = text;
    } else if (!text.empty()) {
        m_problems.push_back(text);
    }
}

void ExportJob::readOutput() {
    char buffer[4096];
    for (;;) {
        ssize_t got = ::read(m_output, buffer, sizeof buffer);
        if (got <= 0) break;
        m_pending.append(buffer, std::size_t(got));
        for (std::size_t end; (end = m_pending.find('\n')) != std::string::npos; m_pending.erase(0, end + 1))
            line(m_pending.substr(0, end));
    }
}

void ExportJob::poll() {
    if (m_state != State::Running) return;
    readOutput();
    int status = 0;
    if (::waitpid(m_pid, &status, WNOHANG) != m_pid) return;
    readOutput();
    line(m_pending);
    bool ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    m_state = ok ? State::Done : m_cancelled ? State::Cancelled : State::Failed;
    if (!ok && !m_problems.empty()) {
        m_message.clear();
        for (const std::string& problem : m_problems) m_message += (m_message.empty() ? "" : "\n") + problem;
    }
    if (ok) m_message = "exported " + std::to_string(m_total) + " frames";
}

} // namespace atlas::app
