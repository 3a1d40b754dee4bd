// io/story_record.cpp: the per-item reader of story files. GDAL merges the types a property has
// across features, so a feature's own JSON types are checked on its native data.
#include "io/story_record.hpp"

#include <ogrsf_frmts.h>

#include "core/text/utf8.hpp"
#include "io/gdal_errors.hpp"
#include "io/input_limits.hpp"
#include "io/vector_file.hpp"

namespace atlas::io {

namespace {

const char* typeName(FieldType type) {
    switch (type) {
    case FieldType::Text: return "text";
    case FieldType::TextList: return "a list of text";
    case FieldType::ObjectList: return "a list of objects";
    }
    return "text";
}

// The index of the first element of a list that is not of the expected kind; none when all are.
std::optional<std::size_t> badElement(const nlohmann::json& list, bool objects) {
    for (std::size_t i = 0; i < list.size(); ++i)
        if (objects ? !list[i].is_object() : !list[i].is_string()) return i;
    return std::nullopt;
}

std::string labelOf(OGRFeature& feature, const StoryFileSpec& spec) {
    std::string label;
    for (const char* field : spec.label) {
        int index = feature.GetFieldIndex(field);
        if (index < 0 || !feature.IsFieldSetAndNotNull(index)) continue;
        std::string value = feature.GetFieldAsString(index);
        std::string tooLong;
        if (value.empty() || fieldTooLong(value, tooLong) || !core::isValidUtf8(value)) continue;
        label += (label.empty() ? "" : " ") + value;
    }
    return label;
}

} // namespace

std::string describeJson(const nlohmann::json& value) {
    if (value.is_string()) return "text (\"" + value.get<std::string>() + "\")";
    if (value.is_boolean()) return std::string("true/false (") + (value.get<bool>() ? "true" : "false") + ")";
    if (value.is_number()) return "a number (" + value.dump() + ")";
    if (value.is_array()) return "a list";
    if (value.is_object()) return "an object";
    return "null";
}

StoryRecord::StoryRecord(OGRFeature& feature, ItemLocation location, const StoryFileSpec& spec, bool fromCsv,
                         core::Diagnostics& diagnostics)
    : m_feature(feature),
      m_where(location.file.string() + ": " + location.item + (location.label.empty() ? "" : " (" + location.label + ")")),
      m_shortName(location.file.filename().string() + ", " + location.item),
      m_diagnostics(diagnostics) {
    checkFields(spec, fromCsv);
    if (fromCsv) return;
    const char* native = feature.GetNativeData();
    nlohmann::json json = native ? nlohmann::json::parse(native, nullptr, false) : nlohmann::json();
    if (json.is_object() && json.contains("properties") && json["properties"].is_object())
        checkJsonTypes(spec, json["properties"]);
}

void StoryRecord::checkFields(const StoryFileSpec& spec, bool fromCsv) {
    bool rowEnded = false;
    for (const FieldSpec& field : spec.fields) {
        int index = m_feature.GetFieldIndex(field.name);
        if (fromCsv && index >= 0 && !m_feature.IsFieldSet(index) && !rowEnded) {
            fail(field.name, "missing: the row ends before this column (is the file cut short?)");
            rowEnded = true;
        }
        if (rowEnded) {
            m_bad.insert(field.name);
            continue;
        }
        bool present = index >= 0 && m_feature.IsFieldSetAndNotNull(index);
        std::string value = present ? m_feature.GetFieldAsString(index) : "";
        if (field.type == FieldType::TextList && present) {
            value.clear();
            for (char** item = m_feature.GetFieldAsStringList(index); item && *item; ++item) value += *item;
        }
        if (std::string tooLong; fieldTooLong(value, tooLong)) fail(field.name, tooLong);
        else if (!core::isValidUtf8(value)) fail(field.name, "not valid UTF-8");
        else if (field.required && !present) fail(field.name, "missing");
        else if (field.required && field.type == FieldType::Text && value.empty()) fail(field.name, "empty");
    }
}

void StoryRecord::checkJsonTypes(const StoryFileSpec& spec, const nlohmann::json& properties) {
    for (const FieldSpec& field : spec.fields) {
        if (m_bad.count(field.name) || !properties.contains(field.name)) continue;
        const nlohmann::json& value = properties[field.name];
        if (value.is_null()) continue;
        bool list = field.type != FieldType::Text;
        if (list != value.is_array() || (!list && !value.is_string())) {
            fail(field.name, std::string("expected ") + typeName(field.type) + ", found " + describeJson(value));
        } else if (list) {
            bool objects = field.type == FieldType::ObjectList;
            if (auto i = badElement(value, objects))
                fail(std::string(field.name) + "[" + std::to_string(*i) + "]",
                     std::string("expected ") + (objects ? "an object" : "text") + ", found " + describeJson(value[*i]));
        }
    }
    for (const auto& [name, value] : properties.items()) {
        bool known = false;
        for (const FieldSpec& field : spec.fields) known = known || name == field.name;
        if (!known) warn(core::isValidUtf8(name) ? name : "?", "unknown property; ignored");
    }
}

bool StoryRecord::usable(const char* field) const {
    int index = m_feature.GetFieldIndex(field);
    return !m_bad.count(field) && index >= 0 && m_feature.IsFieldSetAndNotNull(index);
}

std::optional<std::string> StoryRecord::text(const char* field) const {
    if (!usable(field)) return std::nullopt;
    return std::string(m_feature.GetFieldAsString(field));
}

std::optional<std::vector<std::string>> StoryRecord::texts(const char* field) const {
    if (!usable(field)) return std::nullopt;
    std::vector<std::string> out;
    for (char** item = m_feature.GetFieldAsStringList(m_feature.GetFieldIndex(field)); item && *item; ++item)
        out.emplace_back(*item);
    return out;
}

std::optional<nlohmann::json> StoryRecord::objects(const char* field) const {
    if (!usable(field)) return std::nullopt;
    nlohmann::json value = nlohmann::json::parse(m_feature.GetFieldAsString(field), nullptr, false);
    if (!value.is_array()) return std::nullopt;
    return value;
}

const OGRGeometry* StoryRecord::geometry() const { return m_feature.GetGeometryRef(); }

void StoryRecord::fail(const std::string& field, const std::string& message) {
    m_bad.insert(field.substr(0, field.find_first_of("[.")));
    m_ok = false;
    m_diagnostics.push_back({core::Diagnostic::Level::Warning, m_where, field + ": " + message});
}

void StoryRecord::warn(const std::string& field, const std::string& message) {
    m_diagnostics.push_back({core::Diagnostic::Level::Warning, m_where, field + ": " + message});
}

bool readStoryFile(const std::filesystem::path& path, const StoryFileSpec& spec,
                   const std::function<void(StoryRecord&)>& read, core::Diagnostics& diagnostics) {
    bool csv = lowerExtension(path) == ".csv";
    VectorFile file = openVectorFile(path, diagnostics, csv ? std::vector<std::string>{}
                                                            : std::vector<std::string>{"NATIVE_DATA=YES", "DATE_AS_STRING=YES"});
    if (!file.layer) return false;
    OGRFeatureDefn* definition = file.layer->GetLayerDefn();
    if (csv)
        for (const FieldSpec& field : spec.fields)
            if (field.required && definition->GetFieldIndex(field.name) < 0) {
                diagnostics.push_back(
                    {core::Diagnostic::Level::Error, path.string(), std::string("has no column '") + field.name + "'"});
                return false;
            }
    long index = 0;
    GdalErrorCapture errors; // what GDAL says while reading an item ("Invalid Point object") is about that item
    file.layer->ResetReading();
    for (std::unique_ptr<OGRFeature> feature(file.layer->GetNextFeature()); feature;
         feature.reset(file.layer->GetNextFeature()), ++index) {
        if (featureLimitReached(index, path, diagnostics)) break;
        ItemLocation location{path, csv ? "row " + std::to_string(index + 2) : "feature " + std::to_string(index),
                              labelOf(*feature, spec)};
        StoryRecord record(*feature, std::move(location), spec, csv, diagnostics);
        read(record);
        for (const std::string& message : errors.take()) record.warn("unreadable", message);
    }
    for (const std::string& message : errors.take())
        diagnostics.push_back({core::Diagnostic::Level::Warning, path.string(), message});
    if (index == 0)
        diagnostics.push_back({core::Diagnostic::Level::Warning, path.string(), csv ? "holds no rows" : "holds no features"});
    return true;
}

} // namespace atlas::io
