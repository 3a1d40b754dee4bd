// session/frame_source.hpp: the one path from a moment of the story to pixels. The window, a
// presentation, export and render all ask it for their frames: it evaluates what a frame shows
// (a view of the map at a time, or a presentation's panes and cards) and draws it with the map
// renderer into the framebuffer bound at the call.
//
// Moving frames (the window's while the map moves, a presentation's flights) may take the base
// map from cached tiles (DrawMode::Interactive); a frame at rest, and every frame of an export or
// of render, is drawn exactly, so the window at rest shows the exported frame pixel for pixel.
#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <variant>
#include <vector>

#include "core/frame/evaluate.hpp"
#include "core/geo/camera.hpp"
#include "core/presentation/presentation_plan.hpp"
#include "core/story/story_index.hpp"
#include "render/draw_mode.hpp"
#include "session/map_session.hpp"

namespace atlas::render {
class FrameTexture;
class MapRenderer;
} // namespace atlas::render

namespace atlas::session {

// A view of the map at a time of the story; without a story, the base map of today's members.
struct MapShot {
    const core::StoryIndex* story = nullptr;
    std::chrono::sys_seconds time{};
    core::Camera camera;
    core::Viewport viewport;
    std::string headline = {}; // a title on the date's card; "" for none
};

// A presentation at a position of its plan: its panes, then its cards.
struct PresentationShot {
    const core::StoryIndex* story = nullptr;
    const core::PresentationPlan* plan = nullptr;
    core::PresentationPosition position;
};

using Shot = std::variant<MapShot, PresentationShot>;

// Layout pixels grow with the frame's shorter side, so 1080p and 4K frames have the same layout
// and a portrait 1080x1920 frame the type of a landscape 1920x1080 one.
double exportPixelScale(int frameWidth, int frameHeight);
// A frame of that size with that layout (an exported or rendered frame, a presentation's).
core::Viewport exportViewport(int frameWidth, int frameHeight);

class FrameSource {
public:
    // session must outlive the source; needs a current GL 3.3 context. With firstDetailLevel
    // (that of the first frame to come) its meshes start building at once (see render::MapRenderer).
    explicit FrameSource(const MapSession& session, std::optional<int> firstDetailLevel = {});
    ~FrameSource();

    // The style every frame is evaluated in (an export without sea, say).
    core::MapStyle& style() { return m_context->style; }
    // How wide the frames' texts are (to lay out a presentation's cards before it is drawn).
    const core::TextMeasure& text() const { return m_context->text; }

    // What the shot shows, as frames to draw in order into one framebuffer.
    std::vector<core::FrameState> evaluate(const Shot& shot) const;
    // Draws frames evaluated before into the bound framebuffer.
    void draw(const std::vector<core::FrameState>& frames, render::DrawMode mode);
    // Evaluates the shot and draws it; returns what was drawn (to find what is under the pointer).
    std::vector<core::FrameState> draw(const Shot& shot, render::DrawMode mode);
    // Draws the shot into the window's own framebuffer.
    std::vector<core::FrameState> drawOnScreen(const Shot& shot, render::DrawMode mode);
    // Whether the shot's meshes are all built; those missing start building on workers.
    bool ready(const Shot& shot);
    // Draws the shot exactly, at its viewport's size, into a texture (a frame shown smaller).
    void drawToTexture(const Shot& shot, const core::Viewport& viewport, render::FrameTexture& texture);
    // Fills the window's framebuffer with grey level (0 black, 1 white): a presentation's blank screen.
    void blankScreen(const core::Viewport& viewport, float level);

    // Renders a missing tile of the shot's view while idle; false once none is missing.
    bool prefetch(const Shot& shot);
    // The same for frames evaluated before (no evaluation again per tile).
    bool prefetch(const std::vector<core::FrameState>& frames);
    // True while something is being built or was built since the last call: draw again soon.
    bool building();
    // Keeps only what the last frame drew from (a window at rest).
    void releaseUnused();
    // How many base-map tiles moving frames and prefetching have rendered so far.
    std::uint64_t tilesRendered() const;

private:
    const MapSession& m_session;
    std::unique_ptr<render::MapRenderer> m_renderer;
    std::unique_ptr<core::EvaluateContext> m_context;
};

} // namespace atlas::session
