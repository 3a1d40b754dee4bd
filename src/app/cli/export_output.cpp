// app/cli/export_output.cpp: the refusals about -o, before the data is loaded; a refusal leaves
// nothing behind.
#include "app/cli/export_output.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstring>

#include "export/ffmpeg_video.hpp"
#include "export/png_sequence.hpp"

namespace atlas::app {

namespace fs = std::filesystem;

namespace {

std::string lowerExtension(const fs::path& path) {
    std::string extension = path.extension().string();
    for (char& c : extension) c = char(std::tolower(static_cast<unsigned char>(c)));
    return extension;
}


std::string prepareVideo(const Options& options, ExportOutput& output) {
    std::string where = "-o " + output.path.string() + ": ";
    std::string size = std::to_string(options.size->width) + "x" + std::to_string(options.size->height);
    bool mp4 = output.codec == exporting::VideoCodec::H264;
    if (mp4 && (options.size->width % 2 != 0 || options.size->height % 2 != 0))
        return where + "H.264 in yuv420p needs an even width and height, not " + size;
    if (output.codec == exporting::VideoCodec::ProRes422HQ && options.size->width % 2 != 0)
        return where + "ProRes 422 needs an even width, not " + size;
    if (options.transparent && mp4)
        return where + "MP4 has no alpha; --transparent needs ProRes 4444 (-o FILE.mov) or PNG frames (-o FOLDER/)";
    if (options.resume) return where + "--resume finishes PNG sequences only; export the video again";
    auto ffmpeg = exporting::FfmpegVideo::find();
    if (!ffmpeg) return "ffmpeg is not installed, so no video can be made: apt-get install ffmpeg (PNG frames need nothing: -o FOLDER/)";
    output.ffmpeg = *ffmpeg;
    return checkOutputFile(output.path, options.overwrite);
}

std::string prepareFrames(const Options& options, int first, int last, ExportOutput& output) {
    std::string where = "-o " + output.path.string() + ": ";
    std::error_code ec;
    if (fs::exists(output.path, ec) && !fs::is_directory(output.path, ec))
        return where + "exists and is not a folder; PNG frames go in a folder (-o FOLDER/)";
    output.createdFolder = !fs::exists(output.path, ec);
    fs::create_directories(output.path, ec);
    if (ec) return where + "cannot create the folder: " + ec.message();
    if (std::string why = probeWritable(output.path); !why.empty()) return where + "cannot write in the folder: " + why;
    std::vector<int> existing;
    for (int index = first; index <= last; ++index) {
        fs::path frame = exporting::PngSequence::framePath(output.path, index);
        fs::path unfinished = frame;
        unfinished += ".partial";
        fs::remove(unfinished, ec);
        if (fs::exists(frame, ec) && options.resume) continue;
        if (fs::exists(frame, ec)) existing.push_back(index);
        output.frames.push_back(index);
    }
    if (!existing.empty() && !options.overwrite)
        return where + std::to_string(existing.size()) + " of these frames already exist (" +
               exporting::PngSequence::framePath(output.path, existing.front()).filename().string() +
               "...); add --resume to finish them or --overwrite to replace them";
    return {};
}

} // namespace

std::string probeWritable(const fs::path& folder) {
    fs::path probe = folder / (".csto-atlas-probe-" + std::to_string(::getpid()));
    int fd = ::open(probe.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) return std::strerror(errno);
    ::close(fd);
    ::unlink(probe.c_str());
    return {};
}

std::string checkOutputFile(const fs::path& path, bool overwrite) {
    std::string where = "-o " + path.string() + ": ";
    std::error_code ec;
    if (fs::exists(path, ec) && !overwrite) return where + "already exists; add --overwrite to replace it";
    fs::path folder = path.parent_path().empty() ? fs::path(".") : path.parent_path();
    if (!fs::is_directory(folder, ec)) return where + "the folder " + folder.string() + " does not exist";
    if (std::string why = probeWritable(folder); !why.empty()) return where + "cannot write in " + folder.string() + ": " + why;
    return {};
}

std::string prepareExportOutput(const Options& options, int first, int last, ExportOutput& output) {
    output.path = *options.output;
    std::string text = output.path.string();
    bool folder = !text.empty() && text.back() == '/';
    std::error_code ec;
    std::string extension = lowerExtension(output.path);
    output.video = !folder && (extension == ".mp4" || extension == ".mov");
    if (extension == ".mov")
        output.codec = options.transparent ? exporting::VideoCodec::ProRes4444 : exporting::VideoCodec::ProRes422HQ;
    if (!output.video && !folder && output.path.has_extension() && !fs::is_directory(output.path, ec))
        return "-o " + text + ": expected a folder for PNG frames (end it with /), a file ending in .mp4 (H.264) or .mov (ProRes)";
    if (output.video) {
        for (int index = first; index <= last; ++index) output.frames.push_back(index);
        return prepareVideo(options, output);
    }
    return prepareFrames(options, first, last, output);
}

} // namespace atlas::app
