// session/story_session.hpp: loading the story of a data folder as the verbs need it: the state codes
// it may name come from the folder's countries.shp, or the built-in data's when it has none.
#pragma once

#include <filesystem>
#include <set>
#include <string>

#include "core/diagnostic.hpp"
#include "core/story/story.hpp"

namespace atlas::session {

std::set<std::string> knownStateCodes(const std::filesystem::path& folder, core::Diagnostics& diagnostics);

core::Loaded<core::Story> loadStoryFolder(const std::filesystem::path& folder);

} // namespace atlas::session
