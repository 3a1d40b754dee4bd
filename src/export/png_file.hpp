// export/png_file.hpp: writes and reads RGBA PNG files with libpng; a write goes to a temporary
// name first and is renamed only when complete.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "core/frame/image.hpp"

namespace atlas::exporting {

// zlib levels: the default balance, and the fast one exports use.
inline constexpr int kDefaultDeflate = 6;
inline constexpr int kFastDeflate = 1;

// Returns an empty string on success, else what went wrong, naming the file.
std::string writePng(const core::Image& image, const std::filesystem::path& path, int deflateLevel = kDefaultDeflate);

// The image, or nullopt with error set to what went wrong.
std::optional<core::Image> readPng(const std::filesystem::path& path, std::string& error);

} // namespace atlas::exporting
