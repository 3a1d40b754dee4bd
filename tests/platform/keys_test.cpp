// tests/platform/keys_test.cpp: SDL's keycodes as the app's keys: a clicker's and the keypad's
// keys, digits, and everything else as Other.
#include <doctest/doctest.h>

#include <SDL.h>

#include "platform/keys.hpp"

using atlas::platform::Key;
using atlas::platform::keyOf;

TEST_CASE("SDL keycodes map to the app's keys") {
    CHECK(keyOf(SDLK_PAGEDOWN) == Key::PageDown);
    CHECK(keyOf(SDLK_PAGEUP) == Key::PageUp);
    CHECK(keyOf(SDLK_RETURN) == Key::Return);
    CHECK(keyOf(SDLK_KP_ENTER) == Key::Return);
    CHECK(keyOf(SDLK_b) == Key::B);
    CHECK(keyOf(SDLK_PERIOD) == Key::Period);
    CHECK(keyOf(SDLK_q) == Key::Q);
    CHECK(keyOf(SDLK_F5) == Key::F5);
    CHECK(keyOf(SDLK_F11) == Key::F11);
    CHECK(keyOf(SDLK_a) == Key::Other);
    for (int digit = 0; digit <= 9; ++digit) CHECK(atlas::platform::digitOf(keyOf(SDLK_0 + digit)) == digit);
    CHECK(atlas::platform::digitOf(Key::Return) == -1);
}
