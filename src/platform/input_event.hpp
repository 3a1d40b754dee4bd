// platform/input_event.hpp: one input event as the app reads it, apart from SDL: a key, the
// pointer, a button, the wheel, a resize or a window's close, and the window it came to.
// Positions are in window coordinates (times pixelRatio for drawable pixels).
#pragma once

#include <cstdint>

#include "core/geo/geometry.hpp"
#include "platform/keys.hpp"

namespace atlas::platform {

struct InputEvent {
    enum class Type { Other, Quit, Close, KeyDown, PointerMove, ButtonDown, ButtonUp, Wheel, Resized };
    Type type = Type::Other;
    std::uint32_t window = 0; // which window it came to (SdlWindow::id); 0: the app's (Quit)
    Key key = Key::Other;   // KeyDown
    bool ctrl = false;      // KeyDown: with Ctrl held
    core::Vec2 pointer;     // PointerMove, Wheel: where the pointer is
    core::Vec2 motion;      // PointerMove: how far it moved
    bool leftHeld = false;  // PointerMove: with the left button down
    bool left = false;      // ButtonDown, ButtonUp: the left button
    double wheelSteps = 0;  // Wheel: notches, away from the user positive
    const void* native = nullptr; // the window system's own event, for ImGui's backend (ui/)
};

} // namespace atlas::platform
