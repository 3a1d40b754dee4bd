// core/story/story_layers.cpp: layer names to switches.
#include "core/story/story_layers.hpp"

#include <array>

namespace atlas::core {

namespace {

constexpr std::array<std::string_view, 7> kNames = {"members", "requests", "deployments", "sites",
                                                     "regions", "labels",   "legend"};

bool* switchOf(StoryLayers& layers, std::string_view name) {
    std::array<bool*, 7> switches = {&layers.members, &layers.requests, &layers.deployments, &layers.sites,
                                     &layers.regions, &layers.placeLabels, &layers.legend};
    for (std::size_t i = 0; i < kNames.size(); ++i)
        if (kNames[i] == name) return switches[i];
    return nullptr;
}

} // namespace

std::span<const std::string_view> storyLayerNames() { return kNames; }

std::optional<StoryLayers> layersNamed(std::span<const std::string_view> names) {
    StoryLayers layers;
    for (std::string_view name : kNames) *switchOf(layers, name) = false;
    for (std::string_view name : names) {
        bool* on = switchOf(layers, name);
        if (!on) return std::nullopt;
        *on = true;
    }
    return layers;
}

} // namespace atlas::core
