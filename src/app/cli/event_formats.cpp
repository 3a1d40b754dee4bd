// app/cli/event_formats.cpp: the three forms of the event listing. Lists inside a cell are joined
// with " | " (their items contain commas and semicolons). A deployment's contingents follow it as
// rows of kind "contingent" whose `part_of` names it (in JSON: its `contingents` array).
#include "app/cli/event_formats.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cstdio>

namespace atlas::app {

namespace {

struct Column {
    const char* name;
    std::size_t maxWidth; // in the table; 0: no limit
};

constexpr std::array<Column, 15> kColumns{{{"id", 30}, {"kind", 22}, {"start", 0}, {"end", 0}, {"qualifier", 9},
                                           {"precision", 9}, {"place", 22}, {"longitude", 9}, {"latitude", 8},
                                           {"states", 28}, {"numbers", 40}, {"sources", 40}, {"disputed", 0},
                                           {"part_of", 24}, {"units", 40}}};

std::string join(const std::vector<std::string>& items, const char* separator) {
    std::string text;
    for (const std::string& item : items) text += (text.empty() ? "" : separator) + item;
    return text;
}

std::string degrees(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.4f", value);
    return text;
}

std::string numbersText(const std::vector<core::Quantity>& numbers) {
    std::vector<std::string> items;
    for (const core::Quantity& q : numbers) items.push_back(q.what + ": " + q.given + " [" + q.source + "]");
    return join(items, " | ");
}

// Citations with their locators, or (brief) just the source ids, each once.
std::string sourcesText(const std::vector<core::Citation>& sources, bool brief) {
    std::vector<std::string> items;
    for (const core::Citation& c : sources) {
        std::string item = brief ? c.source : c.source + " (" + c.where + ")";
        if (std::find(items.begin(), items.end(), item) == items.end()) items.push_back(item);
    }
    return join(items, brief ? ", " : " | ");
}

std::vector<std::string> cells(const EventRow& row, bool brief) {
    const core::Event& e = *row.event;
    return {e.id,
            row.kind,
            row.start,
            row.end,
            std::string(core::nameOf(e.qualifier)),
            std::string(core::precisionName(e.start.precision)),
            row.place,
            degrees(e.lonLat.lon),
            degrees(e.lonLat.lat),
            join(e.states, " "),
            numbersText(e.numbers),
            sourcesText(e.sources, brief),
            row.disputed.empty() ? "no" : "yes: " + join(row.disputed, ", "),
            "",
            ""};
}

std::vector<std::string> contingentCells(const ContingentRow& row, const std::string& deployment, bool brief) {
    const core::Route& r = *row.route;
    std::vector<std::string> disputed = r.disputedFields();
    return {r.id,
            "contingent",
            row.depart,
            row.withdrawn.empty() ? row.withdraw : row.withdrawn, // the end of its time in the country
            std::string(core::nameOf(r.qualifier)),
            std::string(core::precisionName(r.depart.precision)),
            row.origin + " → " + row.destination,
            degrees(r.from.lon),
            degrees(r.from.lat),
            r.state,
            numbersText(r.numbers),
            sourcesText(r.sources, brief),
            disputed.empty() ? "no" : "yes: " + join(disputed, ", "),
            deployment,
            r.units};
}

// Each event's cells, then its contingents'.
std::vector<std::vector<std::string>> lines(const std::vector<EventRow>& rows, bool brief) {
    std::vector<std::vector<std::string>> out;
    for (const EventRow& row : rows) {
        out.push_back(cells(row, brief));
        for (const ContingentRow& contingent : row.contingents) out.push_back(contingentCells(contingent, row.event->id, brief));
    }
    return out;
}

bool continuesCharacter(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Characters on screen: UTF-8 lead bytes.
std::size_t width(const std::string& text) {
    return std::size_t(std::count_if(text.begin(), text.end(), [](char c) { return !continuesCharacter(c); }));
}

// The text cut to at most `limit` characters, the last of them "…" when cut.
std::string fit(const std::string& text, std::size_t limit) {
    if (limit == 0 || width(text) <= limit) return text;
    std::size_t kept = 0, at = 0;
    for (; at < text.size(); ++at) {
        if (continuesCharacter(text[at])) continue;
        if (kept++ == limit - 1) break;
    }
    return text.substr(0, at) + "…";
}

std::string csvField(const std::string& text) {
    if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string out = "\"";
    for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

using Json = nlohmann::ordered_json;

template <class T>
Json orNull(const std::optional<T>& value) {
    return value ? Json(*value) : Json(nullptr);
}

Json quantitiesJson(const std::vector<core::Quantity>& numbers) {
    Json list = Json::array();
    for (const core::Quantity& q : numbers)
        list.push_back({{"what", q.what}, {"given", q.given}, {"min", orNull(q.min)}, {"max", orNull(q.max)},
                        {"approx", q.approx}, {"form", core::formName(q.form())}, {"source", q.source}});
    return list;
}

Json citationsJson(const std::vector<core::Citation>& sources) {
    Json list = Json::array();
    for (const core::Citation& c : sources) list.push_back({{"source", c.source}, {"where", c.where}});
    return list;
}

Json contingentJson(const ContingentRow& row) {
    const core::Route& r = *row.route;
    Json item;
    item["id"] = r.id;
    item["state"] = r.state;
    item["units"] = r.units;
    item["numbers"] = quantitiesJson(r.numbers);
    item["origin_id"] = r.origin;
    item["origin"] = row.origin;
    item["destination_id"] = r.destination;
    item["destination"] = row.destination;
    item["depart"] = row.depart;
    item["arrive"] = row.arrive;
    item["withdraw"] = r.withdraw ? Json(row.withdraw) : Json(nullptr);
    item["withdrawn"] = r.withdrawn ? Json(row.withdrawn) : Json(nullptr);
    item["sources"] = citationsJson(r.sources);
    item["note"] = r.note;
    return item;
}

Json eventJson(const EventRow& row) {
    const core::Event& e = *row.event;
    Json item;
    item["id"] = e.id;
    item["kind"] = core::nameOf(e.kind);
    if (e.outcome) item["outcome"] = core::nameOf(*e.outcome);
    if (e.change) item["change"] = core::nameOf(*e.change);
    item["title"] = e.title;
    item["start"] = row.start;
    item["start_iso"] = row.startIso;
    item["end"] = e.end ? Json(row.end) : Json(nullptr);
    item["end_iso"] = e.end ? Json(row.endIso) : Json(nullptr);
    item["qualifier"] = e.qualifier == core::DateQualifier::None ? Json(nullptr) : Json(core::nameOf(e.qualifier));
    item["precision"] = core::precisionName(e.start.precision);
    item["place_id"] = e.place;
    item["place"] = row.place;
    item["longitude"] = e.lonLat.lon;
    item["latitude"] = e.lonLat.lat;
    item["states"] = e.states;
    item["numbers"] = quantitiesJson(e.numbers);
    item["sources"] = citationsJson(e.sources);
    item["claims"] = Json::array();
    for (const core::Claim& c : e.claims)
        item["claims"].push_back({{"field", c.field}, {"value", c.value}, {"source", c.source}});
    item["disputed"] = !row.disputed.empty();
    item["disputed_fields"] = row.disputed;
    if (e.kind == core::EventKind::Deployment) {
        item["contingents"] = Json::array();
        for (const ContingentRow& c : row.contingents) item["contingents"].push_back(contingentJson(c));
    }
    return item;
}

} // namespace

void writeEventTable(std::ostream& out, const std::vector<EventRow>& rows) {
    std::vector<std::vector<std::string>> table;
    table.emplace_back();
    for (const Column& column : kColumns) table.back().push_back(column.name);
    for (std::vector<std::string>& line : lines(rows, true)) table.push_back(std::move(line));
    std::array<std::size_t, kColumns.size()> widths{};
    for (auto& line : table)
        for (std::size_t c = 0; c < kColumns.size(); ++c) {
            line[c] = fit(line[c], kColumns[c].maxWidth);
            widths[c] = std::max(widths[c], width(line[c]));
        }
    for (const auto& line : table) {
        std::string text;
        for (std::size_t c = 0; c < kColumns.size(); ++c) {
            text += line[c];
            if (c + 1 < kColumns.size()) text += std::string(widths[c] - width(line[c]) + 2, ' ');
        }
        out << text << "\n";
    }
}

void writeEventCsv(std::ostream& out, const std::vector<EventRow>& rows) {
    auto writeLine = [&](const std::vector<std::string>& fields) {
        for (std::size_t i = 0; i < fields.size(); ++i) out << (i ? "," : "") << csvField(fields[i]);
        out << "\r\n";
    };
    std::vector<std::string> header;
    for (const Column& column : kColumns) header.push_back(column.name);
    writeLine(header);
    for (const std::vector<std::string>& line : lines(rows, false)) writeLine(line);
}

void writeEventJson(std::ostream& out, const std::vector<EventRow>& rows) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const EventRow& row : rows) list.push_back(eventJson(row));
    out << list.dump(2) << "\n";
}

} // namespace atlas::app
