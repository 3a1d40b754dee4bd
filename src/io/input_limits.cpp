// io/input_limits.cpp: the limits' defaults, read from the environment at each use.
#include "io/input_limits.hpp"

#include <cstdlib>

#include "core/text/number_text.hpp"

namespace atlas::io {

const InputLimitInfo& inputLimitInfo(InputLimit limit) {
    static const InputLimitInfo kLimits[] = {
        {"CSTO_ATLAS_MAX_FILE_MB", 512, "MB"},
        {"CSTO_ATLAS_MAX_FEATURES", 1'000'000, "features"},
        {"CSTO_ATLAS_MAX_VERTICES", 50'000'000, "vertices"},
        {"CSTO_ATLAS_MAX_FIELD_BYTES", 65'536, "bytes"},
    };
    return kLimits[static_cast<int>(limit)];
}

std::int64_t inputLimit(InputLimit limit) {
    const InputLimitInfo& info = inputLimitInfo(limit);
    const char* text = std::getenv(info.variable);
    std::optional<double> value = text ? core::parseFiniteNumber(text) : std::nullopt;
    if (!value || *value < 1 || *value > 9e15 || *value != double(std::int64_t(*value))) return info.defaultValue;
    return std::int64_t(*value);
}

std::string overLimitMessage(InputLimit limit, const std::string& found) {
    const InputLimitInfo& info = inputLimitInfo(limit);
    return found + ", over the limit of " + std::to_string(inputLimit(limit)) + " " + info.unit + " (set " +
           info.variable + " to raise it)";
}

bool featureLimitReached(std::int64_t count, const std::filesystem::path& path, core::Diagnostics& diagnostics) {
    if (count < inputLimit(InputLimit::Features)) return false;
    diagnostics.push_back({core::Diagnostic::Level::Error, path.string(),
                           overLimitMessage(InputLimit::Features, "more than " + std::to_string(count) + " features") +
                               "; the rest are not read"});
    return true;
}

bool fieldTooLong(const std::string& value, std::string& message) {
    if (std::int64_t(value.size()) <= inputLimit(InputLimit::FieldBytes)) return false;
    message = overLimitMessage(InputLimit::FieldBytes, "text of " + std::to_string(value.size()) + " bytes");
    return true;
}

} // namespace atlas::io
