// tests/render/detail_levels_test.cpp: where and how a layer's detail levels are built.
#include <doctest/doctest.h>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>

#include "platform/egl_context.hpp"
#include "render/detail_levels.hpp"

using namespace atlas;

TEST_CASE("a level built in the background runs on a worker of lower priority than the drawing thread") {
    platform::EglContext context;
    context.makeCurrent();
    const int drawingNice = getpriority(PRIO_PROCESS, 0);
    std::atomic<int> builderNice{drawingNice};
    std::atomic<pid_t> builderThread{0};
    render::DetailLevels levels(
        [&](int) {
            builderThread = pid_t(gettid());
            builderNice = getpriority(PRIO_PROCESS, 0);
            return render::MeshData{};
        },
        [](render::GpuMesh&, const std::vector<float>&) {});

    CHECK_FALSE(levels.ready(4)); // started, not waited for
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (!levels.ready(4) && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    REQUIRE(levels.ready(4));
    CHECK(builderThread != pid_t(gettid()));
    CHECK(builderNice == std::min(19, drawingNice + 10));
    CHECK(getpriority(PRIO_PROCESS, 0) == drawingNice); // the drawing thread's own is untouched
}
