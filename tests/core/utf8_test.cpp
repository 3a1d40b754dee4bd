// tests/core/utf8_test.cpp: strict UTF-8 validation (overlongs, surrogates, truncation, stray
// continuation bytes) and decoding with U+FFFD for each bad byte.
#include <doctest/doctest.h>

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/text/utf8.hpp"

using namespace atlas::core;
using CodePoints = std::vector<std::uint32_t>;

TEST_CASE("valid UTF-8 is accepted: ASCII, Latin, Cyrillic, a 4-byte emoji and the empty text") {
    CHECK(isValidUtf8(""));
    CHECK(isValidUtf8("Bishkek 2024"));
    CHECK(isValidUtf8("Aqt\xC3\xB6" "be"));
    CHECK(isValidUtf8("\xD0\xAB\xD1\x81\xD1\x8B\xD0\xBA-\xD0\x9A\xD3\xA9\xD0\xBB")); // Ысык-Көл
    CHECK(isValidUtf8("\xF0\x9F\x97\xBA")); // U+1F5FA world map
    CHECK(isValidUtf8("\xF4\x8F\xBF\xBF")); // U+10FFFF, the last code point
}

TEST_CASE("invalid UTF-8 is refused") {
    CHECK_FALSE(isValidUtf8("\x80"));                 // lone continuation byte
    CHECK_FALSE(isValidUtf8("abc\xBF"));              // continuation after ASCII
    CHECK_FALSE(isValidUtf8("\xC0\xAF"));             // overlong '/'
    CHECK_FALSE(isValidUtf8("\xE0\x80\xAF"));         // overlong 3-byte '/'
    CHECK_FALSE(isValidUtf8("\xED\xA0\x80"));         // surrogate U+D800
    CHECK_FALSE(isValidUtf8("\xF4\x90\x80\x80"));     // above U+10FFFF
    CHECK_FALSE(isValidUtf8("\xC3"));                 // truncated 2-byte
    CHECK_FALSE(isValidUtf8("Aqt\xC3"));              // truncated at the end of a word
    CHECK_FALSE(isValidUtf8("\xF0\x9F\x97"));         // truncated emoji
    CHECK_FALSE(isValidUtf8("\xE2\x82" "A"));         // continuation replaced by ASCII
    CHECK_FALSE(isValidUtf8("\xFF"));                 // never valid
}

TEST_CASE("decodeUtf8 gives the code points of valid text") {
    CHECK(decodeUtf8("Ab") == CodePoints{'A', 'b'});
    CHECK(decodeUtf8("Aqt\xC3\xB6" "be") == CodePoints{'A', 'q', 't', 0xF6, 'b', 'e'});
    CHECK(decodeUtf8("\xD0\xAB\xD1\x81\xD1\x8B\xD0\xBA-\xD0\x9A\xD3\xA9\xD0\xBB") ==
          CodePoints{0x42B, 0x441, 0x44B, 0x43A, '-', 0x41A, 0x4E9, 0x43B});
    CHECK(decodeUtf8("\xF0\x9F\x97\xBA") == CodePoints{0x1F5FA});
    CHECK(decodeUtf8("\xE2\x82\xAC") == CodePoints{0x20AC}); // euro sign
    CHECK(decodeUtf8("").empty());
}

TEST_CASE("decodeUtf8 replaces each bad byte with U+FFFD and carries on") {
    CHECK(decodeUtf8("a\x80z") == CodePoints{'a', 0xFFFD, 'z'});
    CHECK(decodeUtf8("\xC0\xAF") == CodePoints{0xFFFD, 0xFFFD});
    CHECK(decodeUtf8("\xED\xA0\x80!") == CodePoints{0xFFFD, 0xFFFD, 0xFFFD, '!'});
    CHECK(decodeUtf8("Aqt\xC3") == CodePoints{'A', 'q', 't', 0xFFFD});
    // A truncated sequence followed by a good one: the good one survives.
    CHECK(decodeUtf8("\xE2\x82\xC3\xB6") == CodePoints{0xFFFD, 0xFFFD, 0xF6});
}
