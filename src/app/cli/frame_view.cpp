// app/cli/frame_view.cpp: the episode --episode names, looked up in the story; the box in projected
// metres, then Camera::fit with a margin unless a box was given exactly.
#include "app/cli/frame_view.hpp"

namespace atlas::app {

const core::Episode* chosenEpisode(const Options& options, const core::Story* story, std::string& error) {
    if (!options.episode) return nullptr;
    const core::Episode* episode = story ? story->findEpisode(*options.episode) : nullptr;
    if (!episode)
        error = "--episode '" + *options.episode + "': no such episode in the data's episodes.csv; expected one of " +
                (story ? story->episodeIds() : "none");
    return episode;
}

std::optional<core::Camera> frameCamera(const Options& options, const core::Episode* episode,
                                        const session::MapSession& session, const core::Viewport& viewport) {
    core::Box view = session::memberBounds(session.data);
    if (options.mapBox) return core::Camera::fit(*options.mapBox, viewport, 0);
    if (options.bbox) view = core::projectedBox(*options.bbox, *session.projection);
    else if (episode) view = core::projectedBox({episode->southWest, episode->northEast}, *session.projection);
    if (view.empty()) return std::nullopt;
    return core::Camera::fit(view, viewport, options.bbox ? 0 : 24);
}

std::string frameHeadline(const Options& options, const core::Episode* episode) {
    if (options.title) return *options.title;
    return episode ? episode->title : "";
}

} // namespace atlas::app
