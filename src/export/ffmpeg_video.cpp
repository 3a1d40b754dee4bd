// export/ffmpeg_video.cpp: posix_spawn of ffmpeg in its own process group (a Ctrl-C reaches only
// csto-atlas, which then stops ffmpeg itself), frames written whole to its standard input.
#include "export/ffmpeg_video.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>
#include <vector>

extern char** environ;

namespace atlas::exporting {

std::optional<std::filesystem::path> FfmpegVideo::find() {
    const char* path = std::getenv("PATH");
    std::string folders = path ? path : "/usr/bin:/bin";
    std::size_t start = 0;
    while (start <= folders.size()) {
        std::size_t end = folders.find(':', start);
        if (end == std::string::npos) end = folders.size();
        std::filesystem::path candidate = std::filesystem::path(folders.substr(start, end - start)) / "ffmpeg";
        if (end > start && ::access(candidate.c_str(), X_OK) == 0) return candidate;
        start = end + 1;
    }
    return std::nullopt;
}

std::filesystem::path FfmpegVideo::temporaryPath(const std::filesystem::path& output) {
    std::filesystem::path temporary = output;
    temporary += ".partial";
    return temporary;
}

namespace {

// Editors read HD ProRes as Rec. 709: the RGB frames are converted with its matrix, and tagged so.
constexpr const char* kRec709 = "scale=out_color_matrix=bt709:out_range=tv";

// ffmpeg's options for the codec, container last.
std::vector<std::string> codecArguments(VideoCodec codec) {
    switch (codec) {
    case VideoCodec::ProRes4444:
        return {"-vf", kRec709, "-c:v", "prores_ks", "-profile:v", "4444", "-pix_fmt", "yuva444p10le", "-alpha_bits", "16",
                "-vendor", "apl0", "-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709", "-f", "mov"};
    case VideoCodec::ProRes422HQ:
        return {"-vf", kRec709, "-c:v", "prores_ks", "-profile:v", "3", "-pix_fmt", "yuv422p10le", "-vendor", "apl0",
                "-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709", "-f", "mov"};
    case VideoCodec::H264: break;
    }
    return {"-c:v", "libx264", "-preset", "superfast", "-crf", "18", "-pix_fmt", "yuv420p", "-movflags", "+faststart", "-f", "mp4"};
}

} // namespace

FfmpegVideo::FfmpegVideo(const std::filesystem::path& ffmpeg, std::filesystem::path output, VideoCodec codec, int width,
                         int height, int fps)
    : m_output(std::move(output)) {
    std::string size = std::to_string(width) + "x" + std::to_string(height);
    std::vector<std::string> arguments = {
        ffmpeg.string(), "-hide_banner", "-loglevel", "error", "-nostats", "-y",
        "-f", "rawvideo", "-pix_fmt", "rgba", "-s", size, "-r", std::to_string(fps), "-i", "pipe:0",
        "-an", "-fflags", "+bitexact"};
    for (std::string& a : codecArguments(codec)) arguments.push_back(std::move(a));
    arguments.push_back(temporaryPath(m_output).string());
    std::vector<char*> argv;
    for (std::string& a : arguments) argv.push_back(a.data());
    argv.push_back(nullptr);

    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) throw std::runtime_error(std::string("cannot start ffmpeg: ") + std::strerror(errno));
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[0], STDIN_FILENO);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    posix_spawnattr_setpgroup(&attributes, 0);
    sigset_t defaults;
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGINT);
    sigaddset(&defaults, SIGTERM);
    sigaddset(&defaults, SIGPIPE);
    posix_spawnattr_setsigdefault(&attributes, &defaults);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF);
    int status = posix_spawn(&m_child, argv[0], &actions, &attributes, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    ::close(fds[0]);
    if (status != 0) {
        ::close(fds[1]);
        m_child = -1;
        throw std::runtime_error(ffmpeg.string() + ": cannot start: " + std::strerror(status));
    }
    m_pipe = fds[1];
}

FfmpegVideo::~FfmpegVideo() {
    if (m_child > 0) {
        ::kill(m_child, SIGTERM);
        close();
    }
    std::error_code ec;
    std::filesystem::remove(temporaryPath(m_output), ec);
}

void FfmpegVideo::write(int, const core::Image& image) {
    const std::uint8_t* data = image.rgba.data();
    std::size_t left = image.rgba.size();
    while (left > 0) {
        ssize_t n = ::write(m_pipe, data, left);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) throw std::runtime_error(m_output.string() + ": ffmpeg stopped taking frames (see its message above)");
        data += n;
        left -= std::size_t(n);
    }
}

void FfmpegVideo::finish() {
    if (!close()) throw std::runtime_error(m_output.string() + ": ffmpeg failed (see its message above)");
    std::error_code ec;
    std::filesystem::rename(temporaryPath(m_output), m_output, ec);
    if (ec) throw std::runtime_error(m_output.string() + ": cannot rename the finished video: " + ec.message());
}

bool FfmpegVideo::close() {
    if (m_pipe >= 0) ::close(m_pipe);
    m_pipe = -1;
    int status = 0;
    pid_t child = m_child;
    m_child = -1;
    while (child > 0 && ::waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    return child > 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

} // namespace atlas::exporting
