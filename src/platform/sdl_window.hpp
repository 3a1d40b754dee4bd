// platform/sdl_window.hpp: an SDL2 window with an OpenGL 3.3 core context, HiDPI aware; a second
// window may draw with the first one's context (the presenter's view beside the audience's).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "platform/input_event.hpp"

struct SDL_Window;
union SDL_Event;

namespace atlas::platform {

// A display's place on the desktop, in window coordinates.
struct DisplayBounds {
    int x = 0, y = 0, width = 0, height = 0;
};

// Starts SDL's video, or throws std::runtime_error when there is no display to show a window on.
// SDL may fork here (to autolaunch D-Bus): call it before any other thread starts.
void startVideo();

class SdlWindow {
public:
    // Starts the video too (see startVideo; SDL counts the starts); throws std::runtime_error
    // with SDL's message when the window or context cannot be made.
    SdlWindow(const std::string& title, int width, int height);
    // A window that draws with another's GL context (made current on it by makeCurrent; current
    // on it when made), its swaps unsynchronised.
    SdlWindow(const std::string& title, int width, int height, const SdlWindow& sharesContextOf);
    ~SdlWindow();
    SdlWindow(const SdlWindow&) = delete;
    SdlWindow& operator=(const SdlWindow&) = delete;

    SDL_Window* handle() const { return m_window; }
    void* glContext() const { return m_context; }
    // What InputEvent::window says for this window's events.
    std::uint32_t id() const;
    // Draws to this window from now on.
    void makeCurrent() const;

    // Framebuffer size in pixels, and framebuffer pixels per window coordinate.
    void drawableSize(int& width, int& height) const;
    double pixelRatio() const;

    // The window's size in window coordinates.
    void size(int& width, int& height) const;

    void swap() const;
    // Full screen on the display the window is on, or back to a window.
    void toggleFullscreen();
    // Moves and sizes the window (window coordinates), out of full screen.
    void place(const DisplayBounds& bounds);
    // Where the window is and its size, in window coordinates.
    DisplayBounds bounds() const;
    void setFullscreen(bool full);
    bool fullscreen() const;
    // The display the window's centre is on.
    int display() const;
    void raise();
    void setTitle(const std::string& title);
    // The pointer's visibility, in every window of the app.
    void showCursor(bool shown);
    // Whether the pointer is over this window.
    bool hasPointer() const;

    // The next input event: waits up to waitMs for it (0: only what is pending); false when
    // none came. The event's native part stays valid until the next call.
    bool nextEvent(InputEvent& event, std::uint32_t waitMs);

private:
    void openWindow(int width, int height);

    SDL_Window* m_window = nullptr;
    void* m_context = nullptr;
    std::unique_ptr<SDL_Event> m_event;
    std::string m_title;
    bool m_ownsContext = true;
};

// The displays SDL reports, in its order.
std::vector<DisplayBounds> displays();

// Milliseconds since SDL started.
std::uint32_t ticksMs();

} // namespace atlas::platform
