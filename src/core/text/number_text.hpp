// core/text/number_text.hpp: strict parsing of numbers typed by people or read from text files: the
// whole text must be the number. Standard library only.
#pragma once

#include <optional>
#include <string_view>

namespace atlas::core {

// A finite decimal number, or nullopt ("12abc", "", "nan" and "inf" are refused).
std::optional<double> parseFiniteNumber(std::string_view text);

// A base-10 integer that fits an int, or nullopt.
std::optional<int> parseInteger(std::string_view text);

} // namespace atlas::core
