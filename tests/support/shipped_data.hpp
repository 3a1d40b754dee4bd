// tests/support/shipped_data.hpp: the built-in data as the tests load it: the map session from
// geodata/, the story beside it, the story's index and the built-in presentation. Fixtures
// derive from it and add what they draw or drive.
#pragma once

#include <doctest/doctest.h>

#include <memory>

#include "app/map_session.hpp"
#include "app/story_session.hpp"
#include "core/chapter.hpp"
#include "core/story_index.hpp"
#include "io/story_file.hpp"

namespace atlas::test {

struct ShippedData {
    core::Diagnostics diagnostics;
    std::unique_ptr<app::MapSession> session = app::loadSession(ATLAS_GEODATA_DIR, diagnostics);
    core::Loaded<core::Story> story = app::loadStoryFolder(ATLAS_GEODATA_DIR);
    core::Loaded<core::Presentation> presentation;
    std::unique_ptr<core::StoryIndex> index;

    ShippedData() {
        REQUIRE(session);
        REQUIRE(story.value);
        presentation = io::loadStoryFile(io::builtInStoryFile(ATLAS_GEODATA_DIR), *story.value);
        REQUIRE(presentation.value);
        index = std::make_unique<core::StoryIndex>(*story.value, session->data, *session->projection);
    }
};

} // namespace atlas::test
