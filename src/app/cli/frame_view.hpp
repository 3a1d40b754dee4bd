// app/cli/frame_view.hpp: the camera of a headless frame (--bbox, an episode's view, or the member
// states, fitted to the frame size) and its headline.
#pragma once

#include <optional>

#include "app/cli/command_line.hpp"
#include "core/geo/camera.hpp"
#include "session/map_session.hpp"

namespace atlas::app {

// Nothing when the box cannot be shown in the session's projection.
std::optional<core::Camera> frameCamera(const Options& options, const session::MapSession& session, const core::Viewport& viewport);
// --title, else the episode's title, else none.
std::string frameHeadline(const Options& options);

} // namespace atlas::app
