// app/window/imgui_setup.hpp: Dear ImGui for the window, while alive: its font at the display's
// pixel ratio, the light style, the SDL2 and OpenGL 3 backends, and the panels' layout read from
// and saved to the config folder (never the working folder).
#pragma once

#include <filesystem>

#include "platform/sdl_window.hpp"

namespace atlas::app {

class ImGuiSetup {
public:
    // configFolder empty: the layout is neither read nor saved.
    ImGuiSetup(const platform::SdlWindow& window, std::filesystem::path configFolder);
    ~ImGuiSetup();
    ImGuiSetup(const ImGuiSetup&) = delete;
    ImGuiSetup& operator=(const ImGuiSetup&) = delete;

    // Saves the panels' places and sizes, atomically.
    void saveLayout() const;

private:
    std::filesystem::path m_configFolder;
};

} // namespace atlas::app
