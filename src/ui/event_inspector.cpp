// ui/event_inspector.cpp: a two-column field table, then sources, figures, a deployment's
// contingents and disagreements.
#include "ui/event_inspector.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "core/time/time_format.hpp"
#include "ui/event_colours.hpp"

namespace atlas::ui {

namespace {

void heading(const char* text) {
    ImGui::Spacing();
    ImGui::TextDisabled("%s", text);
    ImGui::Separator();
}

void field(const char* name, const std::string& value) {
    if (value.empty()) return;
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextDisabled("%s", name);
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", value.c_str());
}

std::string timeText(const core::FuzzyTime& time, const core::TimeZone& zone) {
    std::string text = core::formatTime(time, zone) + "  (" + std::string(core::precisionName(time.precision)) + ")";
    if (!zone.isUtc()) text += "\n" + core::formatIso(time, core::TimeZone::utc());
    return text;
}

std::string sourceName(const core::Story& story, const std::string& id) {
    const core::Source* source = story.findSource(id);
    return source ? source->title + " — " + source->publisher : id;
}

void drawFields(const core::Story& story, const core::Event& event) {
    const core::Place* place = story.findPlace(event.place);
    core::TimeZone zone = story.placeZone(event.place);
    std::string kind(core::nameOf(event.kind));
    if (event.outcome) kind += " (" + std::string(core::nameOf(*event.outcome)) + ")";
    if (event.change) kind += " (" + std::string(core::nameOf(*event.change)) + ")";
    std::string states;
    for (const std::string& s : event.states) states += (states.empty() ? "" : ", ") + s;
    char lonLat[64];
    std::snprintf(lonLat, sizeof lonLat, "%.4f, %.4f", event.lonLat.lon, event.lonLat.lat);
    if (!ImGui::BeginTable("##fields", 2, ImGuiTableFlags_BordersInnerH)) return;
    ImGui::TableSetupColumn("field", ImGuiTableColumnFlags_WidthFixed, 90);
    ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthStretch);
    field("id", event.id);
    field("kind", kind);
    field("summary", event.summary);
    field("start", timeText(event.start, zone));
    if (event.end) field("end", timeText(*event.end, zone));
    field("qualifier", std::string(core::nameOf(event.qualifier)));
    field("place", place ? place->nameAt(event.start.begin) + " (" + event.place + ", " + place->timeZone + ")" : event.place);
    field("place note", event.placeNote);
    field("lon, lat", lonLat);
    field("coordinates", event.coords);
    field("states", states);
    field("episode", event.episode);
    if (const core::Event* asked = story.findEvent(event.answers)) field("answers", asked->title + " (" + asked->id + ")");
    ImGui::EndTable();
}

void drawSources(const core::Story& story, const core::Event& event) {
    heading("Sources");
    for (const core::Citation& citation : event.sources)
        ImGui::BulletText("%s%s%s", sourceName(story, citation.source).c_str(), citation.where.empty() ? "" : ", ",
                          citation.where.c_str());
}

void drawFigures(const core::Story& story, const core::Event& event) {
    if (event.numbers.empty()) return;
    heading("Figures, as the sources give them");
    if (!ImGui::BeginTable("##figures", 3, ImGuiTableFlags_BordersInnerH)) return;
    for (const core::Quantity& q : event.numbers) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(q.what.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(q.given.c_str());
        ImGui::TableNextColumn();
        ImGui::TextDisabled("%s", sourceName(story, q.source).c_str());
    }
    ImGui::EndTable();
}

// A deployment's contingents (routes.geojson), each with its units, way, dates and figures.
void drawContingents(const core::Story& story, const core::Event& event) {
    bool any = false;
    for (const core::Route& route : story.routes) {
        if (route.deployment != event.id) continue;
        if (!any) heading("Contingents");
        any = true;
        ImGui::PushID(route.id.c_str());
        std::string title = route.state + ": " + story.placeNameAt(route.origin, route.depart.begin) + " → " +
                            story.placeNameAt(route.destination, route.arrive.begin);
        if (ImGui::TreeNodeEx(title.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
            if (ImGui::BeginTable("##contingent", 2, ImGuiTableFlags_SizingStretchProp)) {
                field("id", route.id);
                field("units", route.units);
                core::TimeZone from = story.placeZone(route.origin), to = story.placeZone(route.destination);
                field("leaves", timeText(route.depart, from));
                field("arrives", timeText(route.arrive, to));
                if (route.withdraw) field("withdrawal begins", timeText(*route.withdraw, to));
                if (route.withdrawn) field("withdrawn by", timeText(*route.withdrawn, to));
                for (const core::Quantity& q : route.numbers) field(q.what.c_str(), q.given + " — " + sourceName(story, q.source));
                for (const core::Citation& c : route.sources) field("source", sourceName(story, c.source) + ", " + c.where);
                field("note", route.note);
                ImGui::EndTable();
            }
            ImGui::TreePop();
        }
        ImGui::PopID();
    }
}

// For each disputed point, one column per account.
void drawDisagreements(const core::Story& story, const core::Event& event) {
    std::vector<std::string> disputed = event.disputedFields();
    if (disputed.empty()) return;
    heading("Where the sources disagree");
    for (const std::string& point : disputed) {
        std::vector<std::pair<std::string, std::string>> accounts = event.accounts(point);
        if (accounts.empty()) continue;
        ImGui::TextColored({0.75f, 0.35f, 0.0f, 1}, "%s", point.c_str());
        if (!ImGui::BeginTable(point.c_str(), int(std::min<std::size_t>(accounts.size(), 64)),
                               ImGuiTableFlags_Borders | ImGuiTableFlags_SizingStretchSame))
            continue;
        ImGui::TableNextRow();
        for (const auto& [value, source] : accounts) {
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", value.c_str());
            ImGui::TextDisabled("%s", sourceName(story, source).c_str());
        }
        ImGui::EndTable();
    }
}

} // namespace

void drawEventInspector(const core::Story& story, const core::Event* event) {
    if (!event) {
        ImGui::TextDisabled("Select an event in the list, on the timeline or on the map.");
        return;
    }
    ImGui::PushStyleColor(ImGuiCol_Text, eventKindColour(event->kind));
    ImGui::TextWrapped("%s", event->title.c_str());
    ImGui::PopStyleColor();
    drawFields(story, *event);
    drawSources(story, *event);
    drawFigures(story, *event);
    drawContingents(story, *event);
    drawDisagreements(story, *event);
}

} // namespace atlas::ui
