// ui/diagnostics_panel.cpp: errors in red, warnings in amber, notes in grey, wrapped.
#include "ui/diagnostics_panel.hpp"

#include <imgui.h>

namespace atlas::ui {

namespace {

ImVec4 levelColour(core::Diagnostic::Level level) {
    switch (level) {
    case core::Diagnostic::Level::Error: return {0.85f, 0.2f, 0.2f, 1};
    case core::Diagnostic::Level::Warning: return {0.75f, 0.5f, 0.0f, 1};
    case core::Diagnostic::Level::Note: break;
    }
    return {0.45f, 0.45f, 0.45f, 1};
}

} // namespace

void drawDiagnosticsPanel(const core::Diagnostics& diagnostics, bool& open) {
    if (!open || diagnostics.empty()) return;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos({viewport->Pos.x + 16, viewport->Pos.y + 16}, ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize({viewport->Size.x * 0.55f, viewport->Size.y * 0.3f}, ImGuiCond_FirstUseEver);
    if (ImGui::Begin("Data messages", &open)) {
        for (const core::Diagnostic& d : diagnostics) {
            ImGui::PushStyleColor(ImGuiCol_Text, levelColour(d.level));
            ImGui::TextUnformatted(core::levelName(d.level));
            ImGui::PopStyleColor();
            ImGui::SameLine();
            ImGui::TextWrapped("%s", d.text().c_str());
        }
    }
    ImGui::End();
}

} // namespace atlas::ui
