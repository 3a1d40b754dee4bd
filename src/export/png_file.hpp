// export/png_file.hpp: writes and reads RGBA PNG files with libpng; a write goes to a temporary
// name first and is renamed only when complete.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "core/image.hpp"

namespace atlas::exporting {

// Returns an empty string on success, else what went wrong, naming the file.
std::string writePng(const core::Image& image, const std::filesystem::path& path);

// The image, or nullopt with error set to what went wrong.
std::optional<core::Image> readPng(const std::filesystem::path& path, std::string& error);

} // namespace atlas::exporting
