// session/story_session.cpp: the story of a folder, with the codes it is checked against.
#include "session/story_session.hpp"

#include "session/map_session.hpp"
#include "io/country_codes.hpp"
#include "io/ogr_projection.hpp"
#include "io/story_loader.hpp"

namespace atlas::session {

std::set<std::string> knownStateCodes(const std::filesystem::path& folder, core::Diagnostics& diagnostics) {
    std::error_code ec;
    std::filesystem::path own = folder / "countries.shp";
    return io::loadCountryCodes(std::filesystem::exists(own, ec) ? own : builtInDataFolder() / "countries.shp", diagnostics);
}

core::Loaded<core::Story> loadStoryFolder(const std::filesystem::path& folder) {
    core::Diagnostics diagnostics;
    std::set<std::string> states = knownStateCodes(folder, diagnostics);
    io::OgrProjection projection;
    core::Loaded<core::Story> loaded = io::loadStory(folder, projection, states);
    loaded.diagnostics.insert(loaded.diagnostics.begin(), diagnostics.begin(), diagnostics.end());
    return loaded;
}

} // namespace atlas::session
