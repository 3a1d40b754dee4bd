// core/text/utf8.hpp: UTF-8 validation and decoding to code points. Standard library only.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace atlas::core {

bool isValidUtf8(std::string_view text);

// Code points of a UTF-8 text; each invalid byte becomes U+FFFD.
std::vector<std::uint32_t> decodeUtf8(std::string_view text);

} // namespace atlas::core
