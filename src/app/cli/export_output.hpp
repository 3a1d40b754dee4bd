// app/cli/export_output.hpp: what `export -o` writes to, checked before any frame is drawn: a PNG
// folder, an MP4 or a ProRes MOV file, the frames still to render, and each refusal as a message.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "app/cli/command_line.hpp"
#include "export/ffmpeg_video.hpp"

namespace atlas::app {

struct ExportOutput {
    bool video = false;              // an MP4 or MOV through ffmpeg, else a PNG sequence
    exporting::VideoCodec codec = exporting::VideoCodec::H264;
    std::filesystem::path path;      // the folder or the file
    std::filesystem::path ffmpeg;    // for a video
    std::vector<int> frames;         // the frames to render, in order
    bool createdFolder = false;      // the PNG folder did not exist before
};

// Checks -o against the options for frames first..last and prepares it: creates the PNG folder,
// removes unfinished frames of an earlier run, skips finished ones with --resume. Returns what is
// wrong (an exit-2 refusal), or "" with `output` filled in.
std::string prepareExportOutput(const Options& options, int first, int last, ExportOutput& output);

// Creates and removes a file in folder; "" when that works, else why not (for any output).
std::string probeWritable(const std::filesystem::path& folder);

// A file to be written at path (a video, a handout): refused when it exists without overwrite, or
// its folder is missing or cannot be written; "" when it can be written.
std::string checkOutputFile(const std::filesystem::path& path, bool overwrite);

} // namespace atlas::app
