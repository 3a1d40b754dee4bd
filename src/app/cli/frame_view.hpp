// app/cli/frame_view.hpp: the episode --episode names, the camera of a headless frame (--bbox, an
// episode's view, or the member states, fitted to the frame size) and its headline.
#pragma once

#include <optional>
#include <string>

#include "app/cli/command_line.hpp"
#include "core/geo/camera.hpp"
#include "core/story/story.hpp"
#include "session/map_session.hpp"

namespace atlas::app {

// The episode --episode names in the story (nullptr without --episode); when it names none, error
// says so and lists the story's episodes.
const core::Episode* chosenEpisode(const Options& options, const core::Story* story, std::string& error);
// Nothing when the box cannot be shown in the session's projection.
std::optional<core::Camera> frameCamera(const Options& options, const core::Episode* episode,
                                        const session::MapSession& session, const core::Viewport& viewport);
// --title, else the episode's title, else none.
std::string frameHeadline(const Options& options, const core::Episode* episode);

} // namespace atlas::app
