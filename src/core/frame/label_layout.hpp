// core/frame/label_layout.hpp: the frame's label engine. Labels are placed in priority order, each
// only where it overlaps no text, marker or card placed before and crosses no arc: first at one of
// eight spots around its anchor, then (for a place or an event) as a callout with a leader line to
// a free spot nearby; what still finds no room is reported as dropped. Every text is made to read
// at WCAG AA against what lies behind it, or is not drawn. Standard library only.
#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/frame/frame_state.hpp"
#include "core/frame/label_placer.hpp"
#include "core/geo/map_data.hpp"
#include "core/geo/projection.hpp"
#include "core/text/text_measure.hpp"

namespace atlas::core {

// The opaque colour the map shows at a screen point (a state's fill, the sea).
using BackgroundAt = std::function<Color(Vec2 screen)>;

// A label to place near an anchor.
struct LabelRequest {
    std::string text;
    Vec2 anchor;        // screen pixels
    double gap = 0;     // from the anchor to the text
    double size = 12;   // em, pixels
    bool bold = false;
    Color color;        // at full opacity
    double opacity = 1;
    Priority priority = Priority::Event;
    std::string place;
    std::string event;
    std::vector<Vec2> along; // when set: centred on one of these points instead (an area's name)
    Polyline beside;         // when set: beside this screen line instead, near its middle (an arc's label)
};

class LabelLayout {
public:
    LabelLayout(const TextMeasure& text, const Projection& projection, FrameState& frame, BackgroundAt background);

    double px(double layoutPixels) const { return layoutPixels * m_frame.viewport.pixelScale; }
    double width(const std::string& text, double sizePixels, bool bold) const { return m_text.width(text, sizePixels, bold); }

    // The words of text in lines no wider than width.
    std::vector<std::string> wrap(const std::string& text, double width, double size, bool bold) const;
    // A label whose baseline starts at baseline, with its box; nothing is placed.
    Label makeLabel(const std::string& text, Vec2 baseline, double size, bool bold, Color color) const;
    // Places the label (with extra boxes it needs free, a marker say) when all are free and it can
    // be made to read; its colour is darkened along its hue where the background needs it. A label
    // too faint to read at its opacity keeps its place but is not drawn (reported as dropped).
    bool place(Label label, const std::vector<Box>& extra = {});
    // Places several labels (the lines of a block) all or none.
    bool placeBlock(std::vector<Label> lines);
    // Around the anchor, then as a callout (places and events); otherwise reported as dropped. A
    // long text is set in lines.
    bool placeNear(const LabelRequest& request);
    // Takes a box without drawing anything in it, whatever it overlaps.
    void reserve(const Box& box) { m_boxes.reserve(box); }
    // Keeps labels off a screen polyline.
    void keepClear(const Polyline& screenLine, double clearance);
    // Draws every label but the furniture (date, legend, sources, scale) at this share of its
    // opacity: the map's labels fade out and back in while the camera flies, rather than jump.
    void fadeMapLabels(double opacity) { m_mapLabelOpacity = opacity; }
    // Whether a place already has its label.
    bool labelled(const std::string& place) const { return m_labelledPlaces.contains(place); }

    // The scale bar, bottom left.
    void scaleBar();
    // Capitals and country names; member(iso) says which states count as members; at names each
    // place as it was called then (today's names without it).
    void mapLabels(const MapData& data, const std::function<bool(std::string_view)>& member,
                   std::optional<std::chrono::sys_seconds> at = {});

private:
    enum class Align { Left, Centre, Right };
    // The lines of a request set in box (the block's box, halo included).
    std::vector<Label> block(const LabelRequest& request, const std::vector<std::string>& lines, Box box, Align align) const;
    // Places lines (and extra boxes) all or none, each made to read on its background.
    bool placeLines(std::vector<Label> lines, const std::vector<Box>& extra);
    void countryLabel(const Country& country, Vec2 screen, bool member);
    void capital(const Place& place, const std::string& name, Vec2 screen, bool major);
    // The background behind a box that gives the text the least contrast.
    Color worstBackground(const Box& box, const Color& text) const;
    Color backgroundAt(Vec2 screen) const;
    // Around the anchor (or on the points along, or beside the line).
    bool placeLinesNear(const LabelRequest& request, const std::vector<std::string>& lines);
    // A free spot on a ring around the anchor, with a leader line to it.
    bool callout(const LabelRequest& request, const std::vector<std::string>& lines, double ring);
    bool callout(const LabelRequest& request, const std::vector<std::string>& lines, double ring, Vec2 anchor);
    Vec2 blockSize(const LabelRequest& request, const std::vector<std::string>& lines) const;
    void drop(const LabelRequest& request, std::string reason);

    const TextMeasure& m_text;
    const Projection& m_projection;
    FrameState& m_frame;
    BackgroundAt m_background;
    LabelPlacer m_boxes;
    std::set<std::string> m_labelledPlaces;
    double m_mapLabelOpacity = 1;
};

} // namespace atlas::core
