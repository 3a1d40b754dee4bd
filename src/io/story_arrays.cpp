// io/story_arrays.cpp: members of the objects in `sources`, `numbers` and `claims`.
#include "io/story_arrays.hpp"

#include "io/story_checks.hpp"

namespace atlas::io {

namespace {

// One object of an array, with the path of its members for messages: "numbers[1].min".
class Member {
public:
    Member(StoryRecord& record, const char* field, std::size_t index, const nlohmann::json& object)
        : m_record(record), m_path(std::string(field) + "[" + std::to_string(index) + "]."), m_object(object) {}

    std::string path(const char* name) const { return m_path + name; }

    std::optional<std::string> text(const char* name) {
        const nlohmann::json* value = find(name);
        if (!value) return std::nullopt;
        if (value->is_string() && !value->get<std::string>().empty()) return value->get<std::string>();
        m_record.fail(path(name), value->is_string() ? "empty" : "expected text, found " + describeJson(*value));
        return std::nullopt;
    }

    // A whole number, or nullopt for null; `ok` turns false on anything else.
    std::optional<std::int64_t> bound(const char* name, bool& ok) {
        const nlohmann::json* value = find(name);
        if (!value) {
            ok = false;
            return std::nullopt;
        }
        if (value->is_null()) return std::nullopt;
        if (value->is_number_integer()) return value->get<std::int64_t>();
        m_record.fail(path(name), "expected a whole number or null, found " + describeJson(*value));
        ok = false;
        return std::nullopt;
    }

    std::optional<bool> flag(const char* name) {
        const nlohmann::json* value = find(name);
        if (!value) return std::nullopt;
        if (value->is_boolean()) return value->get<bool>();
        m_record.fail(path(name), "expected true or false, found " + describeJson(*value));
        return std::nullopt;
    }

private:
    const nlohmann::json* find(const char* name) {
        if (m_object.contains(name)) return &m_object[name];
        m_record.fail(path(name), "missing");
        return nullptr;
    }

    StoryRecord& m_record;
    std::string m_path;
    const nlohmann::json& m_object;
};

std::optional<std::string> sourceOf(Member& member, StoryRecord& record, const StoryRefs& refs) {
    std::optional<std::string> source = member.text("source");
    if (source && !checkSource(record, member.path("source"), *source, refs)) return std::nullopt;
    return source;
}

} // namespace

std::vector<core::Citation> readCitations(StoryRecord& record, const char* field, const StoryRefs& refs) {
    std::vector<core::Citation> citations;
    std::optional<nlohmann::json> array = record.objects(field);
    if (!array) return citations;
    if (array->empty()) record.fail(field, "empty; every item needs at least one source");
    for (std::size_t i = 0; i < array->size(); ++i) {
        Member member(record, field, i, (*array)[i]);
        std::optional<std::string> source = sourceOf(member, record, refs);
        std::optional<std::string> where = member.text("where");
        if (source && where) citations.push_back({*source, *where});
    }
    return citations;
}

std::vector<core::Quantity> readQuantities(StoryRecord& record, const char* field, const StoryRefs& refs) {
    std::vector<core::Quantity> quantities;
    std::optional<nlohmann::json> array = record.objects(field);
    if (!array) return quantities;
    for (std::size_t i = 0; i < array->size(); ++i) {
        Member member(record, field, i, (*array)[i]);
        std::optional<std::string> what = member.text("what");
        std::optional<std::string> given = member.text("given");
        bool bounds = true;
        std::optional<std::int64_t> min = member.bound("min", bounds);
        std::optional<std::int64_t> max = member.bound("max", bounds);
        std::optional<bool> approx = member.flag("approx");
        std::optional<std::string> source = sourceOf(member, record, refs);
        if (bounds && min && max && *min > *max)
            record.fail(field + std::string("[") + std::to_string(i) + "]",
                        "min " + std::to_string(*min) + " is above max " + std::to_string(*max));
        else if (what && given && bounds && approx && source)
            quantities.push_back({*what, *given, min, max, *approx, *source});
    }
    return quantities;
}

std::vector<core::Claim> readClaims(StoryRecord& record, const char* field, const StoryRefs& refs) {
    std::vector<core::Claim> claims;
    std::optional<nlohmann::json> array = record.objects(field);
    if (!array) return claims;
    for (std::size_t i = 0; i < array->size(); ++i) {
        Member member(record, field, i, (*array)[i]);
        std::optional<std::string> claimed = member.text("field");
        std::optional<std::string> value = member.text("value");
        std::optional<std::string> source = sourceOf(member, record, refs);
        if (claimed && value && source) claims.push_back({*claimed, *value, *source});
    }
    return claims;
}

} // namespace atlas::io
