// io/input_limits.hpp: how much one data file may hold (its bytes, features, vertices, the bytes
// of one field), so that a hostile file cannot exhaust memory or time. Each limit is raised through
// an environment variable, which its message names.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include "core/diagnostic.hpp"

namespace atlas::io {

enum class InputLimit { FileMegabytes, Features, Vertices, FieldBytes };

struct InputLimitInfo {
    const char* variable;     // "CSTO_ATLAS_MAX_FEATURES"
    std::int64_t defaultValue;
    const char* unit;         // "features"
};

const InputLimitInfo& inputLimitInfo(InputLimit limit);

// The limit in force: the variable's value when it is a positive whole number, else the default.
std::int64_t inputLimit(InputLimit limit);

// "3 MB, over the limit of 2 MB (set CSTO_ATLAS_MAX_FILE_MB to raise it)".
std::string overLimitMessage(InputLimit limit, const std::string& found);

// True, with one error about path, once count items have been read and the limit is reached with
// more to come: call before reading item number `count` (0-based) and stop when it says so.
bool featureLimitReached(std::int64_t count, const std::filesystem::path& path, core::Diagnostics& diagnostics);

// Whether a field's text is over the limit; message then says so.
bool fieldTooLong(const std::string& value, std::string& message);

} // namespace atlas::io
