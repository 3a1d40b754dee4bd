// app/presentation_source.hpp: the story file a presentation comes from: --story FILE when given
// and sound, else the built-in geodata/story.toml; and --chapter resolved against it.
#pragma once

#include <optional>
#include <string>

#include "app/command_line.hpp"
#include "core/chapter.hpp"
#include "core/diagnostic.hpp"
#include "core/story.hpp"

namespace atlas::app {

// The presentation; a bad --story file adds its diagnostics and falls back to the built-in one.
// Nothing when neither can be read.
std::optional<core::Presentation> loadPresentation(const Options& options, const core::Story& story,
                                                   core::Diagnostics& diagnostics);

// "3" (from 1) or a chapter id -> the chapter's index; error says what is wrong.
std::optional<int> findChapter(const core::Presentation& presentation, const std::string& chapter, std::string& error);

} // namespace atlas::app
