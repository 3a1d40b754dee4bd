// ui/presenter_screen.cpp: a header across the top; below it, on the left, the audience's frame
// over the next chapter's and the sources; on the right, the whole height for the notes.
#include "ui/presenter_screen.hpp"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cstdint>

#include "ui/speaker_notes_view.hpp"

namespace atlas::ui {

namespace {

enum FontIndex { Body, BodyBold, Clock, Small, SmallBold, Title };

constexpr float kMargin = 16;
constexpr float kLeftShare = 0.56f; // of the width, for the audience's frame
constexpr ImU32 kInk = IM_COL32(20, 20, 24, 255);
constexpr ImU32 kLabel = IM_COL32(51, 51, 56, 255);
constexpr ImU32 kQuiet = IM_COL32(90, 96, 110, 255);
constexpr ImU32 kAlert = IM_COL32(170, 20, 20, 255);

ImFont* font(FontIndex index) { return ImGui::GetIO().Fonts->Fonts[index]; }

// wrapAt: the window's x to wrap at; 0: its right edge.
void text(FontIndex index, const std::string& s, ImU32 colour = kInk, float wrapAt = 0) {
    ImGui::PushFont(font(index));
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::PushTextWrapPos(wrapAt);
    ImGui::TextUnformatted(s.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

// The frame fitted into width x maxHeight at the cursor, with a hairline around it.
void frame(const FrameImage& image, float width, float maxHeight, const char* waiting) {
    float aspect = image.width > 0 ? float(image.height) / float(image.width) : 9.f / 16.f;
    float w = std::min(width, maxHeight / aspect), h = w * aspect;
    ImVec2 at = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    if (image.texture && image.width > 0)
        draw->AddImage(reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(image.texture)), at,
                       ImVec2(at.x + w, at.y + h), ImVec2(0, 1), ImVec2(1, 0));
    else
        draw->AddText(font(Small), font(Small)->FontSize * ImGui::GetIO().FontGlobalScale, ImVec2(at.x + 8, at.y + 8),
                      kQuiet, waiting);
    draw->AddRect(at, ImVec2(at.x + w, at.y + h), IM_COL32(150, 150, 160, 255));
    ImGui::Dummy(ImVec2(w, h));
}

// A clock: its name small above its figure.
void clock(const char* name, const std::string& figure) {
    ImGui::BeginGroup();
    text(Small, name, kQuiet);
    text(Clock, figure);
    ImGui::EndGroup();
}

// Chapter n of m and its title on the left; the clocks on the right.
void header(const PresenterScreen& s, float width) {
    ImGui::PushFont(font(Clock));
    float figure = ImGui::CalcTextSize("0:00:00").x, gap = 2 * kMargin;
    ImGui::PopFont();
    float clocksWidth = 3 * figure + 2 * gap;
    ImGui::BeginGroup();
    text(SmallBold,
         std::string(s.rehearsing ? "Rehearsal: chapter " : "Chapter ") + std::to_string(s.chapter + 1) + " of " +
             std::to_string(s.count),
         kQuiet);
    text(Title, s.title, kInk, ImGui::GetCursorPosX() + width - clocksWidth - gap);
    ImGui::EndGroup();
    ImGui::SameLine(kMargin + width - clocksWidth);
    clock("in all", s.elapsed);
    ImGui::SameLine(0, gap);
    clock("on this chapter", s.onChapter);
    ImGui::SameLine(0, gap);
    clock("time of day", s.clock);
}

// The next chapter's number, title and frame in a column of the width.
void coming(const PresenterScreen& s, float width, float height) {
    ImGui::BeginGroup();
    float wrapAt = ImGui::GetCursorPosX() + width;
    if (s.nextTitle.empty()) {
        text(SmallBold, "Next", kLabel);
        text(Body, "The end of the presentation", kInk, wrapAt);
    } else {
        text(SmallBold, "Next: chapter " + std::to_string(s.chapter + 2), kLabel);
        text(SmallBold, s.nextTitle, kInk, wrapAt);
        frame(s.next, width, height - 2 * ImGui::GetTextLineHeightWithSpacing(), "drawing the next chapter...");
    }
    ImGui::EndGroup();
}

// When the notes go on below the panel: their last lines fade out above a "more below" mark.
void moreBelow() {
    if (ImGui::GetScrollY() >= ImGui::GetScrollMaxY()) return;
    ImVec2 at = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    float fade = 40, bottom = at.y + size.y;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImU32 clear = IM_COL32(246, 246, 248, 0), paper = IM_COL32(246, 246, 248, 255);
    draw->AddRectFilledMultiColor(ImVec2(at.x, bottom - fade), ImVec2(at.x + size.x, bottom), clear, clear, paper, paper);
    const char* mark = "more below \xE2\x86\x93"; // ↓
    float fontSize = font(SmallBold)->FontSize * ImGui::GetIO().FontGlobalScale;
    ImVec2 extent = font(SmallBold)->CalcTextSizeA(fontSize, FLT_MAX, 0, mark);
    draw->AddText(font(SmallBold), fontSize, ImVec2(at.x + size.x - extent.x - 20, bottom - extent.y - 2), kLabel, mark);
}

} // namespace

std::vector<FontFile> presenterFonts(const std::filesystem::path& folder) {
    std::filesystem::path regular = folder / "DejaVuSans.ttf", bold = folder / "DejaVuSans-Bold.ttf";
    return {{regular, 21}, {bold, 21}, {bold, 36}, {regular, 15}, {bold, 15}, {bold, 24}};
}

void drawPresenterScreen(const PresenterScreen& s) {
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, IM_COL32(246, 246, 248, 255));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(kMargin, kMargin));
    ImGui::Begin("Presenter view", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    float width = ImGui::GetContentRegionAvail().x;
    header(s, width);
    ImGui::Separator();

    float leftWidth = (width - kMargin) * kLeftShare, rightWidth = width - kMargin - leftWidth;
    float top = ImGui::GetCursorPosY(), bottom = io.DisplaySize.y - kMargin;
    ImGui::BeginChild("audience", ImVec2(leftWidth, bottom - top));
    text(SmallBold, "The audience sees", kLabel);
    frame(s.current, leftWidth, (bottom - top) * 0.6f, "");
    if (!s.audienceNote.empty()) text(BodyBold, s.audienceNote, kAlert);
    ImGui::Spacing();
    coming(s, leftWidth / 2, bottom - top - ImGui::GetCursorPosY());
    ImGui::SameLine(0, kMargin);
    ImGui::BeginGroup();
    text(SmallBold, "Sources of this chapter", kLabel);
    for (const std::string& reference : s.references) text(Small, reference);
    ImGui::EndGroup();
    ImGui::EndChild();

    ImGui::SameLine(0, kMargin);
    ImGui::BeginChild("notes column", ImVec2(rightWidth, bottom - top));
    text(SmallBold, "Notes", kLabel);
    ImGui::PushID(s.chapter); // each chapter's notes start at their top
    ImGui::BeginChild("notes", ImVec2(0, 0), false);
    if (s.notes && !s.notes->empty())
        drawSpeakerNotes(*s.notes, {font(Body), font(BodyBold), font(Small)}, s.citeName);
    else
        text(Body, "This chapter has no notes.", kQuiet);
    moreBelow();
    ImGui::EndChild();
    ImGui::PopID();
    ImGui::EndChild();

    ImGui::End();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
}

} // namespace atlas::ui
