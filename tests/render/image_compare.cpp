// tests/render/image_compare.cpp: a pixel differs when a channel is off by more than the case's
// channel tolerance; the frame matches when few pixels differ and no 4x4 block holds more than a
// few of them (scattered edge pixels pass, a missing label, marker or digit does not).
#include "image_compare.hpp"

#include <cstdlib>
#include <filesystem>
#include <vector>

#include "export/png_file.hpp"

namespace atlas::test {

namespace fs = std::filesystem;

namespace {

constexpr int kBlock = 4;

struct Difference {
    long pixels = 0;
    int worstBlock = 0; // the most differing pixels in one block
    int blockX = 0, blockY = 0;
    core::Image diff;
};

Difference differences(const core::Image& actual, const core::Image& expected, int channel) {
    Difference d{0, 0, 0, 0, {actual.width, actual.height, std::vector<std::uint8_t>(actual.rgba.size(), 255)}};
    // Summed-area table of differing pixels, one row and column of zeros in front.
    std::vector<int> sums(std::size_t(actual.width + 1) * (actual.height + 1), 0);
    auto sum = [&](int x, int y) -> int& { return sums[std::size_t(y) * (actual.width + 1) + x]; };
    for (int y = 0; y < actual.height; ++y)
        for (int x = 0; x < actual.width; ++x) {
            const std::uint8_t* a = actual.pixel(x, y);
            const std::uint8_t* e = expected.pixel(x, y);
            int worst = 0;
            for (int c = 0; c < 4; ++c) worst = std::max(worst, std::abs(int(a[c]) - int(e[c])));
            bool differs = worst > channel;
            if (differs) {
                ++d.pixels;
                std::uint8_t* p = d.diff.pixel(x, y);
                p[0] = 255, p[1] = 0, p[2] = 0;
            }
            sum(x + 1, y + 1) = int(differs) + sum(x, y + 1) + sum(x + 1, y) - sum(x, y);
        }
    for (int y = kBlock; y <= actual.height; ++y)
        for (int x = kBlock; x <= actual.width; ++x) {
            int inBlock = sum(x, y) - sum(x - kBlock, y) - sum(x, y - kBlock) + sum(x - kBlock, y - kBlock);
            if (inBlock > d.worstBlock) d.worstBlock = inBlock, d.blockX = x - kBlock, d.blockY = y - kBlock;
        }
    return d;
}

} // namespace

Comparison compareWithGolden(const core::Image& actual, const std::string& name, Tolerance tolerance) {
    fs::path golden = fs::path(ATLAS_GOLDEN_DIR) / (name + ".png");
    fs::path output = fs::path(ATLAS_TEST_OUTPUT_DIR);
    fs::create_directories(output);
    if (const char* update = std::getenv("UPDATE_GOLDEN"); update && std::string(update) == "1") {
        std::string error = exporting::writePng(actual, golden);
        return {false, error.empty() ? "golden rewritten: " + golden.string() + " (look at it, then run the test without UPDATE_GOLDEN)"
                                     : error};
    }
    std::string error;
    auto expected = exporting::readPng(golden, error);
    fs::path actualPath = output / (name + ".actual.png");
    exporting::writePng(actual, actualPath);
    if (!expected) return {false, error + " (run the test with UPDATE_GOLDEN=1 to create it)"};
    if (expected->width != actual.width || expected->height != actual.height)
        return {false, "size differs from " + golden.string()};
    Difference d = differences(actual, *expected, tolerance.channel);
    if (d.pixels <= tolerance.pixels && d.worstBlock <= tolerance.perBlock) {
        fs::remove(actualPath);
        return {true, ""};
    }
    fs::path diffPath = output / (name + ".diff.png");
    exporting::writePng(d.diff, diffPath);
    return {false, std::to_string(d.pixels) + " pixels differ from " + golden.string() + " (allowed " +
                       std::to_string(tolerance.pixels) + "), " + std::to_string(d.worstBlock) +
                       " of them in the 4x4 block at " + std::to_string(d.blockX) + "," + std::to_string(d.blockY) +
                       " (allowed " + std::to_string(tolerance.perBlock) + "); see " + actualPath.string() + " and " +
                       diffPath.string()};
}

} // namespace atlas::test
