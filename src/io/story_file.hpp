// io/story_file.hpp: reads a presentation's story file (TOML; see geodata/README.md): chapters
// with titles, captions, sources, times, how they play, views and layers. Every fault is a
// diagnostic naming the file and line; a file with any error yields no presentation, so the
// caller keeps the one it had (the built-in story).
#pragma once

#include <filesystem>

#include "core/diagnostic.hpp"
#include "core/presentation/chapter.hpp"
#include "core/story/story.hpp"

namespace atlas::io {

// story: the loaded data the chapters refer to (places, sources, and the events to hold at).
core::Loaded<core::Presentation> loadStoryFile(const std::filesystem::path& file, const core::Story& story);
// The same from text already read; name is what messages call the file.
core::Loaded<core::Presentation> parseStoryFile(const std::string& text, const std::string& name, const core::Story& story);

// The built-in story beside the built-in data.
std::filesystem::path builtInStoryFile(const std::filesystem::path& dataFolder);

inline constexpr std::uintmax_t kMaxStoryFileBytes = 1 << 20;

} // namespace atlas::io
