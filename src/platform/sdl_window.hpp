// platform/sdl_window.hpp: an SDL2 window with an OpenGL 3.3 core context, HiDPI aware.
#pragma once

#include <string>

struct SDL_Window;

namespace atlas::platform {

// Starts SDL's video, or throws std::runtime_error when there is no display to show a window on.
// SDL may fork here (to autolaunch D-Bus): call it before any other thread starts.
void startVideo();

class SdlWindow {
public:
    // Starts the video too (see startVideo; SDL counts the starts); throws std::runtime_error
    // with SDL's message when the window or context cannot be made.
    SdlWindow(const std::string& title, int width, int height);
    ~SdlWindow();
    SdlWindow(const SdlWindow&) = delete;
    SdlWindow& operator=(const SdlWindow&) = delete;

    SDL_Window* handle() const { return m_window; }
    void* glContext() const { return m_context; }

    // Framebuffer size in pixels, and framebuffer pixels per window coordinate.
    void drawableSize(int& width, int& height) const;
    double pixelRatio() const;

    void swap() const;
    // Full screen on the display the window is on, or back to a window.
    void toggleFullscreen();

private:
    SDL_Window* m_window = nullptr;
    void* m_context = nullptr;
};

} // namespace atlas::platform
