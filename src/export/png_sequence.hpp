// export/png_sequence.hpp: frames as frame_00000.png, frame_00001.png... in a folder, each
// written under a temporary name and renamed when complete, with a fast deflate level.
#pragma once

#include <filesystem>

#include "export/frame_sink.hpp"

namespace atlas::exporting {

class PngSequence : public FrameSink {
public:
    explicit PngSequence(std::filesystem::path folder);

    void write(int index, const core::Image& image) override;
    void finish() override {}
    // Frames are separate files: one per core, up to four.
    int concurrentWrites() const override;

    static std::filesystem::path framePath(const std::filesystem::path& folder, int index);

private:
    std::filesystem::path m_folder;
};

} // namespace atlas::exporting
