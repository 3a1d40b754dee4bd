// ui/map_tooltip.cpp: the title, then one wrapped line per fact.
#include "ui/map_tooltip.hpp"

#include <imgui.h>

namespace atlas::ui {

void drawMapTooltip(const core::HoverInfo& info) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
    ImGui::TextUnformatted(info.title.c_str());
    ImGui::Separator();
    for (const std::string& line : info.lines) ImGui::TextUnformatted(line.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

} // namespace atlas::ui
