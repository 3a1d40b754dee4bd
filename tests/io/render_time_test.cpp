// tests/io/render_time_test.cpp: `render --at` and `--episode` through the real binary: good
// times and episodes render, bad or impossible ones exit 2 saying why.
#include <doctest/doctest.h>

#include "story_test_support.hpp"

using namespace atlas::test;

namespace {

std::string outputPng(const std::string& name) {
    std::filesystem::path dir = std::filesystem::path(ATLAS_TEST_OUTPUT_DIR) / "story";
    std::filesystem::create_directories(dir);
    return (dir / (name + ".png")).string();
}

} // namespace

TEST_CASE("render --at with a day, a month or an hour and an offset, and --episode, writes the frame") {
    for (std::string at : {"2022-01-10", "2010-06", "2022-01-10T14:00+06:00"}) {
        RunResult r = runAtlas({"render", "--at", at, "--episode", "almaty-2022", "--size", "240x160", "-o",
                                                        outputPng("render-at")});
        INFO(at << ": " << r.err);
        CHECK(r.exitCode == 0);
        CHECK(std::filesystem::file_size(outputPng("render-at")) > 1000);
    }
    RunResult now = runAtlas({"render", "--size", "240x160", "-o", outputPng("render-now")});
    CHECK(now.exitCode == 0);
}

TEST_CASE("render --at with a bad or impossible time exits 2 and says what is wrong") {
    for (std::string at : {"2022-02-30", "yesterday", "2022-13", "2022-01-10T25:00", ""}) {
        RunResult r = runAtlas({"render", "--at", at, "-o", outputPng("render-bad-at")});
        INFO(at << ": " << r.err);
        CHECK(r.exitCode == 2);
        CHECK(r.err.find("--at") != std::string::npos);
    }
}

TEST_CASE("render --episode with an unknown name exits 2 listing the valid ones") {
    RunResult r = runAtlas({"render", "--episode", "kiev-2014", "-o", outputPng("render-bad-episode")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("kiev-2014") != std::string::npos);
    CHECK(r.err.find("osh-2010, armenia-2021, almaty-2022") != std::string::npos);
    RunResult both = runAtlas({"render", "--episode", "osh-2010", "--bbox", "60,40,80,50", "-o",
                                                                 outputPng("render-episode-bbox")});
    CHECK(both.exitCode == 2);
    RunResult elsewhere = runAtlas({"events", "--at", "2022-01-10"});
    CHECK(elsewhere.exitCode == 2);
}
