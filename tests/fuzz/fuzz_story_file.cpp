// tests/fuzz/fuzz_story_file.cpp: one story file (ATLAS_FUZZ_FILE, e.g. "events.geojson") replaced
// by the input in a copy of tests/data/story/good, and the whole story loaded: whatever the bytes,
// the load ends with a value or diagnostics, never a crash or a sanitizer report.
#include <cstdint>
#include <set>
#include <string>

#include "io/country_codes.hpp"
#include "io/ogr_projection.hpp"
#include "io/story_loader.hpp"
#include "story_fuzz_input.hpp"

namespace {

const std::set<std::string>& stateCodes() {
    static const std::set<std::string> codes = [] {
        atlas::core::Diagnostics ignored;
        return atlas::io::loadCountryCodes(std::filesystem::path(ATLAS_GEODATA_DIR) / "countries.shp", ignored);
    }();
    return codes;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const atlas::fuzz::StoryFolder folder(std::filesystem::path(ATLAS_TEST_DATA_DIR) / "story" / "good");
    static const atlas::io::OgrProjection projection;
    atlas::io::loadStory(folder.write(ATLAS_FUZZ_FILE, data, size), projection, stateCodes());
    return 0;
}
