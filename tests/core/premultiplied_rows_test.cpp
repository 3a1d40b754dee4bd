// tests/core/premultiplied_rows_test.cpp: read-back rows become an image top row first with
// straight alpha, rounded to nearest; clear and opaque pixels keep their colour, opaque rows whole.
#include <doctest/doctest.h>

#include "core/frame/premultiplied_rows.hpp"

using namespace atlas::core;

TEST_CASE("premultiplied bottom-up rows become a top-down image with straight alpha") {
    // Two rows of one pixel: the bottom one half-covered red, the top one opaque blue.
    std::vector<std::uint8_t> rows = {100, 0, 0, 128, 0, 0, 255, 255};
    Image image = imageFromPremultipliedRows(rows, 1, 2);
    CHECK(image.width == 1);
    CHECK(image.height == 2);
    CHECK(std::vector<std::uint8_t>(image.pixel(0, 0), image.pixel(0, 0) + 4) == std::vector<std::uint8_t>{0, 0, 255, 255});
    CHECK(std::vector<std::uint8_t>(image.pixel(0, 1), image.pixel(0, 1) + 4) == std::vector<std::uint8_t>{199, 0, 0, 128});
    Image clear = imageFromPremultipliedRows({10, 20, 30, 0}, 1, 1);
    CHECK(clear.rgba == std::vector<std::uint8_t>{10, 20, 30, 0});
}

TEST_CASE("an opaque row is copied as it is; a row with one translucent pixel is converted throughout") {
    // Two rows of three pixels: the bottom opaque, the top with a translucent pixel in the middle.
    std::vector<std::uint8_t> rows = {1, 2, 3, 255, 4, 5, 6, 255, 7, 8, 9, 255,
                                      10, 20, 30, 255, 50, 0, 0, 128, 40, 50, 60, 255};
    Image image = imageFromPremultipliedRows(rows, 3, 2);
    CHECK(std::vector<std::uint8_t>(image.rgba.begin(), image.rgba.begin() + 12) ==
          std::vector<std::uint8_t>{10, 20, 30, 255, 100, 0, 0, 128, 40, 50, 60, 255});
    CHECK(std::vector<std::uint8_t>(image.rgba.begin() + 12, image.rgba.end()) ==
          std::vector<std::uint8_t>{1, 2, 3, 255, 4, 5, 6, 255, 7, 8, 9, 255});
}
