// core/frame/premultiplied_rows.hpp: turns pixels as OpenGL reads them back (bottom row first,
// premultiplied alpha) into an image (top row first, straight alpha). Standard library only.
#pragma once

#include <cstdint>
#include <vector>

#include "core/frame/image.hpp"

namespace atlas::core {

Image imageFromPremultipliedRows(const std::vector<std::uint8_t>& bottomUp, int width, int height);

} // namespace atlas::core
