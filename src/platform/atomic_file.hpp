// platform/atomic_file.hpp: whole small files read and written so that a reader never sees half of
// one: the text goes to a temporary file beside the target, which is then renamed over it.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace atlas::platform {

// Creates the folder when needed; false when any step failed (the old file is then untouched).
bool writeFileAtomically(const std::filesystem::path& file, std::string_view text);

std::optional<std::string> readWholeFile(const std::filesystem::path& file);

} // namespace atlas::platform
