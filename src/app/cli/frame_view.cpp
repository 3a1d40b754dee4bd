// app/cli/frame_view.cpp: the box in projected metres, then Camera::fit with a margin unless a box
// was given exactly.
#include "app/cli/frame_view.hpp"

#include "core/story/episodes.hpp"

namespace atlas::app {

std::optional<core::Camera> frameCamera(const Options& options, const session::MapSession& session, const core::Viewport& viewport) {
    core::Box view = session::memberBounds(session.data);
    if (options.mapBox) return core::Camera::fit(*options.mapBox, viewport, 0);
    if (options.bbox) view = core::projectedBox(*options.bbox, *session.projection);
    else if (const core::Episode* episode = options.episode ? core::findEpisode(*options.episode) : nullptr)
        view = core::projectedBox({episode->southWest, episode->northEast}, *session.projection);
    if (view.empty()) return std::nullopt;
    return core::Camera::fit(view, viewport, options.bbox ? 0 : 24);
}

std::string frameHeadline(const Options& options) {
    if (options.title) return *options.title;
    const core::Episode* episode = options.episode ? core::findEpisode(*options.episode) : nullptr;
    return episode ? std::string(episode->title) : "";
}

} // namespace atlas::app
