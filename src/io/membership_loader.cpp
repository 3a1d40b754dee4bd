// io/membership_loader.cpp: one change per row; dates are read in UTC (a row names no place) and
// `sources` is a ;-separated list of source ids.
#include "io/membership_loader.hpp"

#include "io/story_checks.hpp"
#include "io/story_record.hpp"

namespace atlas::io {

namespace {

const StoryFileSpec kSpec{{{"state", FieldType::Text, true},
                           {"change", FieldType::Text, true},
                           {"date", FieldType::Text, true},
                           {"precision", FieldType::Text, true},
                           {"sources", FieldType::Text, true},
                           {"note", FieldType::Text, false}},
                          {"state", "change"}};

} // namespace

std::vector<core::MembershipChange> loadMembership(const std::filesystem::path& csv, const StoryRefs& refs,
                                                   core::Diagnostics& diagnostics) {
    std::vector<core::MembershipChange> changes;
    readStoryFile(csv, kSpec, [&](StoryRecord& r) {
        core::MembershipChange change;
        if (auto state = r.text("state"); state && checkStates(r, "state", {*state}, refs)) change.state = *state;
        if (auto name = r.text("change"))
            if (auto c = readName<core::Change>(r, "change", *name, "change")) change.change = *c;
        auto date = r.text("date");
        auto time = date ? readTime(r, "date", *date, core::TimeZone::utc()) : std::nullopt;
        if (auto precision = r.text("precision"); precision && time) checkPrecision(r, *precision, "date", *date, *time);
        if (time) change.date = *time;
        if (auto sources = r.text("sources"))
            change.sources = readSourceList(r, "sources", *sources, refs);
        change.note = r.text("note").value_or("");
        if (r.ok()) changes.push_back(std::move(change));
    }, diagnostics);
    return changes;
}

} // namespace atlas::io
