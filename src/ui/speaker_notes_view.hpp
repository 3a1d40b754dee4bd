// ui/speaker_notes_view.hpp: a chapter's speaker notes drawn at the ImGui cursor across the
// width available: paragraphs, bulleted items, bold in the bold font, cited sources by a short
// name, smaller and in a quieter colour (sources cited side by side in one pair of brackets:
// "(Meduza; Human Security Centre)"), words wrapped whole.
#pragma once

#include <functional>
#include <string>

#include "core/text/speaker_notes.hpp"

struct ImFont;

namespace atlas::ui {

struct NoteFonts {
    ImFont* regular = nullptr;
    ImFont* bold = nullptr;
    ImFont* citation = nullptr; // smaller
};

// citeName: what a cited source id is called ("Meduza").
void drawSpeakerNotes(const core::SpeakerNotes& notes, const NoteFonts& fonts,
                      const std::function<std::string(const std::string&)>& citeName);

} // namespace atlas::ui
