// tests/io/readme_story_example_test.cpp: the story file that geodata/README.md gives as an
// example loads against the built-in data as it stands, so a reader can start from it.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "io/story_file.hpp"
#include "story_test_support.hpp"

namespace {

using namespace atlas;

// The first ```toml block after the "Story files" heading.
std::string readmeExample() {
    std::ifstream in(std::filesystem::path(ATLAS_GEODATA_DIR) / "README.md");
    std::stringstream text;
    text << in.rdbuf();
    std::string all = text.str();
    std::size_t heading = all.find("## Story files");
    REQUIRE(heading != std::string::npos);
    std::size_t open = all.find("```toml\n", heading);
    REQUIRE(open != std::string::npos);
    open += 8;
    std::size_t close = all.find("```", open);
    REQUIRE(close != std::string::npos);
    return all.substr(open, close - open);
}

} // namespace

TEST_CASE("the README's example story file loads with no message") {
    core::Loaded<core::Story> story = test::loadStoryFrom(ATLAS_GEODATA_DIR);
    REQUIRE(story.value);
    core::Loaded<core::Presentation> loaded = io::parseStoryFile(readmeExample(), "README example", *story.value);
    for (const core::Diagnostic& d : loaded.diagnostics) INFO(d.text());
    CHECK(loaded.diagnostics.empty());
    REQUIRE(loaded.value);
    REQUIRE(loaded.value->chapters.size() == 2);
    CHECK(loaded.value->chapters[0].play == core::ChapterPlay::Holds);
    CHECK_FALSE(loaded.value->chapters[0].holds.empty());
    CHECK(loaded.value->chapters[1].play == core::ChapterPlay::Fixed);
    CHECK_FALSE(loaded.value->chapters[1].layers.requests);
}
