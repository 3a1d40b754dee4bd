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

    // Make room by dropping the least recently used views (a flight's frames, each a new camera,
    // take turns; a presentation's panes, all of one size, each keep theirs); the last dropped of
    // this size lends its buffer.
    std::unique_ptr<OffscreenTarget> buffer;
    while (!m_views.empty() && !roomFor(key)) {
        auto oldest = leastRecentlyUsed();
        if (oldest->key.width == key.width && oldest->key.height == key.height) buffer = std::move(oldest->target);
        m_views.erase(oldest);
    }
    if (!buffer) buffer = std::make_unique<OffscreenTarget>(key.width, key.height);
    View& view = m_views.emplace_back(View{key, std::move(buffer), 0});
    view.target->bind();
    core::FrameState atOrigin = frame;
    atOrigin.viewport.left = 0;
    atOrigin.viewport.bottom = 0;
    m_drawBase(atOrigin);
    return view;
}

std::int64_t ViewCache::pixels() const {
    std::int64_t sum = 0;
    for (const View& v : m_views) sum += std::int64_t(v.key.width) * v.key.height;
    return sum;
}

bool ViewCache::roomFor(const Key& key) const {
    return m_views.size() < kMaxViews && pixels() + std::int64_t(key.width) * key.height <= kMaxPixels;
}

std::vector<ViewCache::View>::iterator ViewCache::leastRecentlyUsed() {
    return std::min_element(m_views.begin(), m_views.end(), [](const View& a, const View& b) { return a.lastUsed < b.lastUsed; });
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

    const core::Viewport& v = frame.viewport;
    source.bind();
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, GLuint(drawTarget));
    useViewport(v);
    glBlitFramebuffer(0, 0, v.width, v.height, v.left, v.bottom, v.left + v.width, v.bottom + v.height,
                      GL_COLOR_BUFFER_BIT, GL_NEAREST);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, GLuint(readTarget));
}

} // namespace atlas::render
