// core/frame/map_styles.hpp: the map's styles by use, chosen by name: `screen` (the window),
// `presentation` (a projector at the back of a hall) and `video` (exports: no text under 18 px at
// 1080p). They share one palette, so a state, a status and an outcome keep their colour in every
// mode; a style changes only sizes and line weights. Standard library only.
#pragma once

#include <optional>
#include <string_view>

#include "core/frame/map_style.hpp"

namespace atlas::core {

enum class StyleName { Screen, Presentation, Video };

std::optional<StyleName> styleNamed(std::string_view name);
std::string_view nameOf(StyleName style);
MapStyle mapStyle(StyleName style);

} // namespace atlas::core
