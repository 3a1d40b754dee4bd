// core/frame/story_scene.hpp: the story items that show at one time, turned into a frame's strokes,
// markers and scene entries, with their labels (the places they name first, then their own texts),
// legend counts and sources kept for placing after the frame's furniture. Standard library only.
#pragma once

#include <chrono>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/frame/label_layout.hpp"
#include "core/story/story_index.hpp"
#include "core/story/story_layers.hpp"
#include "core/time/fuzzy_time.hpp"

namespace atlas::core {

// One row of the legend: its swatches (one per state for the members), drawn as the symbol the
// map uses, and what it stands for, with how many are on the map.
struct LegendRow {
    std::vector<Color> swatches;
    std::string text;         // "Contingents deployed: 5"
    std::string symbol = "●"; // "→" for an arc, "▨" for a hatched region...
};

// Sites under guard whose places the sources do not give: listed in a note while guarded, never
// drawn at a point.
struct UnlocatedNote {
    std::string names; // "power plants, government facilities, ..."
    std::string event; // the first of them
};

class StoryScene {
public:
    // covered: screen boxes under cards, where the map cannot be seen; answerPriority: Context
    // where a card beside the map already states the answer (a pane's header), so its label gives way.
    StoryScene(const StoryIndex& index, const MapData& data, std::chrono::sys_seconds time, const StoryLayers& layers,
               FrameState& frame, std::vector<Box> covered = {}, Priority answerPriority = Priority::Event);

    // Member fills and the strokes, markers and scene entries of everything visible.
    void build();
    // Keeps labels off the markers and arcs, then places the items' labels.
    void placeLabels(LabelLayout& layout) const;

    std::vector<LegendRow> legend() const;
    std::optional<UnlocatedNote> unlocated() const;
    // Publishers of the sources behind what is visible, sorted.
    std::vector<std::string> publishers() const;
    // The most precise time among the visible items, and the place it happened.
    const FuzzyTime* mostPrecise() const { return m_mostPrecise; }
    const std::string& mostPrecisePlace() const { return m_mostPrecisePlace; }
    // Whether the state counts as a member now (for labels).
    bool memberNow(std::string_view isoA3) const { return m_membersNow.contains(std::string(isoA3)); }

private:
    void memberFills();
    void request(const IndexedRequest& item);
    void route(const IndexedRoute& item);
    void site(const IndexedSite& item);
    void region(const IndexedRegion& item);
    // The place an event names, labelled at the frame's date (a name does not fade with its
    // event); markedRadius: the marker already there, or 0 to add a dot.
    void namePlace(const std::string& placeId, const std::string& event, Priority priority, double markedRadius = 0);
    // The largest marker at a screen point; 0 when none.
    double markerRadiusAt(Vec2 at) const;
    // Whether a screen point is on the frame and not under a card (nor under one of more).
    bool seen(Vec2 at, const std::vector<Box>& more = {}) const;
    // Where a line (map metres) that starts in sight first leaves the frame or goes under a card,
    // and which way it was heading; nothing when it stays in sight or starts out of it.
    struct FrameExit {
        Vec2 edge;
        Vec2 direction;
    };
    std::optional<FrameExit> leavesFrame(const Polyline& line, const std::vector<Box>& more = {}) const;
    // "↖ Moscow": the way out of the frame, and the place there at the frame's date.
    std::string towards(const FrameExit& exit, const std::string& placeId) const;
    // A line that leaves the frame, named where it leaves: its label is m_labels[label], anchored
    // once the frame's own cards (date, legend) are placed, since the line goes under them too.
    struct ExitLabel {
        std::size_t label;
        Polyline line;
        std::string prefix; // "✕ CSTO refuses ...": then "(↖ Moscow)" follows it
        std::string place;
    };
    void nameWhereItLeaves(Polyline line, std::string prefix, LabelRequest request);
    // The requests with the exits' anchors and arrows, seen past the frame's cards.
    std::vector<LabelRequest> anchoredLabels() const;
    void cite(const std::vector<Citation>& citations);
    void timed(const FuzzyTime& time, const std::string& place);
    Vec2 screen(Vec2 world) const { return m_frame.camera.worldToScreen(world, m_frame.viewport); }
    double px(double layoutPixels) const { return layoutPixels * m_frame.viewport.pixelScale; }
    void arrowHead(const Polyline& line, Color color, double width, const std::string& event);

    const StoryIndex& m_index;
    const MapData& m_data;
    std::chrono::sys_seconds m_time;
    StoryLayers m_layers;
    FrameState& m_frame;
    std::vector<Box> m_covered;
    Priority m_answerPriority;
    std::vector<LabelRequest> m_labels; // placed by priority, in this order within one
    std::vector<ExitLabel> m_exits;
    std::vector<Label> m_glyphs;        // site icons: always drawn
    std::map<std::string, std::set<std::string>> m_counted; // legend row: the distinct items in it
    std::set<std::string> m_sources;
    std::set<std::string> m_membersNow;
    std::set<std::string> m_namedPlaces;
    std::set<std::string> m_labelledDeployments;
    std::vector<const IndexedSite*> m_unlocated; // guarded somewhere the sources do not name
    const FuzzyTime* m_mostPrecise = nullptr;
    std::string m_mostPrecisePlace;
};

// "✕", "—" or "✓": an answer's symbol, which does not rely on its colour.
std::string_view outcomeSymbol(Outcome outcome);

} // namespace atlas::core
