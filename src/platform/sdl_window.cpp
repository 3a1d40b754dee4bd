// platform/sdl_window.cpp: SDL video, a resizable high-DPI window and its GL context.
#include "platform/sdl_window.hpp"

#include <SDL.h>

#include <algorithm>
#include <cstdlib>
#include <stdexcept>
#include <string_view>

namespace atlas::platform {

namespace {

// SDL falls back to drivers that show nothing (offscreen, dummy and its evdev variant) when there
// is no display: a window there would run unseen. They are used only when SDL_VIDEODRIVER names them.
bool showsNothing(std::string_view driver) { return driver == "offscreen" || driver == "dummy" || driver == "evdev"; }

} // namespace

void startVideo() {
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0)
        throw std::runtime_error(std::string("cannot open a window: ") + SDL_GetError());
    const char* driver = SDL_GetCurrentVideoDriver();
    if (!std::getenv("SDL_VIDEODRIVER") && driver && showsNothing(driver)) {
        SDL_Quit();
        const char* display = std::getenv("DISPLAY");
        throw std::runtime_error(display && *display ? std::string("cannot open a window: cannot reach the display ") + display
                                                     : "cannot open a window: no display (neither DISPLAY nor WAYLAND_DISPLAY is set)");
    }
}

SdlWindow::SdlWindow(const std::string& title, int width, int height) : m_event(std::make_unique<SDL_Event>()), m_title(title) {
    openWindow(width, height);
    m_context = SDL_GL_CreateContext(m_window);
    if (!m_context) {
        std::string message = SDL_GetError();
        SDL_DestroyWindow(m_window);
        SDL_Quit();
        throw std::runtime_error("cannot create an OpenGL 3.3 core context: " + message);
    }
    SDL_GL_MakeCurrent(m_window, m_context);
    SDL_GL_SetSwapInterval(1);
}

SdlWindow::SdlWindow(const std::string& title, int width, int height, const SdlWindow& sharesContextOf)
    : m_event(std::make_unique<SDL_Event>()), m_title(title), m_ownsContext(false) {
    openWindow(width, height);
    m_context = sharesContextOf.m_context;
    // Its swaps do not wait for its display: the owner's frames set the pace. Leaves the
    // context current on this window.
    makeCurrent();
    SDL_GL_SetSwapInterval(0);
}

