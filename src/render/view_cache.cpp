// render/view_cache.cpp: base maps kept in offscreen targets (RGBA8), drawn at the buffer's origin and
// blitted 1:1 into the frame's viewport; least recently used views go first.
#include "render/view_cache.hpp"

#include <algorithm>

#include "render/base_content.hpp"
#include "render/map_transform.hpp"

namespace atlas::render {

namespace {

constexpr std::size_t kMaxViews = 4; // a presentation's comparison shows three panes at once
constexpr std::int64_t kMaxPixels = 2LL * 3840 * 2160; // unless the view just drawn alone is larger

} // namespace

ViewCache::ViewCache(DrawBase drawBase) : m_drawBase(std::move(drawBase)) {}

ViewCache::Key ViewCache::keyOf(const core::FrameState& frame) {
    const core::Vec2 center = frame.camera.center();
    return {center.x,
            center.y,
            frame.camera.metresPerPixel(),
            frame.viewport.pixelScale,
            frame.viewport.width,
            frame.viewport.height,
            frame.detailLevel,
            frame.showOtherRegions,
            baseContentHash(frame)};
}

ViewCache::View& ViewCache::viewFor(const Key& key, const core::FrameState& frame) {
    auto kept = std::find_if(m_views.begin(), m_views.end(), [&](const View& v) { return v.key == key; });
    if (kept != m_views.end()) return *kept;

    // Draw into the least recently used view of this size, or a new one.
    auto reusable = m_views.end();
    for (auto it = m_views.begin(); it != m_views.end(); ++it)
        if (it->key.width == key.width && it->key.height == key.height &&
            (reusable == m_views.end() || it->lastUsed < reusable->lastUsed))
            reusable = it;
    if (reusable == m_views.end()) {
        m_views.push_back({key, std::make_unique<OffscreenTarget>(key.width, key.height), 0});
        reusable = m_views.end() - 1;
    }
    reusable->key = key;
    reusable->target->bind();
    core::FrameState atOrigin = frame;
    atOrigin.viewport.left = 0;
    atOrigin.viewport.bottom = 0;
    m_drawBase(atOrigin);
    return *reusable;
}

void ViewCache::evict() {
    auto pixels = [&] {
        std::int64_t sum = 0;
        for (const View& v : m_views) sum += std::int64_t(v.key.width) * v.key.height;
        return sum;
    };
    while (m_views.size() > 1 && (m_views.size() > kMaxViews || pixels() > kMaxPixels)) {
        auto oldest = std::min_element(m_views.begin(), m_views.end(),
                                       [](const View& a, const View& b) { return a.lastUsed < b.lastUsed; });
        m_views.erase(oldest);
    }
}

void ViewCache::releaseAllButLatest() {
    if (m_views.empty()) return;
    auto latest = std::max_element(m_views.begin(), m_views.end(),
                                   [](const View& a, const View& b) { return a.lastUsed < b.lastUsed; });
    std::iter_swap(m_views.begin(), latest);
    m_views.erase(m_views.begin() + 1, m_views.end());
}

void ViewCache::draw(const core::FrameState& frame) {
    GLint drawTarget = 0, readTarget = 0;
    glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &drawTarget);
    glGetIntegerv(GL_READ_FRAMEBUFFER_BINDING, &readTarget);
    View& view = viewFor(keyOf(frame), frame);
    view.lastUsed = ++m_clock;
    const OffscreenTarget& source = *view.target;
    evict(); // never the view just used: it is the most recent

    const core::Viewport& v = frame.viewport;
    source.bind();
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, GLuint(drawTarget));
    useViewport(v);
    glBlitFramebuffer(0, 0, v.width, v.height, v.left, v.bottom, v.left + v.width, v.bottom + v.height,
                      GL_COLOR_BUFFER_BIT, GL_NEAREST);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, GLuint(readTarget));
}

} // namespace atlas::render
