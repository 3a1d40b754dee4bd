// tests/export/export_interrupt_test.cpp: SIGTERM in the middle of a PNG export stops it cleanly
// (no unfinished frame left, a message on how to resume), and --resume finishes it to exactly
// the frames of an export never interrupted.
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include <chrono>
#include <thread>

#include "export_test_support.hpp"

extern char** environ;

using namespace atlas::test;

namespace {

std::vector<std::string> longExport(const fs::path& folder) {
    return {"export", "--episode", "almaty-2022", "--from", "2022-01-02", "--to", "2022-01-20", "--size", "320x180",
            "--fps", "30", "--duration", "4s", "-o", folder.string() + "/"};
}

int finishedFrames(const fs::path& folder) {
    int count = 0;
    std::error_code ec;
    for (const fs::directory_entry& entry : fs::directory_iterator(folder, ec))
        count += entry.path().extension() == ".png";
    return count;
}

} // namespace

TEST_CASE("an export stopped by SIGTERM resumes to the same frames as one never stopped") {
    fs::path dir = freshFolder("interrupt");
    fs::path err = dir / "stopped.stderr";
    std::string command = "exec " + atlasCommand(longExport(dir / "stopped")) + " 2>" + quoted(err.string()) + " </dev/null";
    const char* argv[] = {"/bin/sh", "-c", command.c_str(), nullptr};
    pid_t child = 0;
    REQUIRE(posix_spawn(&child, "/bin/sh", nullptr, nullptr, const_cast<char**>(argv), environ) == 0);
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (finishedFrames(dir / "stopped") < 3 && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    ::kill(child, SIGTERM);
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    int written = finishedFrames(dir / "stopped");
    CHECK(written >= 3);
    REQUIRE_MESSAGE(written < 120, "the export finished before it could be stopped");
    CHECK(WEXITSTATUS(status) == 1);
    CHECK_MESSAGE(contains(readFile(err), "--resume"), readFile(err));
    for (const std::string& name : fileNames(dir / "stopped")) CHECK_MESSAGE(fs::path(name).extension() == ".png", name);

    std::vector<std::string> resume = longExport(dir / "stopped");
    resume.push_back("--resume");
    RunResult resumed = runAtlas(resume);
    REQUIRE_MESSAGE(resumed.exitCode == 0, resumed.err);
    RunResult whole = runAtlas(longExport(dir / "whole"));
    REQUIRE_MESSAGE(whole.exitCode == 0, whole.err);
    CHECK(finishedFrames(dir / "whole") == 120);
    checkSameFiles(dir / "whole", dir / "stopped");
}
