// tests/support/run_binary.hpp: the one way the tests run the real csto-atlas binary
// (ATLAS_BINARY): the arguments quoted for the shell, stdin empty, stdout and stderr kept in
// files (build/tests/output/runs/last.PID.stdout, .stderr: each test program's last run, for a
// look afterwards).
#pragma once

#include <doctest/doctest.h>
#include <sys/wait.h>
#include <unistd.h>

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

inline std::string quoted(const std::string& text) {
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

// The shell command that runs csto-atlas with arguments, each "NAME=VALUE" of environment
// added to its environment.
inline std::string atlasCommand(const std::vector<std::string>& arguments, const std::vector<std::string>& environment = {}) {
    std::string command = environment.empty() ? "" : "env ";
    for (const std::string& e : environment) command += quoted(e) + " ";
    command += quoted(ATLAS_BINARY);
    for (const std::string& a : arguments) command += " " + quoted(a);
    return command;
}

// Runs csto-atlas to its end; fails the test when it did not exit (a crash or a signal).
inline RunResult runAtlas(const std::vector<std::string>& arguments, const std::vector<std::string>& environment = {}) {
    std::filesystem::path runs = std::filesystem::path(ATLAS_TEST_OUTPUT_DIR) / "runs";
    std::filesystem::create_directories(runs);
    std::string name = "last." + std::to_string(::getpid()); // test programs may run side by side
    std::filesystem::path out = runs / (name + ".stdout"), err = runs / (name + ".stderr");
    std::string command = atlasCommand(arguments, environment) + " >" + quoted(out.string()) + " 2>" +
                          quoted(err.string()) + " </dev/null";
    int status = std::system(command.c_str());
    REQUIRE_MESSAGE(WIFEXITED(status), command);
    return {WEXITSTATUS(status), readFile(out), readFile(err)};
}

} // namespace atlas::test
