// session/headless_renderer.cpp: evaluate, draw into an FBO, read back.
#include "session/headless_renderer.hpp"

#include <algorithm>

#include "render/offscreen_target.hpp"

namespace atlas::session {

double exportPixelScale(int frameHeight) { return std::max(0.5, frameHeight / 1080.0); }

HeadlessRenderer::HeadlessRenderer(const MapSession& session)
    : HeadlessRenderer(session, std::make_unique<platform::EglContext>()) {}

HeadlessRenderer::HeadlessRenderer(const MapSession& session, std::unique_ptr<platform::EglContext> context,
                                   std::optional<int> firstDetailLevel)
    : m_session(session), m_context(std::move(context)), m_renderer(session.data, firstDetailLevel) {}

core::EvaluateContext HeadlessRenderer::evaluateContext() { return {*m_session.projection, m_renderer.font(), {}}; }

core::Image HeadlessRenderer::render(const core::Camera& camera, const core::Viewport& viewport, render::DrawMode mode) {
    m_context->makeCurrent();
    return render(std::vector{core::evaluate(m_session.data, camera, viewport, evaluateContext())}, mode);
}

core::Image HeadlessRenderer::render(const core::StoryIndex& story, std::chrono::sys_seconds time, const core::Camera& camera,
                                     const core::Viewport& viewport, render::DrawMode mode) {
    m_context->makeCurrent();
    return render(std::vector{core::evaluate(m_session.data, story, time, camera, viewport, evaluateContext())}, mode);
}

core::Image HeadlessRenderer::render(const std::vector<core::FrameState>& frames, render::DrawMode mode) {
    m_context->makeCurrent();
    const core::Viewport& whole = frames.back().viewport;
    render::OffscreenTarget target(whole.width, whole.height);
    if (mode == render::DrawMode::Interactive)
        for (const core::FrameState& frame : frames)
            while (m_renderer.prefetch(frame)) {
            }
    target.bind();
    for (const core::FrameState& frame : frames) m_renderer.draw(frame, mode);
    return target.read();
}

} // namespace atlas::session
