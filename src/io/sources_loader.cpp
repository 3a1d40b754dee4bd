// io/sources_loader.cpp: one source per row; publication dates are read in UTC.
#include "io/sources_loader.hpp"

#include <chrono>

#include "io/story_checks.hpp"
#include "io/story_record.hpp"

namespace atlas::io {

namespace {

const StoryFileSpec kSpec{{{"id", FieldType::Text, true},
                           {"title", FieldType::Text, true},
                           {"publisher", FieldType::Text, true},
                           {"author", FieldType::Text, false},
                           {"date", FieldType::Text, true},
                           {"kind", FieldType::Text, true},
                           {"note", FieldType::Text, false},
                           {"covers_to", FieldType::Text, false}},
                          {"id"}};

} // namespace

std::vector<core::Source> loadSources(const std::filesystem::path& csv, StoryRefs& refs, core::Diagnostics& diagnostics) {
    std::vector<core::Source> sources;
    readStoryFile(csv, kSpec, [&](StoryRecord& r) {
        core::Source source;
        if (auto id = r.text("id"); id && takeId(r, *id, refs)) source.id = *id;
        source.title = r.text("title").value_or("");
        source.publisher = r.text("publisher").value_or("");
        source.author = r.text("author").value_or("");
        auto date = r.text("date");
        if (auto time = date ? readTime(r, "date", *date, core::TimeZone::utc()) : std::nullopt) source.date = source.coversTo = *time;
        if (auto coversTo = r.text("covers_to"); coversTo && !coversTo->empty())
            if (auto time = readTime(r, "covers_to", *coversTo, core::TimeZone::utc())) {
                // now in seconds: a far date as nanoseconds would overflow
                auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
                if (time->begin > now) r.fail("covers_to", "'" + *coversTo + "' lies in the future");
                else source.coversTo = *time; // an update may make it later than `date`
            }
        if (auto kind = r.text("kind"))
            if (auto k = readName<core::SourceKind>(r, "kind", *kind, "kind")) source.kind = *k;
        source.note = r.text("note").value_or("");
        if (!r.ok()) return;
        refs.sources.insert(source.id);
        sources.push_back(std::move(source));
    }, diagnostics);
    return sources;
}

} // namespace atlas::io
