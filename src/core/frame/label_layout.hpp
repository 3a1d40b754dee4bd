// core/frame/label_layout.hpp: builds the labels of a frame in priority order, each placed only where
// it overlaps nothing placed before: scale bar, then whatever the caller adds, then the base map's
// places. Standard library only.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/frame/frame_state.hpp"
#include "core/frame/label_placer.hpp"
#include "core/geo/map_data.hpp"
#include "core/geo/projection.hpp"
#include "core/text/text_measure.hpp"

namespace atlas::core {

class LabelLayout {
public:
    LabelLayout(const TextMeasure& text, const Projection& projection, FrameState& frame);

    double px(double layoutPixels) const { return layoutPixels * m_frame.viewport.pixelScale; }
    double width(const std::string& text, double sizePixels, bool bold) const { return m_text.width(text, sizePixels, bold); }

    // The words of text in lines no wider than width.
    std::vector<std::string> wrap(const std::string& text, double width, double size, bool bold) const;
    // A label whose baseline starts at baseline, with its box; nothing is placed.
    Label makeLabel(const std::string& text, Vec2 baseline, double size, bool bold, Color color) const;
    // Places the label (with extra boxes it needs free, a marker say) when all are free.
    bool place(Label label, const std::vector<Box>& extra = {});
    // Takes a box without drawing anything in it.
    void reserve(const Box& box) { m_boxes.tryPlace(box); }

    // The scale bar, bottom left.
    void scaleBar();
    // Capitals and country names; member(iso) says which states count as members.
    void mapLabels(const MapData& data, const std::function<bool(std::string_view)>& member);

private:
    void countryLabel(const Country& country, Vec2 screen, bool member);
    void capital(const Place& place, Vec2 screen, bool major);

    const TextMeasure& m_text;
    const Projection& m_projection;
    FrameState& m_frame;
    LabelPlacer m_boxes;
};

} // namespace atlas::core
