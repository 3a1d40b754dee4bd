// tests/app/settings_kill_test.cpp: a process killed (SIGKILL) at a random moment while it writes
// settings or a larger file, again and again: the file it was writing is always whole, either
// what it held before or what was being written, never a mix or a truncation.
#include <doctest/doctest.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "app/window/settings.hpp"
#include "platform/atomic_file.hpp"
#include "../tools/settings_writer.hpp"
#include "io_test_support.hpp"

using namespace atlas;
namespace fs = std::filesystem;

namespace {

// Starts the writer on folder (with bytes, the big-file mode), kills it `delay` after its first
// write, reaps it.
void runAndKill(const fs::path& folder, const std::string& bytes, std::chrono::microseconds delay) {
    int ready[2];
    REQUIRE(::pipe(ready) == 0);
    // Spawned, not forked: this test process may have other threads holding locks.
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, ready[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, ready[0]);
    std::vector<std::string> arguments{ATLAS_SETTINGS_WRITER, folder.string()};
    if (!bytes.empty()) arguments.push_back(bytes);
    std::vector<char*> argv;
    for (std::string& a : arguments) argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_t child = -1;
    int spawned = ::posix_spawn(&child, ATLAS_SETTINGS_WRITER, &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    REQUIRE(spawned == 0);
    ::close(ready[1]);
    char plus = 0;
    bool started = ::read(ready[0], &plus, 1) == 1;
    ::close(ready[0]);
    if (started) std::this_thread::sleep_for(delay);
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    REQUIRE_MESSAGE((started && WIFSIGNALED(status)), "the writer ended by itself (could it start?)");
}

// Kills the writer 100 times at random moments; after each kill, file holds one of `whole`, and
// beside it is at most the temporary file of the last kill: each write removes those that the
// writers killed before it left.
void killLoop(const fs::path& folder, const fs::path& file, const std::string& bytes, const std::set<std::string>& whole) {
    std::mt19937 random(20220107);
    std::uniform_int_distribution<int> microseconds(0, 3'000);
    std::set<std::string> seen;
    for (int round = 0; round < 100; ++round) {
        runAndKill(folder, bytes, std::chrono::microseconds(microseconds(random)));
        std::optional<std::string> text = platform::readWholeFile(file);
        REQUIRE(text);
        CAPTURE(round);
        REQUIRE_MESSAGE(whole.count(*text), "a broken file of " << text->size() << " bytes");
        seen.insert(*text);
        int others = 0;
        for (const fs::directory_entry& entry : fs::directory_iterator(folder))
            others += entry.path() != file;
        REQUIRE_MESSAGE(others <= 1, others << " files beside " << file.filename());
    }
    CHECK(seen.size() == 2); // the writer got to write both versions: the kills did land mid-loop
}

} // namespace

TEST_CASE("settings killed mid-write are the old or the new, never broken") {
    fs::path folder = test::freshFolder("settings_kill");
    REQUIRE(app::saveSettings(test::writerSettings(0), folder));
    killLoop(folder, folder / "settings.ini", "",
             {app::formatSettings(test::writerSettings(0)), app::formatSettings(test::writerSettings(1))});
    app::Settings loaded = app::loadSettings(folder);
    CHECK((loaded == test::writerSettings(0) || loaded == test::writerSettings(1)));
}

TEST_CASE("a 1 MB file killed mid-write is the old or the new, never broken") {
    const std::size_t bytes = 1 << 20;
    fs::path folder = test::freshFolder("atomic_kill");
    REQUIRE(platform::writeFileAtomically(folder / "big.txt", std::string(bytes, 'a')));
    killLoop(folder, folder / "big.txt", std::to_string(bytes), {std::string(bytes, 'a'), std::string(bytes, 'b')});
}
