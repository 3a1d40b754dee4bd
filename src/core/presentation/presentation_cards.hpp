// core/presentation/presentation_cards.hpp: the cards a presentation draws over its map: the chapter's title,
// its caption with sources, the headers of panes, the lines between panes and the progress
// dots. Each card's box is kept so that map labels keep clear of it. Standard library only.
#pragma once

#include <string>
#include <vector>

#include "core/frame/frame_state.hpp"
#include "core/frame/label_layout.hpp"
#include "core/presentation/chapter.hpp"
#include "core/presentation/card_style.hpp"

namespace atlas::core {

class PresentationCards {
public:
    // frame: the cards' frame (the whole viewport, no map).
    PresentationCards(const TextMeasure& text, const Projection& projection, FrameState& frame);

    // The title centred, with its dates under it.
    void title(const Chapter& chapter, double opacity);
    // Where the title card stands.
    Box titleBox(const Chapter& chapter) const;
    // Title, caption lines and sources, bottom left (across the bottom for panes).
    void caption(const Chapter& chapter, bool wide, double opacity);
    // A pane's title and answer at the top of its column, under the date.
    void paneHeader(const ChapterPane& pane, const Box& column);
    // A dark line between two columns.
    void separator(const Box& gap);
    // Dots along the bottom, the chapter's own filled: chapter n of m.
    void progress(int chapter, int count);

    // The boxes of what is always shown (not the title), in the frame's pixels.
    const std::vector<Box>& keepClear() const { return m_keepClear; }
    double px(double layoutPixels) const { return m_layout.px(layoutPixels); }
    // Pixels kept free at a pane's top for its date and header.
    double paneHeaderTop() const;

private:
    struct Line {
        std::string text;
        double size;
        bool bold;
        Color color;
        TextKind kind = TextKind::Caption; // Sources for the sources line of a caption
    };
    struct TitleCard {
        std::vector<Line> lines;
        Vec2 corner;
        double width;
    };
    TitleCard titleCard(const Chapter& chapter) const;
    // Lines stacked in a panel whose top left is at corner; returns the panel's box.
    Box card(const std::vector<Line>& lines, Vec2 corner, double width, double opacity, TextKind kind);
    double cardHeight(const std::vector<Line>& lines) const;
    std::vector<Line> wrapped(const std::string& text, double width, double size, bool bold, Color color) const;

    FrameState& m_frame;
    LabelLayout m_layout;
    CardStyle m_style;
    std::vector<Box> m_keepClear;
};

// "5–19 January 2022", "1992 – 2024": the chapter's dates at a precision that fits its span.
std::string chapterDates(const Chapter& chapter);

} // namespace atlas::core
