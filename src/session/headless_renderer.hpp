// session/headless_renderer.hpp: frames of a loaded map with no window: a surfaceless EGL
// context, the frame source and an offscreen target read back. Used by `render`, the tests and bench/.
#pragma once

#include <chrono>
#include <memory>
#include <optional>

#include "core/frame/image.hpp"
#include "platform/egl_context.hpp"
#include "session/frame_source.hpp"

namespace atlas::session {

class HeadlessRenderer {
public:
    // session must outlive the renderer. Throws std::runtime_error when OpenGL is unavailable.
    explicit HeadlessRenderer(const MapSession& session);
    // The same, with a context made earlier (while the data was loading, say), and the detail
    // level of the first frame to come when it is known (see render::MapRenderer).
    HeadlessRenderer(const MapSession& session, std::unique_ptr<platform::EglContext> context,
                     std::optional<int> firstDetailLevel = {});
    ~HeadlessRenderer();

    // Draws the shot and reads it back, the size of its (last) frame. An interactive frame is
    // drawn once every tile of its view is in the cache, as the window shows it at rest.
    core::Image render(const Shot& shot, render::DrawMode mode = render::DrawMode::Exact);
    // What the shot shows (to draw with render(frames), and to report what was drawn).
    std::vector<core::FrameState> evaluate(const Shot& shot);
    core::Image render(const std::vector<core::FrameState>& frames, render::DrawMode mode = render::DrawMode::Exact);
    // The base map of today's members.
    core::Image render(const core::Camera& camera, const core::Viewport& viewport,
                       render::DrawMode mode = render::DrawMode::Exact);
    // The map at a time of the story (indexed over the session's data).
    core::Image render(const core::StoryIndex& story, std::chrono::sys_seconds time, const core::Camera& camera,
                       const core::Viewport& viewport, render::DrawMode mode = render::DrawMode::Exact);

    FrameSource& frames() { return *m_frames; }

private:
    std::unique_ptr<platform::EglContext> m_context;
    std::unique_ptr<FrameSource> m_frames;
};

} // namespace atlas::session
