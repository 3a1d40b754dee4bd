// io/story_file.cpp: TOML through toml++, which keeps each value's line; then every field is
// checked against the data: places, sources and episodes exist, times parse and lie within the
// story (from the start of the year of its first item, Story::begins).
#include "io/story_file.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <fstream>
#include <set>
#include <sstream>
#include <vector>

#include "core/text/edit_distance.hpp"
#include "core/time/time_format.hpp"
#include "core/time/time_zone.hpp"

namespace atlas::io {

namespace {

using namespace std::chrono;

const std::set<std::string> kFileFields = {"title", "chapter"};
const std::set<std::string> kChapterFields = {"id",   "group",   "title",   "caption", "sources", "at",     "from",
                                              "to",   "play",    "seconds", "hold",    "zone",   "view",
                                              "place", "km",     "layers",  "pane",    "episode", "notes"};
const std::set<std::string> kPaneFields = {"title", "caption", "at", "view", "place", "km"};

// Collects diagnostics for one file, each at a line.
class Reader {
public:
    Reader(std::string name, const std::string& text, const core::Story& story) : m_name(std::move(name)), m_text(text), m_story(story) {
        findDataSpan();
        findLineStarts();
    }

    void error(const toml::node& node, const std::string& message) { error(int(node.source().begin.line), message); }
    void error(int line, const std::string& message) {
        m_diagnostics.push_back({core::Diagnostic::Level::Error, m_name + ":" + std::to_string(line), message});
    }
    core::Diagnostics& diagnostics() { return m_diagnostics; }

    void checkFields(const toml::table& table, const std::set<std::string>& known, const std::string& what) {
        for (const auto& [key, value] : table) {
            std::string name(key.str());
            if (known.contains(name)) continue;
            std::string hint;
            if (auto near = core::nearestWord(name, known)) hint = " (did you mean '" + *near + "'?)";
            error(value, "unknown " + what + " field '" + name + "'" + hint);
        }
    }

    std::optional<std::string> text(const toml::table& table, const char* key, bool required, int line) {
        const toml::node* node = table.get(key);
        if (!node) {
            if (required) error(line, std::string("missing field '") + key + "'");
            return std::nullopt;
        }
        if (auto value = node->value<std::string>()) return *value;
        error(*node, std::string("'") + key + "' must be text in quotes");
        return std::nullopt;
    }

    std::optional<double> number(const toml::table& table, const char* key, double low, double high) {
        const toml::node* node = table.get(key);
        if (!node) return std::nullopt;
        auto value = node->value<double>();
        if (!value || !(*value >= low && *value <= high)) {
            std::ostringstream range;
            range << "'" << key << "' must be a number from " << low << " to " << high;
            error(*node, range.str());
            return std::nullopt;
        }
        return value;
    }

    std::vector<std::string> texts(const toml::table& table, const char* key) {
        std::vector<std::string> out;
        const toml::node* node = table.get(key);
        if (!node) return out;
        if (auto one = node->value<std::string>()) return {*one};
        const toml::array* array = node->as_array();
        if (!array) {
            error(*node, std::string("'") + key + "' must be text or a list of texts");
            return out;
        }
        for (const toml::node& item : *array) {
            if (auto value = item.value<std::string>()) out.push_back(*value);
            else error(item, std::string("every item of '") + key + "' must be text in quotes");
        }
        return out;
    }

    // A time inside the story's span; written local times are in zone.
    std::optional<sys_seconds> time(const toml::table& table, const char* key, const core::TimeZone& zone, int line,
                                    bool required) {
        auto written = text(table, key, required, line);
        if (!written) return std::nullopt;
        const toml::node& node = *table.get(key);
        core::Parsed<core::FuzzyTime> parsed = core::parseFuzzyTime(*written, zone);
        if (!parsed.value) {
            error(node, std::string("'") + key + "': " + parsed.error);
            return std::nullopt;
        }
        sys_seconds instant = parsed.value->shown();
        if (instant < m_first || instant > m_last) {
            error(node, std::string("'") + key + "' = \"" + *written + "\" lies outside the story's data, which runs from " +
                            format(m_first) + " to " + format(m_last));
            return std::nullopt;
        }
        return instant;
    }

