// ui/status_bar.cpp: an undecorated ImGui window pinned to the bottom edge.
#include "ui/status_bar.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace atlas::ui {

namespace {

void formatAngle(char* out, std::size_t size, double value, char positive, char negative) {
    std::snprintf(out, size, "%.4f° %c", std::abs(value), value >= 0 ? positive : negative);
}

} // namespace

StatusRequest drawStatusBar(const StatusInfo& info) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    float height = kStatusBarHeight;
    ImGui::SetNextWindowPos({viewport->Pos.x, viewport->Pos.y + viewport->Size.y - height});
    ImGui::SetNextWindowSize({viewport->Size.x, height});
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, {8, 3});
    ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                             ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav;
    StatusRequest request;
    if (ImGui::Begin("##status", nullptr, flags)) {
        if (info.cursor) {
            char lon[32], lat[32];
            formatAngle(lat, sizeof lat, info.cursor->lat, 'N', 'S');
            formatAngle(lon, sizeof lon, info.cursor->lon, 'E', 'W');
            ImGui::Text("%s  %s", lat, lon);
        } else {
            ImGui::TextDisabled("cursor off the map");
        }
        ImGui::SameLine(260);
        ImGui::Text("%.2f km per pixel", info.kilometresPerPixel);
        ImGui::SameLine(460);
        ImGui::TextDisabled("drag: pan   wheel: zoom   Home: fit the members");
        ImGui::SameLine(std::max(ImGui::GetCursorPosX() + 16, ImGui::GetWindowWidth() - 250)); // after the hint in a narrow window
        request.togglePanels = ImGui::SmallButton(info.panelsShown ? "Hide panels" : "Show panels");
        if (info.messageCount > 0) {
            ImGui::SameLine(ImGui::GetWindowWidth() - 150);
            char label[48];
            std::snprintf(label, sizeof label, "%d load message%s", info.messageCount, info.messageCount == 1 ? "" : "s");
            request.messages = ImGui::SmallButton(label);
        }
    }
    ImGui::End();
    ImGui::PopStyleVar(2);
    return request;
}

} // namespace atlas::ui
