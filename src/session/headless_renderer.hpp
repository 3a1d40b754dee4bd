// session/headless_renderer.hpp: renders frames of a loaded map with no window: a surfaceless EGL
// context, the map renderer and an offscreen target. Used by `render`, the tests and bench/.
#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <vector>

#include "session/map_session.hpp"
#include "core/evaluate.hpp"
#include "core/image.hpp"
#include "platform/egl_context.hpp"
#include "render/map_renderer.hpp"

namespace atlas::session {

class HeadlessRenderer {
public:
    // session must outlive the renderer. Throws std::runtime_error when OpenGL is unavailable.
    explicit HeadlessRenderer(const MapSession& session);
    // The same, with a context made earlier (while the data was loading, say), and the detail
    // level of the first frame to come when it is known (see render::MapRenderer).
    HeadlessRenderer(const MapSession& session, std::unique_ptr<platform::EglContext> context,
                     std::optional<int> firstDetailLevel = {});

    // Evaluates and draws one frame and reads it back. An interactive frame is drawn once every
    // tile of its view is in the cache, as the window shows it at rest.
    core::Image render(const core::Camera& camera, const core::Viewport& viewport,
                       render::DrawMode mode = render::DrawMode::Exact);
    // The same at a time of the story (indexed over the session's data).
    core::Image render(const core::StoryIndex& story, std::chrono::sys_seconds time, const core::Camera& camera,
                       const core::Viewport& viewport, render::DrawMode mode = render::DrawMode::Exact);

    // Frames drawn in order into one image the size of the last (a presentation's panes, then
    // its cards).
    core::Image render(const std::vector<core::FrameState>& frames, render::DrawMode mode = render::DrawMode::Exact);

    // What evaluating a frame needs: the session's projection and the renderer's font.
    core::EvaluateContext evaluateContext();

private:
    const MapSession& m_session;
    std::unique_ptr<platform::EglContext> m_context;
    render::MapRenderer m_renderer;
};

// Layout pixels grow with the frame so 1080p and 4K frames have the same layout.
double exportPixelScale(int frameHeight);

} // namespace atlas::session
