// core/parsed.hpp: the result of parsing one text value: the value, or why there is none.
// Standard library only.
#pragma once

#include <optional>
#include <string>

namespace atlas::core {

template <class T>
struct Parsed {
    std::optional<T> value;
    std::string error; // empty when value is set; otherwise says what is wrong with the text

    static Parsed failure(std::string why) { return {std::nullopt, std::move(why)}; }
};

} // namespace atlas::core
