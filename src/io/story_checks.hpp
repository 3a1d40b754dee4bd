// io/story_checks.hpp: checks of single values of a story item, each reporting on the record
// ("kind: unknown kind 'x'; expected one of ..."): ids, vocabularies, references, dates,
// geometry. Internal to io.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/story/story_kinds.hpp"
#include "core/time/fuzzy_time.hpp"
#include "core/time/time_zone.hpp"
#include "io/story_record.hpp"
#include "io/story_refs.hpp"

namespace atlas::io {

// A slug (a-z, 0-9, -) not used by any item so far; takes it for this item.
bool takeId(StoryRecord& record, const std::string& id, StoryRefs& refs);

template <class E>
std::optional<E> readName(StoryRecord& record, const char* field, const std::string& text, const char* what) {
    std::optional<E> value = core::fromName<E>(text);
    if (!value) record.fail(field, std::string("unknown ") + what + " '" + text + "'; expected one of " + core::namesOf<E>());
    return value;
}

const core::Place* readPlace(StoryRecord& record, const char* field, const std::string& id, const StoryRefs& refs);
bool checkStates(StoryRecord& record, const char* field, const std::vector<std::string>& codes, const StoryRefs& refs);
bool checkSource(StoryRecord& record, const std::string& field, const std::string& id, const StoryRefs& refs);
// A CSV cell's ;-separated list of source ids, each checked; the known ones.
std::vector<std::string> readSourceList(StoryRecord& record, const char* field, const std::string& text, const StoryRefs& refs);
// "general knowledge" or a source id.
bool checkCoords(StoryRecord& record, const std::string& coords, const StoryRefs& refs);
// At most `limit` characters (code points).
bool checkLength(StoryRecord& record, const char* field, const std::string& text, std::size_t limit);

std::optional<core::FuzzyTime> readTime(StoryRecord& record, const char* field, const std::string& text,
                                        const core::TimeZone& zone);
// The precision field names the precision `time` was written at.
bool checkPrecision(StoryRecord& record, const std::string& precision, const char* timeField,
                    const std::string& timeText, const core::FuzzyTime& time);
// `later` does not end before `earlier` begins.
bool checkOrder(StoryRecord& record, const char* laterField, const std::string& laterText, const core::FuzzyTime& later,
                const char* earlierField, const std::string& earlierText, const core::FuzzyTime& earlier);

// A Point at the place's coordinates.
bool checkPoint(StoryRecord& record, const core::Place& place);
// A two-point LineString from one place to another.
bool checkLine(StoryRecord& record, const core::Place& from, const core::Place& to);

} // namespace atlas::io
