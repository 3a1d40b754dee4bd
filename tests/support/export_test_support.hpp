// tests/support/export_test_support.hpp: what the export tests read of what the binary wrote:
// the files of a folder, and the first line a tool prints about them.
#pragma once

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "io_test_support.hpp"
#include "run_binary.hpp"

namespace atlas::test {

namespace fs = std::filesystem;

// The names of the files in a folder, sorted.
inline std::vector<std::string> fileNames(const fs::path& folder) {
    std::vector<std::string> names;
    for (const fs::directory_entry& entry : fs::directory_iterator(folder)) names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

// Two folders hold the same files with the same bytes.
inline void checkSameFiles(const fs::path& a, const fs::path& b) {
    REQUIRE(fileNames(a) == fileNames(b));
    for (const std::string& name : fileNames(a)) CHECK_MESSAGE(readFile(a / name) == readFile(b / name), name);
}

// The first line a shell command prints.
inline std::string firstLine(const std::string& command) {
    std::string line;
    if (std::FILE* pipe = ::popen(command.c_str(), "r")) {
        char buffer[256];
        if (std::fgets(buffer, sizeof buffer, pipe)) line = buffer;
        ::pclose(pipe);
    }
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
    return line;
}

} // namespace atlas::test
