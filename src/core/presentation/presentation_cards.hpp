// core/presentation/presentation_cards.hpp: the cards a presentation draws over its map: the chapter's title,
// its caption with sources, the headers of panes, the lines between panes and the progress
// dots. Each card's box is kept so that map labels keep clear of it. Standard library only.
#pragma once

#include <optional>
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
    // Where a chapter of one view has its caption: bottom left on a wide frame, across the bottom
    // of a 4:3, square or tall one.
    Box captionArea() const;
    // Title, caption lines and sources in a card as wide as area (less margins), its foot at the
    // area's foot (above the progress dots when that is the frame's).
    void caption(const Chapter& chapter, const Box& area, double opacity);
    // The caption card's height at a card width.
    double captionHeight(const Chapter& chapter, double width) const;
    // Pixels kept under a caption at the frame's foot, for the progress dots.
    double progressHeight() const { return px(46); }
    // A pane's title and answer at the top of its cell, under the date; returns the card's box.
    Box paneHeader(const ChapterPane& pane, const Box& cell);
    // A dark line between two cells.
    void separator(const Box& gap);
    // Dots along the foot of area, the chapter's own filled: chapter n of m.
    void progress(int chapter, int count, const Box& area);

    // The boxes of what is always shown (not the title), in the frame's pixels.
    const std::vector<Box>& keepClear() const { return m_keepClear; }
    double px(double layoutPixels) const { return m_layout.px(layoutPixels); }
    double margin() const { return px(m_style.margin); }
    const CardStyle& style() const { return m_style; }

private:
    // Where a pane's header starts below its top: under the pane's date.
    double paneHeaderTop() const;
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
    // Centred, a little above the middle, and above the caption.
    TitleCard titleCard(const Chapter& chapter) const;
    // Lines stacked in a panel whose top left is at corner; returns the panel's box.
    Box card(const std::vector<Line>& lines, Vec2 corner, double width, double opacity, TextKind kind);
    double cardHeight(const std::vector<Line>& lines) const;
    std::vector<Line> wrapped(const std::string& text, double width, double size, bool bold, Color color) const;
    std::vector<Line> captionLines(const Chapter& chapter, double width) const;

    FrameState& m_frame;
    LabelLayout m_layout;
    CardStyle m_style;
    std::vector<Box> m_keepClear;
    std::optional<Box> m_caption; // once placed
};

// "5–19 January 2022", "1992 – 2024": the chapter's dates at a precision that fits its span.
std::string chapterDates(const Chapter& chapter);

} // namespace atlas::core
