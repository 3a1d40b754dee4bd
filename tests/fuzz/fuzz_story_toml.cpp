// tests/fuzz/fuzz_story_toml.cpp: a presentation's story file (TOML) as a user might send it,
// read against the built-in data: every input gives chapters or messages with a file and line,
// and never both chapters and an error.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "io/country_codes.hpp"
#include "io/ogr_projection.hpp"
#include "io/story_file.hpp"
#include "io/story_loader.hpp"

namespace {

const atlas::core::Story& builtInStory() {
    static const atlas::io::OgrProjection projection;
    static const atlas::core::Story story = [] {
        atlas::core::Diagnostics diagnostics;
        std::filesystem::path folder = ATLAS_GEODATA_DIR;
        auto codes = atlas::io::loadCountryCodes(folder / "countries.shp", diagnostics);
        auto loaded = atlas::io::loadStory(folder, projection, codes);
        if (!loaded.value) std::abort();
        return *loaded.value;
    }();
    return story;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    auto loaded = atlas::io::parseStoryFile(text, "fuzz.toml", builtInStory());
    if (loaded.value.has_value() == atlas::core::hasErrors(loaded.diagnostics)) std::abort();
    for (const atlas::core::Diagnostic& d : loaded.diagnostics)
        if (d.where.rfind("fuzz.toml:", 0) != 0) std::abort(); // every message names the file and line
    if (loaded.value && loaded.value->chapters.empty()) std::abort();
    return 0;
}
