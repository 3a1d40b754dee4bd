// ui/panel_dock.cpp: an undecorated ImGui window pinned beside the map from the top of the window
// to the timeline; ImGui's own edge resizing sets its width, read back each frame.
#include "ui/panel_dock.hpp"

#include <imgui.h>

#include <algorithm>

#include "ui/status_bar.hpp"
#include "ui/timeline_panel.hpp"

namespace atlas::ui {

float dockWidth(const PanelDock& dock, float windowWidth) {
    if (dock.hidden) return 0;
    return std::clamp(dock.width, std::min(kDockNarrowest, windowWidth * kDockWidestShare), windowWidth * kDockWidestShare);
}

void drawPanelDock(PanelDock& dock, bool& listOpen, bool& inspectorOpen, const std::function<void()>& drawList,
                   const std::function<void()>& drawInspector) {
    if (dock.hidden) return;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    float width = dockWidth(dock, viewport->Size.x);
    float height = std::max(1.f, viewport->Size.y - kStatusBarHeight - kTimelineHeight);
    ImGui::SetNextWindowPos({viewport->Pos.x + (dock.left ? 0 : viewport->Size.x), viewport->Pos.y}, ImGuiCond_Always,
                            {dock.left ? 0.f : 1.f, 0.f});
    ImGui::SetNextWindowSize({width, height}, ImGuiCond_Always);
    ImGui::SetNextWindowSizeConstraints({std::min(kDockNarrowest, viewport->Size.x * kDockWidestShare), height},
                                        {viewport->Size.x * kDockWidestShare, height});
    ImGui::SetNextWindowBgAlpha(1); // the map is not drawn under it
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0);
    ImGuiWindowFlags flags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoCollapse |
                             ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                             ImGuiWindowFlags_NoScrollbar;
    if (ImGui::Begin("##panels", nullptr, flags)) {
        dock.width = ImGui::GetWindowWidth(); // as the user dragged its edge
        if (ImGui::SmallButton(dock.left ? "Move to the right" : "Move to the left")) dock.left = !dock.left;
        ImGui::SameLine();
        if (ImGui::SmallButton("Hide panels")) dock.hidden = true;
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("The map takes the whole width; \"Show panels\" in the status line brings them back");
        ImGui::SetNextItemOpen(listOpen, ImGuiCond_Always);
        listOpen = ImGui::CollapsingHeader("Events");
        if (listOpen) {
            float listHeight = inspectorOpen ? ImGui::GetContentRegionAvail().y * 0.5f : 0;
            ImGui::BeginChild("##list", {0, listHeight});
            drawList();
            ImGui::EndChild();
        }
        ImGui::SetNextItemOpen(inspectorOpen, ImGuiCond_Always);
        inspectorOpen = ImGui::CollapsingHeader("Inspector");
        if (inspectorOpen) {
            ImGui::BeginChild("##inspector");
            drawInspector();
            ImGui::EndChild();
        }
    }
    ImGui::End();
    ImGui::PopStyleVar();
}

} // namespace atlas::ui
