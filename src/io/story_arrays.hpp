// io/story_arrays.hpp: the arrays of small objects inside GeoJSON properties (`sources`,
// `numbers`, `claims`), which GDAL hands over as JSON text; each member is checked for its type
// and its references ("numbers[1].min: expected a whole number or null"). Internal to io.
#pragma once

#include <vector>

#include "core/story/quantity.hpp"
#include "core/story/story.hpp"
#include "io/story_record.hpp"
#include "io/story_refs.hpp"

namespace atlas::io {

// At least one {source, where}.
std::vector<core::Citation> readCitations(StoryRecord& record, const char* field, const StoryRefs& refs);
// {what, given, min, max, approx, source}; an absent field is no figures.
std::vector<core::Quantity> readQuantities(StoryRecord& record, const char* field, const StoryRefs& refs);
// {field, value, source}; an absent field is no claims.
std::vector<core::Claim> readClaims(StoryRecord& record, const char* field, const StoryRefs& refs);

} // namespace atlas::io
