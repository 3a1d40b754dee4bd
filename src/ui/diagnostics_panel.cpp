// ui/diagnostics_panel.cpp: errors in red, warnings in amber, wrapped, selectable as text.
#include "ui/diagnostics_panel.hpp"

#include <imgui.h>

namespace atlas::ui {

void drawDiagnosticsPanel(const core::Diagnostics& diagnostics, bool& open) {
    if (!open || diagnostics.empty()) return;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos({viewport->Pos.x + 16, viewport->Pos.y + 16}, ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize({viewport->Size.x * 0.55f, viewport->Size.y * 0.3f}, ImGuiCond_FirstUseEver);
    if (ImGui::Begin("Data messages", &open)) {
        for (const core::Diagnostic& d : diagnostics) {
            bool error = d.level == core::Diagnostic::Level::Error;
            ImGui::PushStyleColor(ImGuiCol_Text, error ? ImVec4(0.85f, 0.2f, 0.2f, 1) : ImVec4(0.75f, 0.5f, 0.0f, 1));
            ImGui::TextUnformatted(error ? "error" : "warning");
            ImGui::PopStyleColor();
            ImGui::SameLine();
            ImGui::TextWrapped("%s", d.text().c_str());
        }
    }
    ImGui::End();
}

} // namespace atlas::ui
