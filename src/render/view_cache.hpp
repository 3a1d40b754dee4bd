// render/view_cache.hpp: exact frames draw their base map (fills and borders) into a buffer of the
// view's size and copy it into the frame. A camera that stays still (playback, a presentation's
// chapter, an export over time) then draws its base map once, and each frame after is a copy with
// the story on top. Every exact frame takes this path, so a frame is the same pixels whatever was
// drawn before it.
#pragma once

#include <epoxy/gl.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include "core/frame/frame_state.hpp"
#include "render/offscreen_target.hpp"

namespace atlas::render {

class ViewCache {
public:
    // Draws the base layers of a frame into the bound framebuffer (whose viewport it sets).
    using DrawBase = std::function<void(const core::FrameState&)>;

    explicit ViewCache(DrawBase drawBase);
    ViewCache(const ViewCache&) = delete;
    ViewCache& operator=(const ViewCache&) = delete;

    // Puts the base map of frame into the bound framebuffer at frame.viewport, drawing it first
    // unless a view with the same camera, size, detail and content is kept.
    void draw(const core::FrameState& frame);
    // Drops every view but the one drawn last.
    void releaseAllButLatest();
    // Drops every view (the next exact frame draws its base map again).
    void releaseAll() { m_views.clear(); }
    std::size_t size() const { return m_views.size(); }

private:
    struct Key {
        double centerX = 0, centerY = 0, metresPerPixel = 0, pixelScale = 0;
        int width = 0, height = 0, detailLevel = 0;
        bool showOtherRegions = false;
        std::uint64_t content = 0;
        bool operator==(const Key&) const = default;
    };
    struct View {
        Key key;
        std::unique_ptr<OffscreenTarget> target;
        std::uint64_t lastUsed = 0;
    };

    static Key keyOf(const core::FrameState& frame);
    std::int64_t pixels() const; // kept, in all views
    bool roomFor(const Key& key) const;
    View& viewFor(const Key& key, const core::FrameState& frame);
    std::vector<View>::iterator leastRecentlyUsed();

    DrawBase m_drawBase;
    std::vector<View> m_views;
    std::uint64_t m_clock = 0;
};

} // namespace atlas::render