    // view = [lon0, lat0, lon1, lat1], or place = "almaty" with km = the view's width.
    std::optional<core::GeoView> view(const toml::table& table, int line) {
        if (const toml::node* node = table.get("view")) {
            if (table.get("place")) error(*node, "give either 'view' or 'place', not both");
            const toml::array* array = node->as_array();
            std::vector<double> values;
            if (array)
                for (const toml::node& item : *array)
                    if (auto value = item.value<double>()) values.push_back(*value);
            if (!array || array->size() != 4 || values.size() != 4 || values[0] < -180 || values[0] > 180 ||
                values[2] < -180 || values[2] > 180 || values[1] < -90 || values[1] > 90 || values[3] < -90 ||
                values[3] > 90 || values[1] >= values[3]) {
                error(*node, "'view' must be [west, south, east, north] in degrees, south below north");
                return std::nullopt;
            }
            return core::GeoView{{values[0], values[1]}, {values[2], values[3]}};
        }
        auto placeId = text(table, "place", false, line);
        if (!placeId) {
            error(line, "missing field 'view' (or 'place' and 'km')");
            return std::nullopt;
        }
        const core::Place* place = m_story.findPlace(*placeId);
        if (!place) {
            std::set<std::string> ids;
            for (const core::Place& p : m_story.places) ids.insert(p.id);
            auto near = core::nearestWord(*placeId, ids);
            error(*table.get("place"), "no place '" + *placeId + "' in places.csv" +
                                           (near ? " (did you mean '" + *near + "'?)" : std::string()));
            return std::nullopt;
        }
        double km = number(table, "km", 1, 20000).value_or(800);
        double halfLat = km / 2 / 111.32;
        double halfLon = halfLat / std::max(0.1, std::cos(place->lonLat.lat * 3.14159265358979 / 180));
        auto wrap = [](double lon) { return lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon; };
        return core::GeoView{{wrap(place->lonLat.lon - halfLon), std::max(-89.0, place->lonLat.lat - halfLat)},
                             {wrap(place->lonLat.lon + halfLon), std::min(89.0, place->lonLat.lat + halfLat)}};
    }

    // episode = "almaty-2022": an episode of episodes.csv, whose range and view a chapter takes
    // where it gives none of its own.
    const core::Episode* episode(const toml::table& table, int line) {
        auto id = text(table, "episode", false, line);
        if (!id) return nullptr;
        if (const core::Episode* found = m_story.findEpisode(*id)) return found;
        error(*table.get("episode"), "no episode '" + *id + "' in episodes.csv; expected one of " + m_story.episodeIds());
        return nullptr;
    }

    // The ids of the sources a chapter cites that sources.csv has (the others are reported).
    std::vector<std::string> sourceIds(const toml::table& table) {
        std::vector<std::string> found;
        for (const std::string& id : texts(table, "sources")) {
            if (!m_story.findSource(id)) {
                error(*table.get("sources"), "no source '" + id + "' in sources.csv" + sourceHint(id));
                continue;
            }
            found.push_back(id);
        }
        return found;
    }

    // The chapter's speaker notes; faults and unknown sources at their lines in the file.
    core::SpeakerNotes notes(const toml::table& table, int line) {
        auto text = this->text(table, "notes", false, line);
        if (!text) return {};
        const toml::node& node = *table.get("notes");
        // A line of the notes at its line of the file; escaped line breaks ("\n") stay within the string's lines.
        int first = notesFirstLine(node), last = std::max(first, int(node.source().end.line));
        auto at = [&](int notesLine) { return std::min(first + notesLine - 1, last); };
        core::ParsedNotes parsed = core::parseSpeakerNotes(*text);
        for (const core::NotesFault& fault : parsed.faults) error(at(fault.line), "notes: " + fault.message);
        for (const core::NoteBlock& block : parsed.notes.blocks)
            for (const core::NoteSpan& span : block.spans)
                if (span.kind == core::NoteSpan::Kind::Source && !m_story.findSource(span.text))
                    error(at(span.line), "notes cite [" + span.text + "], which is not in sources.csv" + sourceHint(span.text));
        return std::move(parsed.notes);
    }

    // " (did you mean 'x'?)" for the nearest source id, or "".
    std::string sourceHint(const std::string& id) const {
        std::set<std::string> ids;
        for (const core::Source& s : m_story.sources) ids.insert(s.id);
        auto near = core::nearestWord(id, ids);
        return near ? " (did you mean '" + *near + "'?)" : std::string();
    }

    // The publishers of those sources, each once.
    std::vector<std::string> publishers(const std::vector<std::string>& ids) const {
        std::vector<std::string> names;
        for (const std::string& id : ids)
            if (const core::Source* source = m_story.findSource(id);
                source && std::find(names.begin(), names.end(), source->publisher) == names.end())
                names.push_back(source->publisher);
        return names;
    }

