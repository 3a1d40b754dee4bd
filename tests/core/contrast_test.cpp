// tests/core/contrast_test.cpp: WCAG luminance and contrast, compositing, and the shade of a text
// colour that reads on a background, or none when it is drawn too faint.
#include <doctest/doctest.h>

#include "core/frame/contrast.hpp"

using namespace atlas::core;

TEST_CASE("black on white is 21:1, a colour on itself 1:1, the order does not matter") {
    Color black = Color::hex(0x000000), white = Color::hex(0xFFFFFF), blue = Color::hex(0x77AADD);
    CHECK(contrastRatio(black, white) == doctest::Approx(21));
    CHECK(contrastRatio(white, black) == doctest::Approx(21));
    CHECK(contrastRatio(blue, blue) == doctest::Approx(1));
    // #767676 on white is the lightest grey WCAG AA allows: 4.54:1.
    CHECK(contrastRatio(Color::hex(0x767676), white) == doctest::Approx(4.54).epsilon(0.01));
}

TEST_CASE("a colour drawn at half opacity over another lands half way") {
    Color half = over(Color::hex(0x000000, 0.5f), Color::hex(0xFFFFFF));
    CHECK(half.r == doctest::Approx(0.5));
    CHECK(half.a == doctest::Approx(1));
}

TEST_CASE("a pale text is darkened along its hue until it reads; a text too faint is refused") {
    Color russia = Color::hex(0x77AADD), request = Color::hex(0x0077BB);
    REQUIRE(contrastRatio(request, russia) < kReadableContrast); // the ghost label of the issue
    auto readable = readableOn(request, 1, russia);
    REQUIRE(readable);
    CHECK(contrastRatio(over(*readable, russia), russia) >= kReadableContrast);
    CHECK(readable->b > readable->r); // still blue
    // A text already readable keeps its colour.
    CHECK(readableOn(Color::hex(0x2B2B2B), 1, Color::hex(0xF4F2EE))->r == doctest::Approx(Color::hex(0x2B2B2B).r));
    // At a fifth of its opacity no shade of it reaches 4.5:1 on a pale fill.
    CHECK_FALSE(readableOn(request, 0.2, russia));
    // On a dark card a text is lightened instead.
    auto onCard = readableOn(Color::hex(0x6C7A96), 1, Color::hex(0x14213D));
    REQUIRE(onCard);
    CHECK(onCard->r > Color::hex(0x6C7A96).r);
}
