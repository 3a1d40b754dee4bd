// io/membership_loader.hpp: reads membership.csv (state, change, date, precision, sources, note)
// through GDAL's CSV driver; each row is one claim about one state's change.
#pragma once

#include <filesystem>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/story/story.hpp"
#include "io/story_refs.hpp"

namespace atlas::io {

// Every valid row; a bad row is skipped with one diagnostic per problem.
std::vector<core::MembershipChange> loadMembership(const std::filesystem::path& csv, const StoryRefs& refs,
                                                   core::Diagnostics& diagnostics);

} // namespace atlas::io
