// export/ffmpeg_video.hpp: a video made by Debian's `ffmpeg` binary from raw RGBA frames on a
// pipe, written under a temporary name and renamed when complete: an H.264 MP4 (yuv420p,
// +faststart) to watch, or an Apple ProRes MOV for editors (4444 with alpha, or 422 HQ).
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <optional>

#include "export/frame_sink.hpp"

namespace atlas::exporting {

enum class VideoCodec {
    H264,        // MP4, yuv420p
    ProRes422HQ, // MOV, yuv422p10le, opaque
    ProRes4444,  // MOV, yuva444p10le, with the frames' alpha
};

class FfmpegVideo : public FrameSink {
public:
    // Starts ffmpeg. Throws std::runtime_error when it cannot be started.
    FfmpegVideo(const std::filesystem::path& ffmpeg, std::filesystem::path output, VideoCodec codec, int width, int height,
                int fps);
    ~FfmpegVideo() override;
    FfmpegVideo(const FfmpegVideo&) = delete;
    FfmpegVideo& operator=(const FfmpegVideo&) = delete;

    void write(int index, const core::Image& image) override;
    void finish() override;

    // The ffmpeg on PATH, or nothing.
    static std::optional<std::filesystem::path> find();
    // Where an unfinished video of `output` is written.
    static std::filesystem::path temporaryPath(const std::filesystem::path& output);

private:
    // Closes the pipe and waits for ffmpeg; true when it exited with status 0.
    bool close();

    std::filesystem::path m_output;
    int m_pipe = -1;
    pid_t m_child = -1;
};

} // namespace atlas::exporting
