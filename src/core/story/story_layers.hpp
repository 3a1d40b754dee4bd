// core/story/story_layers.hpp: which of the story's layers a frame shows; a presentation chapter turns
// some off. Standard library only.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace atlas::core {

struct StoryLayers {
    bool members = true;      // member states in their colours (else every state in the land colour)
    bool requests = true;     // requests for help and their answers
    bool deployments = true;  // contingents' journeys
    bool sites = true;        // guarded sites
    bool regions = true;      // affected regions
    bool placeLabels = true;  // country names and capitals
    bool legend = true;       // the legend of what is on screen
    bool date = true;         // the date top left
    bool sources = true;      // the sources line bottom right
    bool scaleBar = true;

    friend bool operator==(const StoryLayers&, const StoryLayers&) = default;
};

// The names a story file uses for the layers that can be switched: "members", "requests",
// "deployments", "sites", "regions", "labels", "legend".
std::span<const std::string_view> storyLayerNames();
// Only the named layers (those of storyLayerNames(); the date and sources are the caller's);
// nothing when a name is unknown.
std::optional<StoryLayers> layersNamed(std::span<const std::string_view> names);

} // namespace atlas::core
