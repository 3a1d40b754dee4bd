// tests/fuzz/story_fuzz_input.cpp: mkdtemp under the system's temporary folder, removed at exit.
#include "story_fuzz_input.hpp"

#include <cstdlib>
#include <fstream>
#include <stdexcept>
#include <string>

#include "io/story_loader.hpp"

namespace atlas::fuzz {

namespace fs = std::filesystem;

StoryFolder::StoryFolder(const fs::path& base) {
    std::string pattern = (fs::temp_directory_path() / "atlas-fuzz-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) throw std::runtime_error("cannot create a temporary folder");
    m_folder = pattern;
    for (const char* name : io::kStoryFiles) fs::copy_file(base / name, m_folder / name);
}

StoryFolder::~StoryFolder() {
    std::error_code ec;
    fs::remove_all(m_folder, ec);
}

const fs::path& StoryFolder::write(const char* name, const std::uint8_t* data, std::size_t size) const {
    std::ofstream out(m_folder / name, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), std::streamsize(size));
    return m_folder;
}

} // namespace atlas::fuzz
