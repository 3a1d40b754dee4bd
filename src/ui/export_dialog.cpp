// ui/export_dialog.cpp: an ImGui window; the form is locked while an export runs.
#include "ui/export_dialog.hpp"

#include <imgui.h>

#include <algorithm>
#include <array>

namespace atlas::ui {

namespace {

// A text field over a std::string (ImGui 1.86 edits a fixed buffer).
void textField(const char* label, std::string& text) {
    std::array<char, 1024> buffer{};
    text.copy(buffer.data(), buffer.size() - 1);
    if (ImGui::InputText(label, buffer.data(), buffer.size())) text = buffer.data();
}

// The timeline's range in the fields below, or an episode's range and view.
void drawRange(ExportForm& form, const std::vector<ExportEpisode>& episodes) {
    auto chosen = std::find_if(episodes.begin(), episodes.end(), [&](const ExportEpisode& e) { return e.id == form.episode; });
    if (chosen == episodes.end()) form.episode.clear(); // gone from the data since
    const char* ownRange = "This view, the range below";
    if (ImGui::BeginCombo("Range", chosen == episodes.end() ? ownRange : chosen->title.c_str())) {
        if (ImGui::Selectable(ownRange, form.episode.empty())) form.episode.clear();
        for (const ExportEpisode& episode : episodes) {
            ImGui::PushID(episode.id.c_str());
            if (ImGui::Selectable(episode.title.c_str(), episode.id == form.episode)) form.episode = episode.id;
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    if (chosen != episodes.end()) {
        ImGui::TextDisabled("%s, in the episode's view", chosen->range.c_str());
        return;
    }
    textField("From (UTC)", form.from);
    textField("To (UTC)", form.to);
}

void drawForm(ExportForm& form, const std::vector<std::string>& chapters, const std::vector<ExportEpisode>& episodes) {
    int what = form.chapterMode ? 1 : 0;
    ImGui::RadioButton("This view, over a time range", &what, 0);
    ImGui::SameLine();
    ImGui::RadioButton("A chapter of the story", &what, 1);
    form.chapterMode = what == 1;
    if (form.chapterMode) {
        int count = int(chapters.size());
        const char* shown = form.chapter < count ? chapters[std::size_t(form.chapter)].c_str() : "The whole story";
        if (ImGui::BeginCombo("Chapter", shown)) {
            for (int i = 0; i <= count; ++i)
                if (ImGui::Selectable(i < count ? chapters[std::size_t(i)].c_str() : "The whole story", i == form.chapter))
                    form.chapter = i;
            ImGui::EndCombo();
        }
    } else {
        drawRange(form, episodes);
        ImGui::SliderFloat("Length", &form.seconds, 1, 300, "%.0f s");
    }
    if (ImGui::BeginCombo("Size", kExportSizes[form.size].name)) {
        for (int i = 0; i < int(std::size(kExportSizes)); ++i)
            if (ImGui::Selectable(kExportSizes[i].name, i == form.size)) form.size = i;
        ImGui::EndCombo();
    }
    if (ImGui::BeginCombo("Frame rate", std::to_string(kExportRates[form.fps]).c_str())) {
        for (int i = 0; i < int(std::size(kExportRates)); ++i)
            if (ImGui::Selectable(std::to_string(kExportRates[i]).c_str(), i == form.fps)) form.fps = i;
        ImGui::EndCombo();
    }
    int format = form.video ? 0 : 1;
    ImGui::RadioButton("Video (.mp4; .mov for ProRes)", &format, 0);
    ImGui::SameLine();
    ImGui::RadioButton("PNG frames in a folder", &format, 1);
    form.video = format == 0;
    textField(form.video ? "File" : "Folder", form.output);
    ImGui::Checkbox("Replace what is there", &form.overwrite);
}

} // namespace

ExportDialogAction drawExportDialog(ExportForm& form, const std::vector<std::string>& chapters,
                                    const std::vector<ExportEpisode>& episodes, const ExportProgress& progress, bool& open) {
    ExportDialogAction action;
    if (!open) return action;
    ImGui::SetNextWindowPos({80, 80}, ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSizeConstraints({480, 0}, {480, 1000});
    if (ImGui::Begin("Export", &open, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::BeginDisabled(progress.running);
        drawForm(form, chapters, episodes);
        if (ImGui::Button("Export")) action.start = true;
        ImGui::EndDisabled();
        if (progress.running) {
            ImGui::SameLine();
            if (ImGui::Button("Cancel")) action.cancel = true;
            ImGui::ProgressBar(progress.fraction, {-1, 0});
        }
        if (!progress.message.empty()) ImGui::TextWrapped("%s", progress.message.c_str());
    }
    ImGui::End();
    return action;
}

} // namespace atlas::ui