    // The times the story's events begin within (begin, end), sorted and distinct.
    std::vector<sys_seconds> eventTimes(sys_seconds begin, sys_seconds end) const {
        std::set<sys_seconds> times;
        for (const core::Event& e : m_story.events)
            if (e.start.begin > begin && e.start.begin < end) times.insert(e.start.begin);
        return {times.begin(), times.end()};
    }

private:
    // The file's line of a text's first line: a multi-line string that opens with a line break
    // starts on the next line.
    int notesFirstLine(const toml::node& node) const {
        int line = int(node.source().begin.line);
        if (line < 1 || std::size_t(line) > m_lineStarts.size()) return line;
        std::string_view text = std::string_view(m_text).substr(m_lineStarts[std::size_t(line) - 1]);
        std::string_view rest = text.substr(0, text.find('\n'));
        while (!rest.empty() && std::isspace(static_cast<unsigned char>(rest.back()))) rest.remove_suffix(1);
        for (std::string_view quotes : {"\"\"\"", "'''"})
            if (rest.size() >= 3 && rest.find(quotes) == rest.size() - 3) return line + 1;
        return line;
    }

    void findLineStarts() {
        m_lineStarts.push_back(0);
        for (std::size_t at = m_text.find('\n'); at != std::string::npos; at = m_text.find('\n', at + 1))
            m_lineStarts.push_back(at + 1);
    }

    void findDataSpan() {
        m_last = floor<seconds>(system_clock::now());
        for (const core::Event& e : m_story.events) m_last = std::max(m_last, e.end ? e.end->end : e.start.end);
        m_first = m_story.begins().value_or(m_last);
    }
    static std::string format(sys_seconds t) {
        return core::formatIso(core::spanAt(t, core::Precision::Day, core::TimeZone::utc()), core::TimeZone::utc());
    }

