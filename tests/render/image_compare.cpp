// tests/render/image_compare.cpp: a pixel differs when any channel is off by more than 24;
// the frame matches when at most 0.3% of its pixels differ.
#include "image_compare.hpp"

#include <cstdlib>
#include <filesystem>

#include "export/png_file.hpp"

namespace atlas::test {

namespace fs = std::filesystem;

Comparison compareWithGolden(const core::Image& actual, const std::string& name) {
    fs::path golden = fs::path(ATLAS_GOLDEN_DIR) / (name + ".png");
    fs::path output = fs::path(ATLAS_TEST_OUTPUT_DIR);
    fs::create_directories(output);
    if (const char* update = std::getenv("UPDATE_GOLDEN"); update && std::string(update) == "1") {
        std::string error = exporting::writePng(actual, golden);
        return {error.empty(), error.empty() ? "golden rewritten: " + golden.string() : error};
    }
    std::string error;
    auto expected = exporting::readPng(golden, error);
    fs::path actualPath = output / (name + ".actual.png");
    exporting::writePng(actual, actualPath);
    if (!expected) return {false, error + " (run the test with UPDATE_GOLDEN=1 to create it)"};
    if (expected->width != actual.width || expected->height != actual.height)
        return {false, "size differs from " + golden.string()};
    core::Image diff{actual.width, actual.height, std::vector<std::uint8_t>(actual.rgba.size(), 255)};
    long differing = 0;
    for (int y = 0; y < actual.height; ++y)
        for (int x = 0; x < actual.width; ++x) {
            const std::uint8_t* a = actual.pixel(x, y);
            const std::uint8_t* e = expected->pixel(x, y);
            int worst = 0;
            for (int c = 0; c < 4; ++c) worst = std::max(worst, std::abs(int(a[c]) - int(e[c])));
            if (worst > 24) {
                ++differing;
                std::uint8_t* d = diff.pixel(x, y);
                d[0] = 255, d[1] = 0, d[2] = 0;
            }
        }
    long allowed = long(actual.width) * actual.height * 3 / 1000;
    if (differing <= allowed) {
        fs::remove(actualPath);
        return {true, ""};
    }
    fs::path diffPath = output / (name + ".diff.png");
    exporting::writePng(diff, diffPath);
    return {false, std::to_string(differing) + " pixels differ from " + golden.string() + " (allowed " +
                       std::to_string(allowed) + "); see " + actualPath.string() + " and " + diffPath.string()};
}

} // namespace atlas::test
