// export/png_sequence.cpp: one PNG per frame through writePng at deflate level 1.
#include "export/png_sequence.hpp"

#include <algorithm>
#include <cstdio>
#include <stdexcept>
#include <thread>

#include "export/png_file.hpp"

namespace atlas::exporting {

PngSequence::PngSequence(std::filesystem::path folder) : m_folder(std::move(folder)) {}

std::filesystem::path PngSequence::framePath(const std::filesystem::path& folder, int index) {
    char name[32];
    std::snprintf(name, sizeof name, "frame_%05d.png", index);
    return folder / name;
}

int PngSequence::concurrentWrites() const { return int(std::clamp(std::thread::hardware_concurrency(), 1u, 4u)); }

void PngSequence::write(int index, const core::Image& image) {
    std::string error = writePng(image, framePath(m_folder, index), kFastDeflate);
    if (!error.empty()) throw std::runtime_error(error);
}

} // namespace atlas::exporting
