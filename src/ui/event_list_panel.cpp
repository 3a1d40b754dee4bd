// ui/event_list_panel.cpp: filter controls above an ImGui table sorted by the clicked column.
#include "ui/event_list_panel.hpp"

#include <imgui.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <set>
#include <vector>

#include "core/time/time_format.hpp"
#include "ui/event_colours.hpp"

namespace atlas::ui {

namespace {

constexpr float kFilterWidth = 80; // each of the three choices, so that they share a line in the dock

bool containsIgnoringCase(const std::string& text, const std::string& part) {
    auto lower = [](unsigned char c) { return std::tolower(c); };
    return std::search(text.begin(), text.end(), part.begin(), part.end(),
                       [&](char a, char b) { return lower(a) == lower(b); }) != text.end();
}

std::string joined(const std::vector<std::string>& items) {
    std::string text;
    for (const std::string& item : items) text += (text.empty() ? "" : ", ") + item;
    return text;
}

// A combo over "any" and the given values; returns true when the choice changed.
bool choice(const char* label, std::string& value, const std::set<std::string>& values) {
    bool changed = false;
    ImGui::SetNextItemWidth(kFilterWidth);
    if (ImGui::BeginCombo(label, value.empty() ? "any" : value.c_str())) {
        if (ImGui::Selectable("any", value.empty())) value.clear(), changed = true;
        for (const std::string& v : values)
            if (ImGui::Selectable(v.c_str(), v == value)) value = v, changed = true;
        ImGui::EndCombo();
    }
    return changed;
}

void drawFilters(const core::Story& story, EventListFilter& filter) {
    ImGui::SetNextItemWidth(kFilterWidth);
    std::string kindName = filter.kind ? std::string(core::nameOf(*filter.kind)) : "any";
    if (ImGui::BeginCombo("kind", kindName.c_str())) {
        if (ImGui::Selectable("any", !filter.kind)) filter.kind.reset();
        for (std::size_t k = 0; k < core::Vocabulary<core::EventKind>::names.size(); ++k)
            if (ImGui::Selectable(std::string(core::Vocabulary<core::EventKind>::names[k]).c_str(),
                                  filter.kind == core::EventKind(k)))
                filter.kind = core::EventKind(k);
        ImGui::EndCombo();
    }
    std::set<std::string> states, episodes;
    for (const core::Event& event : story.events) {
        states.insert(event.states.begin(), event.states.end());
        if (!event.episode.empty()) episodes.insert(event.episode);
    }
    ImGui::SameLine();
    choice("state", filter.state, states);
    ImGui::SameLine();
    choice("episode", filter.episode, episodes);
    char search[128];
    std::snprintf(search, sizeof search, "%s", filter.search.c_str());
    ImGui::SetNextItemWidth(-1);
    if (ImGui::InputTextWithHint("##search", "search id, title, summary", search, sizeof search)) filter.search = search;
}

// The visible rows in the order of the table's sort column.
std::vector<std::size_t> sortedRows(const core::Story& story, const EventListFilter& filter, const ImGuiTableSortSpecs* sort) {
    std::vector<std::size_t> rows;
    for (std::size_t i = 0; i < story.events.size(); ++i)
        if (filter.accepts(story.events[i])) rows.push_back(i);
    if (!sort || sort->SpecsCount == 0) return rows;
    const ImGuiTableColumnSortSpecs& spec = sort->Specs[0];
    auto key = [&](std::size_t i) {
        const core::Event& e = story.events[i];
        switch (spec.ColumnIndex) {
        case 1: return std::string(core::nameOf(e.kind));
        case 2: return e.title;
        case 3: return joined(e.states);
        case 4: return e.episode;
        default: return std::string();
        }
    };
    std::stable_sort(rows.begin(), rows.end(), [&](std::size_t a, std::size_t b) {
        bool less = spec.ColumnIndex == 0 ? story.events[a].start.begin < story.events[b].start.begin : key(a) < key(b);
        bool greater = spec.ColumnIndex == 0 ? story.events[b].start.begin < story.events[a].start.begin : key(b) < key(a);
        return spec.SortDirection == ImGuiSortDirection_Descending ? greater : less;
    });
    return rows;
}

} // namespace

bool EventListFilter::accepts(const core::Event& event) const {
    if (kind && event.kind != *kind) return false;
    if (!state.empty() && std::find(event.states.begin(), event.states.end(), state) == event.states.end()) return false;
    if (!episode.empty() && event.episode != episode) return false;
    return search.empty() || containsIgnoringCase(event.id, search) || containsIgnoringCase(event.title, search) ||
           containsIgnoringCase(event.summary, search);
}

std::optional<std::size_t> drawEventList(const core::Story& story, EventListFilter& filter, std::optional<std::size_t> selected,
                                         bool reveal) {
    std::optional<std::size_t> clicked;
    drawFilters(story, filter);
    ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                            ImGuiTableFlags_Resizable | ImGuiTableFlags_Hideable | ImGuiTableFlags_BordersInnerV;
    if (ImGui::BeginTable("##events", 5, flags)) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn("Start (local)", ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_WidthFixed, 84);
        ImGui::TableSetupColumn("Kind", ImGuiTableColumnFlags_WidthFixed, 92);
        ImGui::TableSetupColumn("Title", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("States", ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_DefaultHide, 70);
        ImGui::TableSetupColumn("Episode", ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_DefaultHide, 90);
        ImGui::TableHeadersRow();
        for (std::size_t i : sortedRows(story, filter, ImGui::TableGetSortSpecs())) {
            const core::Event& event = story.events[i];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushID(int(i));
            std::string start = core::formatIso(event.start, story.placeZone(event.place));
            if (ImGui::Selectable(start.c_str(), selected == i, ImGuiSelectableFlags_SpanAllColumns)) clicked = i;
            if (reveal && selected == i) ImGui::SetScrollHereY(0.5f);
            ImGui::PopID();
            ImGui::TableNextColumn();
            ImGui::PushStyleColor(ImGuiCol_Text, eventKindColour(event.kind));
            std::string_view kind = core::nameOf(event.kind);
            ImGui::TextUnformatted(kind.data(), kind.data() + kind.size());
            ImGui::PopStyleColor();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(event.title.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(joined(event.states).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(event.episode.c_str());
        }
        ImGui::EndTable();
    }
    return clicked;
}

} // namespace atlas::ui
