// session/frame_source.cpp: evaluate, then draw, for every mode.
#include "session/frame_source.hpp"

#include <algorithm>

#include "core/presentation/evaluate_presentation.hpp"
#include "render/frame_texture.hpp"
#include "render/map_renderer.hpp"
#include "render/offscreen_target.hpp"
#include "render/screen_target.hpp"

namespace atlas::session {

double exportPixelScale(int frameWidth, int frameHeight) { return std::max(0.5, std::min(frameWidth, frameHeight) / 1080.0); }

core::Viewport exportViewport(int frameWidth, int frameHeight) {
    return {frameWidth, frameHeight, exportPixelScale(frameWidth, frameHeight)};
}

FrameSource::FrameSource(const MapSession& session, std::optional<int> firstDetailLevel)
    : m_session(session), m_renderer(std::make_unique<render::MapRenderer>(session.data, firstDetailLevel)),
      m_context(std::make_unique<core::EvaluateContext>(core::EvaluateContext{*session.projection, m_renderer->font(), {}})) {}

FrameSource::~FrameSource() = default;

std::vector<core::FrameState> FrameSource::evaluate(const Shot& shot) const {
    if (const auto* map = std::get_if<MapShot>(&shot)) {
        if (!map->story) return {core::evaluate(m_session.data, map->camera, map->viewport, *m_context)};
        core::EvaluateContext context = *m_context;
        context.headline = map->headline;
        return {core::evaluate(m_session.data, *map->story, map->time, map->camera, map->viewport, context)};
    }
    const auto& presentation = std::get<PresentationShot>(shot);
    return core::evaluatePresentation(m_session.data, *presentation.story, *presentation.plan, presentation.position, *m_context);
}

void FrameSource::draw(const std::vector<core::FrameState>& frames, render::DrawMode mode) {
    for (const core::FrameState& frame : frames) m_renderer->draw(frame, mode);
}

std::vector<core::FrameState> FrameSource::draw(const Shot& shot, render::DrawMode mode) {
    std::vector<core::FrameState> frames = evaluate(shot);
    draw(frames, mode);
    return frames;
}

std::vector<core::FrameState> FrameSource::drawOnScreen(const Shot& shot, render::DrawMode mode) {
    render::bindScreen();
    return draw(shot, mode);
}

void FrameSource::drawToTexture(const Shot& shot, const core::Viewport& viewport, render::FrameTexture& texture) {
    render::OffscreenTarget target(viewport.width, viewport.height);
    target.bind();
    draw(shot, render::DrawMode::Exact);
    texture.copyFromBound(viewport.width, viewport.height);
    render::bindScreen();
}

void FrameSource::blankScreen(const core::Viewport& viewport, float level) { render::clearScreen(viewport, level); }

bool FrameSource::prefetch(const Shot& shot) { return prefetch(evaluate(shot)); }

bool FrameSource::prefetch(const std::vector<core::FrameState>& frames) {
    bool missing = false;
    for (const core::FrameState& frame : frames) missing = m_renderer->prefetch(frame) || missing;
    return missing;
}

bool FrameSource::ready(const Shot& shot) {
    bool ready = true;
    for (const core::FrameState& frame : evaluate(shot)) ready = m_renderer->meshesReady(frame) && ready;
    return ready;
}

bool FrameSource::building() { return m_renderer->building(); }

void FrameSource::releaseUnused() { m_renderer->releaseUnused(); }

std::uint64_t FrameSource::tilesRendered() const { return m_renderer->tilesRendered(); }

} // namespace atlas::session
