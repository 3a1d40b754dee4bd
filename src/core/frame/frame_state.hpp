// core/frame/frame_state.hpp: everything one frame shows, already evaluated and placed; the renderer
// draws exactly this and decides nothing. Standard library only.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/frame/color.hpp"
#include "core/frame/map_style.hpp"
#include "core/geo/camera.hpp"
#include "core/geo/geometry.hpp"
#include "core/time/envelope.hpp"

namespace atlas::core {

// What a text (or the card under it) on the frame is for; a rule is a line between panes.
enum class TextKind { Label, Callout, Symbol, Legend, Date, Sources, Scale, Title, Caption, Rule };
std::string_view nameOf(TextKind kind);

// How much a label matters when space runs out: lower first.
enum class Priority {
    Furniture = 0, // date, legend, sources, scale, cards
    EventPlace = 1, // a place an event on screen names: labelled whenever it is on the frame
    Event = 2,      // an event's own text (a request's title, a contingent): not dropped for room
    Context = 3,    // the title of an affected region's unrest: gives way to requests, answers, contingents
    Member = 4,     // members' capitals and names
    Base = 5,       // other states and capitals: give way
};

// A text placed on screen: anchor is the left end of its baseline, in framebuffer pixels.
struct Label {
    std::string text;
    Vec2 baseline;
    double sizePixels = 12;
    bool bold = false;
    Color color; // alpha: the opacity it is drawn with
    Color halo;
    Box box; // screen box it occupies, halo included
    TextKind kind = TextKind::Label;
    Priority priority = Priority::Base;
    std::string place; // the place it names, or ""
    std::string event; // the story item it belongs to, or ""
    Color background;  // the opaque colour behind it, for contrast
    Polyline leader;   // a callout's line from its anchor to the text, screen pixels
};

// A label that did not fit, and why.
struct DroppedLabel {
    std::string text;
    std::string place;
    std::string reason;
    Priority priority = Priority::Base;
    Vec2 at{-1, -1}; // the screen point it would have named (a label dropped for room)
};

struct Marker {
    Vec2 screen;
    double radiusPixels = 3;
    Color fill;
    Color outline;
    std::string place; // what it marks, or ""
    std::string event;
};

// A filled rectangle with rounded corners in framebuffer pixels: a card behind text.
struct Panel {
    Box box;
    Color fill;
    double cornerPixels = 0;
    TextKind kind = TextKind::Caption; // what it holds
};

struct ScaleBar {
    Vec2 origin;            // left end of the bar, framebuffer pixels
    double lengthPixels = 0;
    std::string text;       // "500 km"
};

// A line in map metres with its own look: deployment arcs, request arrows, region outlines.
struct Stroke {
    Polyline line;
    Color color;
    double widthPixels = 1.5; // layout pixels
    double dashPixels = 0;    // 0 for a solid line
    double gapPixels = 0;
    std::string event; // an arc or arrow of a story item: labels keep off it; "" for outlines
};

enum class SceneKind { Request, Deployment, Site, Region };

// A story item shown in this frame, with where it is in its envelope; "stage" says what it
// shows: asked, refused, rebuffed, granted, travelling, arrived, withdrawing, withdrawn,
// guarded, affected.
struct SceneItem {
    std::string id;
    SceneKind kind = SceneKind::Request;
    Phase phase = Phase::Hold;
    double opacity = 1;
    std::string stage;
};

struct FrameState {
    bool map = true; // false: only the panels, markers and labels, over what is already drawn
    Camera camera;
    Viewport viewport;
    MapStyle style;
    int detailLevel = 0;
    std::vector<Color> countryFills; // one per MapData::countries entry
    bool showOtherRegions = false; // regions of non-members, once zoomed in far enough
    std::vector<Stroke> strokes;     // drawn over the base map, under markers and labels
    std::vector<SceneItem> scene;    // the story items on screen, in story order
    std::vector<Label> labels;
    std::vector<DroppedLabel> dropped;
    std::vector<Marker> markers;
    std::vector<Panel> panels;     // over the markers, under the labels
    ScaleBar scaleBar;
};

} // namespace atlas::core
