// platform/atomic_file.cpp: write, fsync, rename; the temporary file is removed on failure, and those
// that killed writers left behind are removed by the next write.
#include "platform/atomic_file.hpp"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <fstream>
#include <sstream>

namespace atlas::platform {

namespace {

namespace fs = std::filesystem;

// Whether a process with this id still runs (and may still be writing its temporary file).
bool running(pid_t pid) { return pid == ::getpid() || ::kill(pid, 0) == 0 || errno == EPERM; }

// Removes NAME.tmpPID files beside file whose writer no longer runs: a kill mid-write left them.
void removeAbandonedTemporaries(const fs::path& file) {
    const std::string prefix = file.filename().string() + ".tmp";
    std::error_code ec;
    for (fs::directory_iterator it(file.parent_path(), ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.size() <= prefix.size() || name.size() > prefix.size() + 9 || !name.starts_with(prefix)) continue;
        const std::string digits = name.substr(prefix.size());
        if (!std::all_of(digits.begin(), digits.end(), [](unsigned char c) { return std::isdigit(c); })) continue;
        std::error_code removeError;
        if (!running(pid_t(std::stol(digits)))) fs::remove(it->path(), removeError);
    }
}

// Writes all of text to a new file and flushes it to the disk; false on any failure.
bool writeAndSync(const fs::path& path, std::string_view text) {
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) return false;
    bool ok = true;
    for (std::size_t written = 0; ok && written < text.size();) {
        ssize_t n = ::write(fd, text.data() + written, text.size() - written);
        if (n > 0) written += std::size_t(n);
        else ok = n < 0 && errno == EINTR;
    }
    ok = ok && ::fsync(fd) == 0;
    return ::close(fd) == 0 && ok;
}

} // namespace

bool writeFileAtomically(const fs::path& file, std::string_view text) {
    std::error_code ec;
    fs::create_directories(file.parent_path(), ec);
    removeAbandonedTemporaries(file);
    fs::path temporary = file;
    temporary += ".tmp" + std::to_string(::getpid());
    if (!writeAndSync(temporary, text)) {
        fs::remove(temporary, ec);
        return false;
    }
    fs::rename(temporary, file, ec);
    if (ec) fs::remove(temporary, ec);
    return !ec;
}

std::optional<std::string> readWholeFile(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace atlas::platform
