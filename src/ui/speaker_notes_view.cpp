// ui/speaker_notes_view.cpp: words placed one by one on the window's draw list, then the space
// they took reserved so that the window scrolls over them.
#include "ui/speaker_notes_view.hpp"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <string_view>
#include <vector>

namespace atlas::ui {

namespace {

constexpr ImU32 kText = IM_COL32(20, 20, 24, 255);
constexpr ImU32 kCitation = IM_COL32(90, 96, 110, 255); // 6.4:1 on white

// Places words left to right, wrapping whole words at the width.
class WordFlow {
public:
    // bodySize: the type size of the running text, whose baseline smaller words keep.
    WordFlow(ImVec2 origin, float width, float lineHeight, float bodySize)
        : m_origin(origin), m_width(width), m_lineHeight(lineHeight), m_bodySize(bodySize) {}

    void startBlock(float indent) {
        m_indent = m_x = indent;
        m_space = false;
    }
    void endBlock(float gap) { m_y += m_lineHeight + gap; }
    float y() const { return m_y; }

    void text(std::string_view text, ImFont* font, ImU32 colour) {
        float size = font->FontSize * ImGui::GetIO().FontGlobalScale;
        float spaceWidth = font->CalcTextSizeA(size, FLT_MAX, 0, " ").x;
        while (!text.empty()) {
            std::size_t end = text.find(' ');
            std::string_view word = text.substr(0, end);
            text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
            if (!word.empty()) place(word, font, size, colour, spaceWidth);
            if (end != std::string_view::npos) m_space = true;
        }
    }

private:
    void place(std::string_view word, ImFont* font, float size, ImU32 colour, float spaceWidth) {
        float wordWidth = font->CalcTextSizeA(size, FLT_MAX, 0, word.data(), word.data() + word.size()).x;
        float gap = m_space && m_x > m_indent ? spaceWidth : 0;
        if (m_x + gap + wordWidth > m_width && m_x > m_indent) {
            m_y += m_lineHeight;
            m_x = m_indent;
            gap = 0;
        }
        float drop = (m_bodySize - size) * 0.8f; // DejaVu's ascent is about 0.8 of its size
        ImGui::GetWindowDrawList()->AddText(font, size, ImVec2(m_origin.x + m_x + gap, m_origin.y + m_y + drop), colour,
                                            word.data(), word.data() + word.size());
        m_x += gap + wordWidth;
        m_space = false;
    }

    ImVec2 m_origin;
    float m_width;
    float m_lineHeight;
    float m_bodySize;
    float m_indent = 0;
    float m_x = 0;
    float m_y = 0;
    bool m_space = false;
};

bool isBlank(const core::NoteSpan& span) {
    return span.kind == core::NoteSpan::Kind::Plain && span.text.find_first_not_of(' ') == std::string::npos;
}

// The names of the sources cited from spans[i] on, side by side (spaces between them allowed),
// each once: "Meduza; Human Security Centre"; i is left at the last of them.
std::string citedTogether(const std::vector<core::NoteSpan>& spans, std::size_t& i,
                          const std::function<std::string(const std::string&)>& citeName) {
    std::vector<std::string> names{citeName(spans[i].text)};
    for (std::size_t next = i + 1; next < spans.size(); ++next) {
        if (isBlank(spans[next])) continue;
        if (spans[next].kind != core::NoteSpan::Kind::Source) break;
        std::string name = citeName(spans[next].text);
        if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
        i = next;
    }
    std::string joined;
    for (const std::string& name : names) joined += (joined.empty() ? "" : "; ") + name;
    return joined;
}

} // namespace

void drawSpeakerNotes(const core::SpeakerNotes& notes, const NoteFonts& fonts,
                      const std::function<std::string(const std::string&)>& citeName) {
    float size = fonts.regular->FontSize * ImGui::GetIO().FontGlobalScale;
    float lineHeight = size * 1.3f;
    float bulletIndent = size * 1.2f;
    WordFlow flow(ImGui::GetCursorScreenPos(), ImGui::GetContentRegionAvail().x, lineHeight, size);
    for (const core::NoteBlock& block : notes.blocks) {
        flow.startBlock(block.listItem ? bulletIndent : 0);
        if (block.listItem) {
            ImVec2 at = ImGui::GetCursorScreenPos();
            ImGui::GetWindowDrawList()->AddText(fonts.regular, size, ImVec2(at.x + size * 0.2f, at.y + flow.y()), kText,
                                                "\xE2\x80\xA2");
        }
        for (std::size_t i = 0; i < block.spans.size(); ++i) {
            const core::NoteSpan& span = block.spans[i];
            switch (span.kind) {
            case core::NoteSpan::Kind::Plain:
                flow.text(span.text, fonts.regular, kText);
                break;
            case core::NoteSpan::Kind::Bold:
                flow.text(span.text, fonts.bold, kText);
                break;
            case core::NoteSpan::Kind::Source:
                flow.text("(" + citedTogether(block.spans, i, citeName) + ")", fonts.citation, kCitation);
                break;
            }
        }
        flow.endBlock(block.listItem ? size * 0.25f : size * 0.6f);
    }
    ImGui::Dummy(ImVec2(1, flow.y()));
}

} // namespace atlas::ui
