// app/cli/presentation_source.hpp: the story file a presentation comes from: --story FILE when given
// and sound, else the built-in geodata/story.toml; and --chapter resolved against it.
#pragma once

#include <optional>
#include <string>

#include "app/cli/command_line.hpp"
#include "core/diagnostic.hpp"
#include "core/presentation/chapter.hpp"
#include "core/story/story.hpp"

namespace atlas::app {

// The presentation; a bad --story file adds its diagnostics and falls back to the built-in one.
// Nothing when neither can be read.
std::optional<core::Presentation> loadPresentation(const Options& options, const core::Story& story,
                                                   core::Diagnostics& diagnostics);

// The chapters --chapter names: "3" (from 1), a chapter's id, or a group's (its chapters, first
// to last); error says what is wrong.
struct ChapterRange {
    int first = 0;
    int last = 0;
};
std::optional<ChapterRange> findChapters(const core::Presentation& presentation, const std::string& chapter,
                                         std::string& error);
// The first of them: where presenting starts.
std::optional<int> findChapter(const core::Presentation& presentation, const std::string& chapter, std::string& error);

} // namespace atlas::app
