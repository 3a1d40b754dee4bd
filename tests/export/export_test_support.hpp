// tests/export/export_test_support.hpp: running the csto-atlas binary from the export tests,
// and reading what it wrote.
#pragma once

#include <doctest/doctest.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace atlas::test {

namespace fs = std::filesystem;

struct RunResult {
    int exitCode = -1;
    std::string err;
};

// A fresh, empty folder for one test's files.
inline fs::path freshDir(const std::string& name) {
    fs::path dir = fs::path(ATLAS_TEST_OUTPUT_DIR) / "export" / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

inline std::string quoted(const std::string& text) {
    std::string out = "'";
    for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

inline std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

inline bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The shell command that runs csto-atlas with arguments (after `environment`, e.g. "PATH=/x").
inline std::string atlasCommand(const std::vector<std::string>& arguments, const std::string& environment = "") {
    std::string command = environment;
    if (!command.empty()) command += ' ';
    command += quoted(ATLAS_BINARY);
    for (const std::string& a : arguments) {
        command += ' ';
        command += quoted(a);
    }
    return command;
}

// Runs csto-atlas to the end; stderr is kept (stdout is dropped).
inline RunResult runAtlas(const std::vector<std::string>& arguments, const std::string& environment = "") {
    fs::path err = fs::path(ATLAS_TEST_OUTPUT_DIR) / "export" / "last.stderr";
    fs::create_directories(err.parent_path());
    std::string command = atlasCommand(arguments, environment) + " >/dev/null 2>" + quoted(err.string()) + " </dev/null";
    int status = std::system(command.c_str());
    REQUIRE_MESSAGE(WIFEXITED(status), command);
    return {WEXITSTATUS(status), readFile(err)};
}

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
