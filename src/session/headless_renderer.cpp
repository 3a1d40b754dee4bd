// session/headless_renderer.cpp: a frame drawn into an FBO and read back.
#include "session/headless_renderer.hpp"

#include "render/offscreen_target.hpp"

namespace atlas::session {

HeadlessRenderer::HeadlessRenderer(const MapSession& session)
    : HeadlessRenderer(session, std::make_unique<platform::EglContext>()) {}

HeadlessRenderer::HeadlessRenderer(const MapSession& session, std::unique_ptr<platform::EglContext> context,
                                   std::optional<int> firstDetailLevel)
    : m_context(std::move(context)), m_frames(std::make_unique<FrameSource>(session, firstDetailLevel)) {}

HeadlessRenderer::~HeadlessRenderer() {
    m_context->makeCurrent();
    m_frames.reset(); // its GL objects go while the context is current
}

core::Image HeadlessRenderer::render(const Shot& shot, render::DrawMode mode) { return render(evaluate(shot), mode); }

std::vector<core::FrameState> HeadlessRenderer::evaluate(const Shot& shot) {
    m_context->makeCurrent();
    return m_frames->evaluate(shot);
}

core::Image HeadlessRenderer::render(const std::vector<core::FrameState>& frames, render::DrawMode mode) {
    m_context->makeCurrent();
    const core::Viewport& whole = frames.back().viewport;
    render::OffscreenTarget target(whole.width, whole.height);
    if (mode == render::DrawMode::Interactive)
        while (m_frames->prefetch(frames)) {
        }
    target.bind();
    m_frames->draw(frames, mode);
    return target.read();
}

core::Image HeadlessRenderer::render(const core::Camera& camera, const core::Viewport& viewport, render::DrawMode mode) {
    return render(MapShot{nullptr, {}, camera, viewport}, mode);
}

core::Image HeadlessRenderer::render(const core::StoryIndex& story, std::chrono::sys_seconds time, const core::Camera& camera,
                                     const core::Viewport& viewport, render::DrawMode mode) {
    return render(MapShot{&story, time, camera, viewport}, mode);
}

} // namespace atlas::session
