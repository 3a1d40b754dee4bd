// io/events_loader.cpp: one event per feature: kind and its outcome or change, dates in the zone
// of the event's place, references to places, states and sources, and the Point of the place.
#include "io/events_loader.hpp"

#include "io/story_arrays.hpp"
#include "io/story_checks.hpp"
#include "io/story_record.hpp"

namespace atlas::io {

namespace {

const StoryFileSpec kSpec{{{"id", FieldType::Text, true},
                           {"kind", FieldType::Text, true},
                           {"outcome", FieldType::Text, false},
                           {"change", FieldType::Text, false},
                           {"title", FieldType::Text, true},
                           {"summary", FieldType::Text, true},
                           {"start", FieldType::Text, true},
                           {"end", FieldType::Text, false},
                           {"date_qualifier", FieldType::Text, false},
                           {"precision", FieldType::Text, true},
                           {"place", FieldType::Text, true},
                           {"place_note", FieldType::Text, false},
                           {"states", FieldType::TextList, true},
                           {"episode", FieldType::Text, true},
                           {"answers", FieldType::Text, false},
                           {"sources", FieldType::ObjectList, true},
                           {"numbers", FieldType::ObjectList, false},
                           {"claims", FieldType::ObjectList, false},
                           {"coords", FieldType::Text, true}},
                          {"id"}};

constexpr std::size_t kTitleLimit = 60;

// A field only one kind of event has: required for that kind, refused for every other.
template <class E>
std::optional<E> kindOnly(StoryRecord& r, const char* field, core::EventKind owner, std::optional<core::EventKind> kind,
                          const char* what) {
    std::optional<std::string> text = r.text(field);
    if (!kind) return std::nullopt;
    std::string ownerName(core::nameOf(owner));
    if (*kind != owner) {
        if (text) r.fail(field, "only " + ownerName + " events have " + what);
        return std::nullopt;
    }
    if (!text) {
        r.fail(field, "missing: " + ownerName + " events need one of " + core::namesOf<E>());
        return std::nullopt;
    }
    return readName<E>(r, field, *text, field);
}

void readKind(StoryRecord& r, core::Event& e) {
    std::optional<core::EventKind> kind;
    if (auto text = r.text("kind")) kind = readName<core::EventKind>(r, "kind", *text, "kind");
    if (kind) e.kind = *kind;
    e.outcome = kindOnly<core::Outcome>(r, "outcome", core::EventKind::Answer, kind, "an outcome");
    e.change = kindOnly<core::Change>(r, "change", core::EventKind::Membership, kind, "a change");
    std::optional<std::string> answers = r.text("answers");
    bool answer = kind == core::EventKind::Answer;
    if (kind && !answer && answers) r.fail("answers", "only answer events answer a request");
    if (answer && (!answers || answers->empty())) r.fail("answers", "missing: answer events name the request they answer");
    e.answers = answers.value_or("");
}

void readTimes(StoryRecord& r, core::Event& e, const core::TimeZone& zone) {
    auto startText = r.text("start");
    auto start = startText ? readTime(r, "start", *startText, zone) : std::nullopt;
    if (auto precision = r.text("precision"); precision && start) checkPrecision(r, *precision, "start", *startText, *start);
    if (start) e.start = *start;
    auto endText = r.text("end");
    auto end = endText ? readTime(r, "end", *endText, zone) : std::nullopt;
    if (end && start) checkOrder(r, "end", *endText, *end, "start", *startText, *start);
    e.end = end;
    if (auto qualifier = r.text("date_qualifier")) {
        if (auto q = readName<core::DateQualifier>(r, "date_qualifier", *qualifier, "date qualifier")) e.qualifier = *q;
        if (e.qualifier == core::DateQualifier::Within && !endText) r.fail("end", "missing: 'within' needs an end");
    }
}

// Drops answers whose request did not load, with a diagnostic at the answer.
void dropOrphanAnswers(std::vector<core::Event>& events, std::vector<std::string>& wheres, StoryRefs& refs,
                            core::Diagnostics& diagnostics) {
    for (std::size_t i = 0; i < events.size();) {
        const core::Event& e = events[i];
        auto request = refs.events.find(e.answers);
        std::string problem;
        if (e.kind == core::EventKind::Answer && request == refs.events.end())
            problem = "answers: no request '" + e.answers + "' in events.geojson";
        else if (e.kind == core::EventKind::Answer && request->second != core::EventKind::Request)
            problem = "answers: '" + e.answers + "' is a " + std::string(core::nameOf(request->second)) + " event, not a request";
        if (problem.empty()) {
            ++i;
            continue;
        }
        diagnostics.push_back({core::Diagnostic::Level::Warning, wheres[i], problem});
        refs.events.erase(e.id);
        events.erase(events.begin() + std::ptrdiff_t(i));
        wheres.erase(wheres.begin() + std::ptrdiff_t(i));
    }
}

} // namespace

std::vector<core::Event> loadEvents(const std::filesystem::path& geojson, StoryRefs& refs, core::Diagnostics& diagnostics) {
    std::vector<core::Event> events;
    std::vector<std::string> wheres;
    readStoryFile(geojson, kSpec, [&](StoryRecord& r) {
        core::Event e;
        if (auto id = r.text("id"); id && takeId(r, *id, refs)) e.id = *id;
        readKind(r, e);
        e.title = r.text("title").value_or("");
        if (r.text("title")) checkLength(r, "title", e.title, kTitleLimit);
        e.summary = r.text("summary").value_or("");
        const core::Place* place = nullptr;
        if (auto id = r.text("place")) place = readPlace(r, "place", *id, refs);
        if (place) {
            e.place = place->id;
            e.lonLat = place->lonLat;
            checkPoint(r, *place);
            readTimes(r, e, place->zone());
        }
        e.placeNote = r.text("place_note").value_or("");
        if (auto states = r.texts("states"); states && checkStates(r, "states", *states, refs)) e.states = *states;
        e.episode = r.text("episode").value_or("");
        e.sources = readCitations(r, "sources", refs);
        e.numbers = readQuantities(r, "numbers", refs);
        e.claims = readClaims(r, "claims", refs);
        if (auto coords = r.text("coords"); coords && checkCoords(r, *coords, refs)) e.coords = *coords;
        if (!r.ok()) return;
        refs.events[e.id] = e.kind;
        events.push_back(std::move(e));
        wheres.push_back(r.where());
    }, diagnostics);
    dropOrphanAnswers(events, wheres, refs, diagnostics);
    return events;
}

} // namespace atlas::io
