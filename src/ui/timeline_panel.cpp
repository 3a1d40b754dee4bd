// ui/timeline_panel.cpp: the controls row (the data's episodes among them), then the axis drawn
// with ImDrawList on an invisible button that takes the mouse, greyed past the sources' end, with
// the key to its ticks' colours along its foot.
#include "ui/timeline_panel.hpp"

#include <imgui.h>

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "core/time/fuzzy_time.hpp"
#include "core/time/time_format.hpp"
#include "ui/event_colours.hpp"
#include "ui/status_bar.hpp"

namespace atlas::ui {

namespace {

constexpr float kGrabPixels = 6; // how near the playhead a press must be to drag it

std::string speedLabel(double daysPerSecond) {
    char text[32];
    if (daysPerSecond < 1) std::snprintf(text, sizeof text, "%g h/s", daysPerSecond * 24);
    else std::snprintf(text, sizeof text, "%g d/s", daysPerSecond);
    return text;
}

// "1 January 2022 – 25 January 2022 (sources: Meduza, Human Security Centre)".
std::string episodeTooltip(const core::Story& story, const core::Episode& episode) {
    core::TimeZone utc = core::TimeZone::utc();
    std::string text = core::formatTime(core::spanAt(episode.begin, core::Precision::Day, utc), utc) + " – " +
                       core::formatTime(core::spanAt(episode.end - std::chrono::seconds(1), core::Precision::Day, utc), utc);
    std::string sources;
    for (const std::string& id : episode.sources) {
        const core::Source* source = story.findSource(id);
        sources += (sources.empty() ? "" : ", ") + (source ? source->publisher : id);
    }
    return sources.empty() ? text : text + " (sources: " + sources + ")";
}

void drawControls(core::PlaybackClock& clock, const core::Story& story, bool& warp, TimelineRequest& request) {
    if (ImGui::Button("|<")) request.stepped = clock.stepPrevious();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Previous event (Left or ,)");
    ImGui::SameLine();
    if (ImGui::Button(clock.playing() ? "Pause" : "Play ", {52, 0})) clock.toggle();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Play or pause (Space)");
    ImGui::SameLine();
    if (ImGui::Button(">|")) request.stepped = clock.stepNext();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Next event (Right or .)");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(80);
    if (ImGui::BeginCombo("##speed", speedLabel(clock.speed()).c_str())) {
        for (double preset : core::kSpeedPresets)
            if (ImGui::Selectable(speedLabel(preset).c_str(), preset == clock.speed())) clock.setSpeed(preset);
        ImGui::EndCombo();
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Speed: days (or hours) of time per second");
    ImGui::SameLine();
    bool loop = clock.loop();
    if (ImGui::Checkbox("Loop", &loop)) clock.setLoop(loop);
    ImGui::SameLine();
    float hold = float(clock.holdSeconds());
    ImGui::SetNextItemWidth(90);
    if (ImGui::SliderFloat("##hold", &hold, 0, 5, hold > 0 ? "hold %.1f s" : "no hold")) clock.setHold(hold);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Seconds playback stops at each event");
    ImGui::SameLine();
    if (ImGui::Checkbox("Non-linear", &warp)) request.warpChanged = true;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Compress the quiet years between events; breaks show where");
    ImGui::SameLine(0, 24);
    if (ImGui::SmallButton("All")) request.wholeSpan = true;
    for (const core::Episode& episode : story.episodes) {
        ImGui::SameLine();
        ImGui::PushID(episode.id.c_str()); // titles need not be unique
        if (ImGui::SmallButton(episode.title.c_str())) request.episode = &episode;
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", episodeTooltip(story, episode).c_str());
        ImGui::PopID();
    }
    ImGui::SameLine(0, 24);
    if (ImGui::SmallButton("Present")) request.present = true;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Present the story chapter by chapter (F5; Esc leaves)");
    ImGui::SameLine();
    if (ImGui::SmallButton("Export")) request.exportDialog = true;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Export this view over a time range, an episode or a chapter, as a video or frames");
}

// A zigzag across the axis where a quiet gap is compressed.
void drawBreak(ImDrawList* draw, float x0, float x1, float top, float bottom) {
    draw->AddRectFilled({x0, top}, {x1, bottom}, IM_COL32(0, 0, 0, 20));
    for (float x : {x0, x1}) {
        ImVec2 points[6];
        for (int i = 0; i < 6; ++i) points[i] = {x + (i % 2 ? 3.f : -3.f), top + (bottom - top) * i / 5};
        draw->AddPolyline(points, 6, IM_COL32(90, 90, 90, 255), 0, 1.2f);
    }
}

std::string beyondSourcesText(const core::FuzzyTime& end) {
    return "beyond the sources (they end " + core::formatTime(end, core::TimeZone::utc()) + ")";
}

// Everything after the date the sources run to, greyed with a line at that date and its name.
void drawBeyondSources(ImDrawList* draw, float x, const core::FuzzyTime& end, ImVec2 origin, ImVec2 size) {
    float right = origin.x + size.x;
    if (x >= right) return;
    float from = std::max(x, origin.x);
    draw->AddRectFilled({from, origin.y + 16}, {right, origin.y + size.y}, IM_COL32(228, 226, 222, 255));
    if (x >= origin.x) draw->AddLine({x, origin.y}, {x, origin.y + size.y}, IM_COL32(120, 110, 100, 255), 1.5f);
    std::string text = beyondSourcesText(end);
    if (right - from > ImGui::CalcTextSize(text.c_str()).x + 8)
        draw->AddText({from + 4, origin.y + 18}, IM_COL32(90, 80, 70, 255), text.c_str());
}

// What the ticks' colours mean, for the kinds the story has, along the band's foot.
void drawTickKey(ImDrawList* draw, const core::Story& story, ImVec2 at) {
    std::vector<bool> present(core::Vocabulary<core::EventKind>::names.size());
    for (const core::Event& event : story.events) present[std::size_t(event.kind)] = true;
    for (std::size_t k = 0; k < present.size(); ++k) {
        if (!present[k]) continue;
        auto kind = core::EventKind(k);
        float line = ImGui::GetTextLineHeight();
        draw->AddRectFilled({at.x, at.y + line * 0.2f}, {at.x + 3, at.y + line * 0.9f}, eventKindColour(kind));
        std::string name(core::nameOf(kind));
        draw->AddText({at.x + 6, at.y}, IM_COL32(70, 70, 70, 255), name.c_str());
        at.x += 6 + ImGui::CalcTextSize(name.c_str()).x + 14;
    }
}

void drawAxis(core::PlaybackClock& clock, core::TimelineAxis& axis, const core::Story& story, TimelineRequest& request) {
    const core::TimeWarp& warp = clock.warp();
    ImVec2 origin = ImGui::GetCursorScreenPos();
    ImVec2 size = ImGui::GetContentRegionAvail();
    size.y = std::max(size.y, 30.f);
    ImGui::InvisibleButton("##axis", size);
    bool hovered = ImGui::IsItemHovered();
    ImGuiIO& io = ImGui::GetIO();
    auto xOf = [&](double time) { return origin.x + float(axis.fractionOf(warp.toAxis(time))) * size.x; };
    auto fractionAt = [&](float x) { return double((x - origin.x) / size.x); };

    // Wheel zooms about the cursor; a drag from the playhead moves it, any other drag pans.
    bool& draggingHead = *ImGui::GetStateStorage()->GetBoolRef(ImGui::GetID("##head"));
    if (hovered && io.MouseWheel != 0) axis.zoomAt(fractionAt(io.MousePos.x), std::pow(1.25, io.MouseWheel));
    if (ImGui::IsItemActivated()) draggingHead = std::abs(io.MousePos.x - xOf(clock.time())) <= kGrabPixels;
    if (ImGui::IsItemActive() && io.MouseDelta.x != 0) {
        if (draggingHead) clock.seek(warp.toTime(axis.axisAt(fractionAt(io.MousePos.x))));
        else axis.pan(-io.MouseDelta.x / size.x);
    }

    ImDrawList* draw = ImGui::GetWindowDrawList();
    float rulerBottom = origin.y + 16, bottom = origin.y + size.y, keyTop = bottom - ImGui::GetTextLineHeight() - 2;
    draw->PushClipRect(origin, {origin.x + size.x, bottom}, true);
    draw->AddRectFilled(origin, {origin.x + size.x, bottom}, IM_COL32(250, 250, 250, 255));
    draw->AddLine({origin.x, rulerBottom}, {origin.x + size.x, rulerBottom}, IM_COL32(170, 170, 170, 255));
    float labelsEnd = origin.x - 1000; // labels that would overlap the previous one are left out
    for (const core::AxisTick& tick : core::axisTicks(axis, warp, int(size.x / 90))) {
        float x = xOf(tick.time);
        draw->AddLine({x, rulerBottom - 5}, {x, bottom}, IM_COL32(225, 225, 225, 255));
        if (x + 3 < labelsEnd + 6) continue;
        draw->AddText({x + 3, origin.y}, IM_COL32(80, 80, 80, 255), tick.label.c_str());
        labelsEnd = x + 3 + ImGui::CalcTextSize(tick.label.c_str()).x;
    }
    std::optional<core::FuzzyTime> sourcesEnd = story.sourcesEnd();
    if (sourcesEnd) drawBeyondSources(draw, xOf(core::toSeconds(sourcesEnd->end)), *sourcesEnd, origin, size);
    for (const core::WarpBreak& gap : warp.breaks()) {
        float x0 = origin.x + float(axis.fractionOf(gap.axisBegin)) * size.x;
        float x1 = origin.x + float(axis.fractionOf(gap.axisEnd)) * size.x;
        if (x1 >= origin.x && x0 <= origin.x + size.x) drawBreak(draw, x0, x1, rulerBottom, bottom);
    }

    // A tick per event; the one nearest the cursor (within a few pixels) gets a tooltip.
    const core::Event* nearest = nullptr;
    std::size_t nearestIndex = 0;
    float nearestDistance = 4;
    for (std::size_t i = 0; i < story.events.size(); ++i) {
        const core::Event& event = story.events[i];
        float x = xOf(core::toSeconds(event.start.begin));
        if (x < origin.x - 2 || x > origin.x + size.x + 2) continue;
        draw->AddLine({x, rulerBottom + 4}, {x, keyTop - 2}, eventKindColour(event.kind), 2);
        float distance = std::abs(io.MousePos.x - x);
        if (hovered && distance < nearestDistance) {
            nearest = &event;
            nearestIndex = i;
            nearestDistance = distance;
        }
    }
    if (nearest) {
        ImGui::SetTooltip("%s\n%s, %s", nearest->title.c_str(), std::string(core::nameOf(nearest->kind)).c_str(),
                          core::formatTime(nearest->start, story.placeZone(nearest->place)).c_str());
        if (ImGui::IsItemDeactivated() && io.MouseDragMaxDistanceSqr[0] < 9) request.selected = nearestIndex;
    } else if (hovered && sourcesEnd && io.MousePos.x >= xOf(core::toSeconds(sourcesEnd->end))) {
        ImGui::SetTooltip("%s", beyondSourcesText(*sourcesEnd).c_str()); // also where the band is too narrow to say it
    }
    if (!nearest && ImGui::IsItemDeactivated() && !draggingHead && io.MouseDragMaxDistanceSqr[0] < 9) {
        clock.seek(warp.toTime(axis.axisAt(fractionAt(io.MousePos.x)))); // a click moves the playhead
    }

    drawTickKey(draw, story, {origin.x + 4, keyTop});
    float head = xOf(clock.time());
    draw->AddLine({head, origin.y}, {head, bottom}, IM_COL32(200, 30, 30, 255), 2);
    draw->AddTriangleFilled({head - 5, origin.y}, {head + 5, origin.y}, {head, origin.y + 7}, IM_COL32(200, 30, 30, 255));
    draw->PopClipRect();
}

} // namespace

TimelineRequest drawTimeline(core::PlaybackClock& clock, core::TimelineAxis& axis, const core::Story& story, bool& warp) {
    TimelineRequest request;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos({viewport->Pos.x, viewport->Pos.y + viewport->Size.y - kStatusBarHeight - kTimelineHeight});
    ImGui::SetNextWindowSize({viewport->Size.x, kTimelineHeight});
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0);
    ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                             ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoScrollWithMouse;
    if (ImGui::Begin("##timeline", nullptr, flags)) {
        drawControls(clock, story, warp, request);
        drawAxis(clock, axis, story, request);
    }
    ImGui::End();
    ImGui::PopStyleVar();
    return request;
}

} // namespace atlas::ui
