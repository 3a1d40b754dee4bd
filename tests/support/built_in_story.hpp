// tests/support/built_in_story.hpp: the shipped data, story and presentation loaded once
// (BuiltInData), and with a story index and a headless renderer over them (BuiltInStory) for the
// tests that render or lay out the built-in story's frames.
#pragma once

#include <doctest/doctest.h>

#include <memory>

#include "io/story_file.hpp"
#include "session/headless_renderer.hpp"
#include "session/map_session.hpp"
#include "session/story_session.hpp"

namespace atlas::test {

struct BuiltInData {
    core::Diagnostics diagnostics;
    std::unique_ptr<session::MapSession> session = session::loadSession(ATLAS_GEODATA_DIR, diagnostics);
    core::Loaded<core::Story> story = session::loadStoryFolder(ATLAS_GEODATA_DIR);
    core::Loaded<core::Presentation> presentation;

    BuiltInData() {
        REQUIRE(session);
        REQUIRE(story.value);
        presentation = io::loadStoryFile(io::builtInStoryFile(ATLAS_GEODATA_DIR), *story.value);
        REQUIRE(presentation.value);
    }
};

struct BuiltInStory : BuiltInData {
    std::unique_ptr<core::StoryIndex> index = std::make_unique<core::StoryIndex>(*story.value, session->data, *session->projection);
    std::unique_ptr<session::HeadlessRenderer> renderer = std::make_unique<session::HeadlessRenderer>(*session);

    session::Shot frames(const core::PresentationPlan& plan, const core::PresentationPosition& position) const {
        return session::PresentationShot{index.get(), &plan, position};
    }
};

} // namespace atlas::test
