// platform/keys.hpp: the keys the app's logic reads, apart from SDL: a presenter's keys (a
// clicker sends PageUp/PageDown or arrows; P opens the presenter's view), the time keys, digits,
// Ctrl+Q, F5 and F11. keyOf maps SDL's keycodes.
#pragma once

#include <cstdint>

namespace atlas::platform {

enum class Key {
    Other,
    Escape, Return, Backspace, Space,
    Left, Right, Up, Down, PageUp, PageDown, Home, End,
    Period, Comma, B, P, W, Q, F5, F11,
    Digit0, Digit1, Digit2, Digit3, Digit4, Digit5, Digit6, Digit7, Digit8, Digit9,
};

// 0-9 for a digit key, else -1.
inline int digitOf(Key key) { return key >= Key::Digit0 && key <= Key::Digit9 ? int(key) - int(Key::Digit0) : -1; }

// SDL's keycode (SDL_Keycode) as a Key; Other for every key not listed.
Key keyOf(std::int32_t sdlKeycode);

} // namespace atlas::platform
