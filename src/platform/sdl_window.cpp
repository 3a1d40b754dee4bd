// platform/sdl_window.cpp: SDL video, a resizable high-DPI window and its GL context.
#include "platform/sdl_window.hpp"

#include <SDL.h>

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

SdlWindow::SdlWindow(const std::string& title, int width, int height) {
    startVideo();
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
    m_window = SDL_CreateWindow(title.c_str(), SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, width, height,
                                SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    if (!m_window) {
        std::string message = SDL_GetError();
        SDL_Quit();
        throw std::runtime_error("cannot open a window: " + message);
    }
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

SdlWindow::~SdlWindow() {
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

void SdlWindow::toggleFullscreen() {
    bool full = SDL_GetWindowFlags(m_window) & SDL_WINDOW_FULLSCREEN_DESKTOP;
    SDL_SetWindowFullscreen(m_window, full ? 0 : SDL_WINDOW_FULLSCREEN_DESKTOP);
}

} // namespace atlas::platform
