// tests/fuzz/story_fuzz_input.hpp: a private temporary copy of a story folder in which one file is
// replaced by each fuzz input, so the loaders read it through GDAL as they read a user's file.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>

namespace atlas::fuzz {

class StoryFolder {
public:
    // Copies the story files of `base` into a fresh folder that only this process uses.
    explicit StoryFolder(const std::filesystem::path& base);
    ~StoryFolder();
    StoryFolder(const StoryFolder&) = delete;
    StoryFolder& operator=(const StoryFolder&) = delete;

    // Writes the input as the file `name` of the folder; returns the folder.
    const std::filesystem::path& write(const char* name, const std::uint8_t* data, std::size_t size) const;

private:
    std::filesystem::path m_folder;
};

} // namespace atlas::fuzz
