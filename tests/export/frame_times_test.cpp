// tests/export/frame_times_test.cpp: the instant of each frame: both ends shown, even steps
// rounded down to the second, one frame showing `from`.
#include <doctest/doctest.h>

#include "export/frame_times.hpp"

using namespace atlas::exporting;
using namespace std::chrono;

TEST_CASE("frame i shows from + (to - from) * i / (N - 1), rounded down to the second") {
    sys_seconds from = sys_days(year{2022} / January / 5);
    FrameRange range{from, from + hours(4), 5};
    CHECK(frameTime(range, 0) == from);
    CHECK(frameTime(range, 2) == from + hours(2));
    CHECK(frameTime(range, 4) == from + hours(4));
    FrameRange thirds{from, from + seconds(10), 4};
    CHECK(frameTime(thirds, 1) == from + seconds(3));
    CHECK(frameTime(thirds, 2) == from + seconds(6));
    CHECK(frameTime(thirds, 3) == from + seconds(10));
    FrameRange backwards{from + seconds(10), from, 4};
    CHECK(frameTime(backwards, 1) == from + seconds(6));
    CHECK(frameTime(FrameRange{from, from + days(3), 1}, 0) == from);
}
