// io/story_record.hpp: one item of a story file (a GeoJSON feature or a CSV row) read field by
// field. Presence, JSON type and UTF-8 are checked up front; each problem becomes a diagnostic
// "FILE: feature N (ID)" + "FIELD: what is wrong", and an item with any is skipped. Internal to io.
#pragma once

#include <nlohmann/json.hpp>

#include <filesystem>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"

class OGRFeature;
class OGRGeometry;

namespace atlas::io {

enum class FieldType { Text, TextList, ObjectList };

struct FieldSpec {
    const char* name;
    FieldType type;
    bool required;
};

struct StoryFileSpec {
    std::vector<FieldSpec> fields;
    std::vector<const char*> label; // fields whose text names an item in messages: {"id"}, {"state", "change"}
};

// Where an item is: "geodata/events.geojson" + "feature 3" + "kaz-2022-request".
struct ItemLocation {
    std::filesystem::path file;
    std::string item;  // "feature 3" (0-based, as ogrinfo counts) or "row 5" (the header is row 1)
    std::string label; // the item's id, or what else names it; may be empty
};

class StoryRecord {
public:
    StoryRecord(OGRFeature& feature, ItemLocation location, const StoryFileSpec& spec, bool fromCsv,
                core::Diagnostics& diagnostics);

    // "geodata/events.geojson: feature 3 (kaz-2022-request)", as diagnostics name the item.
    const std::string& where() const { return m_where; }
    // "events.geojson, feature 3", for naming the item inside a message.
    const std::string& shortName() const { return m_shortName; }
    bool ok() const { return m_ok; }

    // A field's value; nullopt when absent or already reported as bad.
    std::optional<std::string> text(const char* field) const;
    std::optional<std::vector<std::string>> texts(const char* field) const;
    std::optional<nlohmann::json> objects(const char* field) const; // a JSON array of objects
    const OGRGeometry* geometry() const;

    // Reports a problem with a field ("kind", "numbers[1].min"); the item will be skipped.
    void fail(const std::string& field, const std::string& message);
    // Reports a problem that leaves the item usable.
    void warn(const std::string& field, const std::string& message);

private:
    void checkFields(const StoryFileSpec& spec, bool fromCsv);
    void checkJsonTypes(const StoryFileSpec& spec, const nlohmann::json& properties);
    bool usable(const char* field) const;

    OGRFeature& m_feature;
    std::string m_where;
    std::string m_shortName;
    core::Diagnostics& m_diagnostics;
    std::set<std::string> m_bad; // fields already reported
    bool m_ok = true;
};

// Reads a story file (GeoJSON or CSV by its extension) and calls read for each item. False, with an
// error, when the file cannot be used at all (missing, empty, unparseable, a required column absent).
bool readStoryFile(const std::filesystem::path& path, const StoryFileSpec& spec,
                   const std::function<void(StoryRecord&)>& read, core::Diagnostics& diagnostics);

// "text (\"KAZ\")", "a number (5)", "a list", ... for messages about a JSON value of the wrong type.
std::string describeJson(const nlohmann::json& value);

} // namespace atlas::io