void SdlWindow::openWindow(int width, int height) {
    if (m_ownsContext) startVideo(); // a window sharing a context lives within its owner's start of SDL
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
    m_window = SDL_CreateWindow(m_title.c_str(), SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, width, height,
                                SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    if (!m_window) {
        std::string message = SDL_GetError();
        if (m_ownsContext) SDL_Quit();
        throw std::runtime_error("cannot open a window: " + message);
    }
}

SdlWindow::~SdlWindow() {
    if (!m_ownsContext) {
        SDL_DestroyWindow(m_window);
        return;
    }
    SDL_GL_DeleteContext(m_context);
    SDL_DestroyWindow(m_window);
    SDL_Quit();
}

void SdlWindow::drawableSize(int& width, int& height) const { SDL_GL_GetDrawableSize(m_window, &width, &height); }

double SdlWindow::pixelRatio() const {
    int windowWidth = 0, windowHeight = 0, drawableWidth = 0, drawableHeight = 0;
    SDL_GetWindowSize(m_window, &windowWidth, &windowHeight);
    SDL_GL_GetDrawableSize(m_window, &drawableWidth, &drawableHeight);
    return windowWidth > 0 ? double(drawableWidth) / windowWidth : 1.0;
}

void SdlWindow::swap() const { SDL_GL_SwapWindow(m_window); }

std::uint32_t SdlWindow::id() const { return SDL_GetWindowID(m_window); }

void SdlWindow::makeCurrent() const { SDL_GL_MakeCurrent(m_window, m_context); }

void SdlWindow::size(int& width, int& height) const { SDL_GetWindowSize(m_window, &width, &height); }

void SdlWindow::setTitle(const std::string& title) {
    if (title != m_title) SDL_SetWindowTitle(m_window, (m_title = title).c_str());
}

void SdlWindow::showCursor(bool shown) { SDL_ShowCursor(shown ? SDL_ENABLE : SDL_DISABLE); }

bool SdlWindow::hasPointer() const { return SDL_GetMouseFocus() == m_window; }

std::uint32_t ticksMs() { return SDL_GetTicks(); }

namespace {

std::uint32_t windowOf(const SDL_Event& sdl) {
    switch (sdl.type) {
    case SDL_KEYDOWN:
    case SDL_KEYUP: return sdl.key.windowID;
    case SDL_MOUSEMOTION: return sdl.motion.windowID;
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP: return sdl.button.windowID;
    case SDL_MOUSEWHEEL: return sdl.wheel.windowID;
    case SDL_WINDOWEVENT: return sdl.window.windowID;
    case SDL_TEXTINPUT: return sdl.text.windowID;
    default: return 0;
    }
}

InputEvent translate(const SDL_Event& sdl) {
    InputEvent event;
    event.native = &sdl;
    event.window = windowOf(sdl);
    switch (sdl.type) {
    case SDL_QUIT: event.type = InputEvent::Type::Quit; break;
    case SDL_KEYDOWN:
        event.type = InputEvent::Type::KeyDown;
        event.key = keyOf(sdl.key.keysym.sym);
        event.ctrl = sdl.key.keysym.mod & KMOD_CTRL;
        break;
    case SDL_MOUSEMOTION:
        event.type = InputEvent::Type::PointerMove;
        event.pointer = {double(sdl.motion.x), double(sdl.motion.y)};
        event.motion = {double(sdl.motion.xrel), double(sdl.motion.yrel)};
        event.leftHeld = sdl.motion.state & SDL_BUTTON_LMASK;
        break;
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP:
        event.type = sdl.type == SDL_MOUSEBUTTONDOWN ? InputEvent::Type::ButtonDown : InputEvent::Type::ButtonUp;
        event.left = sdl.button.button == SDL_BUTTON_LEFT;
        event.pointer = {double(sdl.button.x), double(sdl.button.y)};
        break;
    case SDL_MOUSEWHEEL: {
        int x = 0, y = 0;
        SDL_GetMouseState(&x, &y);
        event.type = InputEvent::Type::Wheel;
        event.pointer = {double(x), double(y)};
        event.wheelSteps = sdl.wheel.preciseY;
        break;
    }
    case SDL_WINDOWEVENT:
        if (sdl.window.event == SDL_WINDOWEVENT_SIZE_CHANGED) event.type = InputEvent::Type::Resized;
        if (sdl.window.event == SDL_WINDOWEVENT_CLOSE) event.type = InputEvent::Type::Close;
        break;
    default: break;
    }
    return event;
}

} // namespace

bool SdlWindow::nextEvent(InputEvent& event, std::uint32_t waitMs) {
    bool got = waitMs == 0 ? SDL_PollEvent(m_event.get()) : SDL_WaitEventTimeout(m_event.get(), int(waitMs));
    if (got) event = translate(*m_event);
    return got;
}

void SdlWindow::toggleFullscreen() { setFullscreen(!fullscreen()); }

bool SdlWindow::fullscreen() const { return SDL_GetWindowFlags(m_window) & SDL_WINDOW_FULLSCREEN_DESKTOP; }

DisplayBounds SdlWindow::bounds() const {
    DisplayBounds b;
    SDL_GetWindowPosition(m_window, &b.x, &b.y);
    SDL_GetWindowSize(m_window, &b.width, &b.height);
    return b;
}

void SdlWindow::place(const DisplayBounds& bounds) {
    SDL_SetWindowFullscreen(m_window, 0);
    SDL_SetWindowPosition(m_window, bounds.x, bounds.y);
    SDL_SetWindowSize(m_window, bounds.width, bounds.height);
}

void SdlWindow::setFullscreen(bool full) { SDL_SetWindowFullscreen(m_window, full ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0); }

int SdlWindow::display() const { return std::max(0, SDL_GetWindowDisplayIndex(m_window)); }

void SdlWindow::raise() { SDL_RaiseWindow(m_window); }

std::vector<DisplayBounds> displays() {
    std::vector<DisplayBounds> found;
    for (int i = 0; i < SDL_GetNumVideoDisplays(); ++i) {
        SDL_Rect r{};
        if (SDL_GetDisplayUsableBounds(i, &r) != 0) SDL_GetDisplayBounds(i, &r);
        found.push_back({r.x, r.y, r.w, r.h});
    }
    return found;
}

} // namespace atlas::platform