    std::string m_name;
    const std::string& m_text;
    std::vector<std::size_t> m_lineStarts; // where each line of m_text starts
    const core::Story& m_story;
    core::Diagnostics m_diagnostics;
    sys_seconds m_first, m_last;
};

std::optional<core::ChapterPlay> playNamed(const std::string& name) {
    if (name == "fixed") return core::ChapterPlay::Fixed;
    if (name == "playback") return core::ChapterPlay::Playback;
    if (name == "holds") return core::ChapterPlay::Holds;
    return std::nullopt;
}

std::optional<core::StoryLayers> layers(const toml::table& table, Reader& reader) {
    const toml::node* node = table.get("layers");
    if (!node) return core::StoryLayers{};
    std::vector<std::string> names = reader.texts(table, "layers");
    std::vector<std::string_view> views(names.begin(), names.end());
    std::optional<core::StoryLayers> chosen = core::layersNamed(views);
    if (!chosen) {
        std::string known;
        for (std::string_view name : core::storyLayerNames()) known += (known.empty() ? "" : ", ") + std::string(name);
        reader.error(*node, "'layers' names an unknown layer; the layers are " + known);
    }
    return chosen;
}

core::ChapterPane readPane(const toml::table& table, const core::TimeZone& zone, Reader& reader) {
    int line = int(table.source().begin.line);
    reader.checkFields(table, kPaneFields, "pane");
    core::ChapterPane pane;
    pane.title = reader.text(table, "title", true, line).value_or("");
    pane.caption = reader.text(table, "caption", false, line).value_or("");
    pane.time = reader.time(table, "at", zone, line, true).value_or(sys_seconds{});
    pane.view = reader.view(table, line).value_or(core::GeoView{});
    return pane;
}

void readTiming(const toml::table& table, core::Chapter& chapter, const core::TimeZone& zone, const core::Episode* episode,
                Reader& reader) {
    int line = chapter.line;
    std::string play = reader.text(table, "play", false, line).value_or(table.get("at") ? "fixed" : "playback");
    if (auto parsed = playNamed(play)) chapter.play = *parsed;
    else reader.error(*table.get("play"), "'play' must be \"fixed\", \"playback\" or \"holds\", not \"" + play + "\"");
    if (chapter.play == core::ChapterPlay::Fixed) {
        auto at = reader.time(table, "at", zone, line, true);
        chapter.begin = chapter.end = at.value_or(sys_seconds{});
        chapter.seconds = reader.number(table, "seconds", 0, 3600).value_or(4);
        return;
    }
    auto from = reader.time(table, "from", zone, line, !episode);
    auto to = reader.time(table, "to", zone, line, !episode);
    if (episode) {
        if (!table.get("from")) from = episode->begin;
        if (!table.get("to")) to = episode->end;
    }
    if (from && to && *to <= *from) reader.error(table.get("to") ? *table.get("to") : *table.get("from"), "'to' must come after 'from'");
    chapter.begin = from.value_or(sys_seconds{});
    chapter.end = to.value_or(chapter.begin);
    chapter.seconds = reader.number(table, "seconds", 1, 3600).value_or(12);
    if (chapter.play == core::ChapterPlay::Holds) {
        chapter.holdSeconds = reader.number(table, "hold", 0, 60).value_or(2);
        chapter.holds = reader.eventTimes(chapter.begin, chapter.end);
    }
}

core::Chapter readChapter(const toml::table& table, Reader& reader, std::set<std::string>& ids) {
    core::Chapter chapter;
    chapter.line = int(table.source().begin.line);
    reader.checkFields(table, kChapterFields, "chapter");
    chapter.id = reader.text(table, "id", true, chapter.line).value_or("");
    if (!chapter.id.empty() && !ids.insert(chapter.id).second)
        reader.error(*table.get("id"), "a chapter with id '" + chapter.id + "' comes earlier in the file");
    chapter.group = reader.text(table, "group", false, chapter.line).value_or("");
    chapter.title = reader.text(table, "title", true, chapter.line).value_or("");
    chapter.caption = reader.texts(table, "caption");
    chapter.sourceIds = reader.sourceIds(table);
    chapter.sources = reader.publishers(chapter.sourceIds);
    chapter.timeZone = reader.text(table, "zone", false, chapter.line).value_or("");
    std::optional<core::TimeZone> zone = chapter.timeZone.empty() ? core::TimeZone::utc() : core::TimeZone::find(chapter.timeZone);
    if (!zone) {
        reader.error(*table.get("zone"), "unknown time zone '" + chapter.timeZone + "' (an IANA name such as Asia/Almaty)");
        zone = core::TimeZone::utc();
    }
    const core::Episode* episode = reader.episode(table, chapter.line);
    readTiming(table, chapter, *zone, episode, reader);
    if (episode && !table.get("view") && !table.get("place")) chapter.view = {episode->southWest, episode->northEast};
    else if (auto v = reader.view(table, chapter.line)) chapter.view = *v;
    if (auto l = layers(table, reader)) chapter.layers = *l;
    if (const toml::node* panes = table.get("pane")) {
        const toml::array* array = panes->as_array();
        if (!array || !array->is_array_of_tables()) reader.error(*panes, "'pane' must be a list of [[chapter.pane]] tables");
        else
            for (const toml::node& pane : *array) chapter.panes.push_back(readPane(*pane.as_table(), *zone, reader));
    }
    chapter.notes = reader.notes(table, chapter.line);
    return chapter;
}

} // namespace

core::Loaded<core::Presentation> parseStoryFile(const std::string& text, const std::string& name, const core::Story& story) {
    Reader reader(name, text, story);
    core::Loaded<core::Presentation> out;
    toml::table root;
    try {
        root = toml::parse(text, name);
    } catch (const toml::parse_error& e) {
        reader.error(int(e.source().begin.line), std::string(e.description()));
        out.diagnostics = std::move(reader.diagnostics());
        return out;
    }
    reader.checkFields(root, kFileFields, "story");
    core::Presentation presentation;
    presentation.title = reader.text(root, "title", false, 1).value_or("");
    const toml::array* chapters = root["chapter"].as_array();
    if (!chapters || chapters->empty() || !chapters->is_array_of_tables()) {
        reader.error(1, "no chapters: the file needs at least one [[chapter]] table");
    } else {
        std::set<std::string> ids;
        for (const toml::node& chapter : *chapters) presentation.chapters.push_back(readChapter(*chapter.as_table(), reader, ids));
    }
    out.diagnostics = std::move(reader.diagnostics());
    if (!core::hasErrors(out.diagnostics)) out.value = std::move(presentation);
    return out;
}

core::Loaded<core::Presentation> loadStoryFile(const std::filesystem::path& file, const core::Story& story) {
    core::Loaded<core::Presentation> out;
    std::error_code ec;
    auto size = std::filesystem::file_size(file, ec);
    auto fail = [&](const std::string& message) {
        out.diagnostics.push_back({core::Diagnostic::Level::Error, file.string(), message});
        return out;
    };
    if (ec) return fail("cannot read the story file: " + ec.message());
    if (size > kMaxStoryFileBytes)
        return fail("the story file is " + std::to_string(size) + " bytes; story files are limited to " +
                    std::to_string(kMaxStoryFileBytes) + " bytes");
    std::ifstream in(file, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in && !in.eof()) return fail("cannot read the story file");
    return parseStoryFile(text, file.string(), story);
}

std::filesystem::path builtInStoryFile(const std::filesystem::path& dataFolder) { return dataFolder / "story.toml"; }

} // namespace atlas::io
