// platform/keys.cpp: SDL keycodes to the app's keys (the keypad's Enter is Return).
#include "platform/keys.hpp"

#include <SDL.h>

namespace atlas::platform {

Key keyOf(std::int32_t sdlKeycode) {
    if (sdlKeycode >= SDLK_0 && sdlKeycode <= SDLK_9) return Key(int(Key::Digit0) + (sdlKeycode - SDLK_0));
    switch (sdlKeycode) {
    case SDLK_ESCAPE: return Key::Escape;
    case SDLK_RETURN:
    case SDLK_KP_ENTER: return Key::Return;
    case SDLK_BACKSPACE: return Key::Backspace;
    case SDLK_SPACE: return Key::Space;
    case SDLK_LEFT: return Key::Left;
    case SDLK_RIGHT: return Key::Right;
    case SDLK_UP: return Key::Up;
    case SDLK_DOWN: return Key::Down;
    case SDLK_PAGEUP: return Key::PageUp;
    case SDLK_PAGEDOWN: return Key::PageDown;
    case SDLK_HOME: return Key::Home;
    case SDLK_END: return Key::End;
    case SDLK_PERIOD: return Key::Period;
    case SDLK_COMMA: return Key::Comma;
    case SDLK_b: return Key::B;
    case SDLK_p: return Key::P;
    case SDLK_w: return Key::W;
    case SDLK_q: return Key::Q;
    case SDLK_F5: return Key::F5;
    case SDLK_F11: return Key::F11;
    default: return Key::Other;
    }
}

} // namespace atlas::platform
