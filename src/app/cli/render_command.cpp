// app/cli/render_command.cpp: loads the data and the story, frames the members, an episode or
// --bbox, renders the map at --at (or now) headless in a style (video by default) and writes it as
// PNG, with the layout report of that very frame when asked.
#include "app/cli/render_command.hpp"

#include <filesystem>
#include <future>
#include <iostream>

#include "app/cli/frame_view.hpp"
#include "core/geo/simplify.hpp"
#include "export/png_file.hpp"
#include "io/layout_report.hpp"
#include "platform/atomic_file.hpp"
#include "session/headless_renderer.hpp"
#include "session/map_session.hpp"
#include "session/story_session.hpp"

namespace atlas::app {

int runRender(const Options& options) {
    std::filesystem::path folder = session::dataFolder(options.data);
    core::Diagnostics diagnostics;
    auto loading = std::async(std::launch::async, [&] { return session::loadSession(folder, diagnostics); });
    auto context = std::make_unique<platform::EglContext>(); // made on this core while the other loads
    auto session = loading.get();
    // A folder with only a base map renders it without a story, unless a time was asked for.
    std::error_code ec;
    bool wantsStory = options.at || options.episode || std::filesystem::exists(folder / "sources.csv", ec);
    core::Loaded<core::Story> story = wantsStory ? session::loadStoryFolder(folder) : core::Loaded<core::Story>{};
    diagnostics.insert(diagnostics.end(), story.diagnostics.begin(), story.diagnostics.end());
    session::printDiagnostics(diagnostics);
    if (!session || (wantsStory && !story.value)) return 2;
    std::string episodeError;
    const core::Episode* episode = chosenEpisode(options, story.value ? &*story.value : nullptr, episodeError);
    if (!episodeError.empty()) {
        std::cerr << "error: " << episodeError << "\n";
        return 2;
    }

    core::Viewport viewport = session::exportViewport(options.size->width, options.size->height);
    std::optional<core::Camera> camera = frameCamera(options, episode, *session, viewport);
    if (!camera) {
        std::cerr << "error: --bbox: the box cannot be shown in this map's projection\n";
        return 2;
    }
    session::HeadlessRenderer renderer(*session, std::move(context), core::detailLevelFor(camera->metresPerPixel()));
    core::StyleName style = options.style.value_or(core::StyleName::Video);
    renderer.frames().style() = core::mapStyle(style);
    std::optional<core::StoryIndex> index;
    if (story.value) index.emplace(*story.value, session->data, *session->projection);
    auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    session::MapShot shot{index ? &*index : nullptr, options.at ? options.at->shown() : now, *camera, viewport, frameHeadline(options, episode)};
    std::vector<core::FrameState> frames = renderer.evaluate(shot);
    std::string error = exporting::writePng(renderer.render(frames), *options.output);
    if (!error.empty()) {
        std::cerr << "error: " << error << "\n";
        return 2;
    }
    if (options.layout &&
        !platform::writeFileAtomically(*options.layout, io::layoutReport(frames, core::nameOf(style), viewport.width, viewport.height))) {
        std::cerr << "error: --layout: cannot write " << options.layout->string() << "\n";
        return 2;
    }
    return core::hasBadInput(diagnostics) ? 2 : 0; // the frame is written all the same
}

} // namespace atlas::app
