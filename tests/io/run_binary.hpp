// tests/io/run_binary.hpp: running the real csto-atlas binary (ATLAS_BINARY) from an io test: the
// arguments quoted for the shell, stdin empty, stdout and stderr kept in files named after the run
// under the tests' output folder (build/tests/output/io/NAME.stdout, .stderr) for a look afterwards.
#pragma once

#include <doctest/doctest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace atlas::test {

struct RunResult {
    int exitCode = -1;
    std::string out;
    std::string err;
};

// The io tests' own output folder, created on first use.
inline std::filesystem::path outputDir() {
    std::filesystem::path dir = std::filesystem::path(ATLAS_TEST_OUTPUT_DIR) / "io";
    std::filesystem::create_directories(dir);
    return dir;
}

inline std::string shellQuoted(const std::string& text) {
    std::string out = "'";
    for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

inline std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Runs csto-atlas with arguments, and with each "NAME=VALUE" of `environment` added to its
// environment; fails the test when it did not exit (a crash or a signal).
inline RunResult runAtlas(const std::string& name, const std::vector<std::string>& arguments,
                          const std::vector<std::string>& environment = {}) {
    std::filesystem::path out = outputDir() / (name + ".stdout"), err = outputDir() / (name + ".stderr");
    std::filesystem::remove(out);
    std::filesystem::remove(err);
    std::string command = environment.empty() ? "" : "env ";
    for (const std::string& e : environment) command += shellQuoted(e) + " ";
    command += shellQuoted(ATLAS_BINARY);
    for (const std::string& a : arguments) command += " " + shellQuoted(a);
    command += " >" + shellQuoted(out.string()) + " 2>" + shellQuoted(err.string()) + " </dev/null";
    int status = std::system(command.c_str());
    REQUIRE_MESSAGE(WIFEXITED(status), command);
    return {WEXITSTATUS(status), readFile(out), readFile(err)};
}

} // namespace atlas::test
