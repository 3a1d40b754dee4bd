// ui/imgui_setup.hpp: Dear ImGui for the window, while alive: its font at the display's pixel
// ratio, the light style, the SDL2 and OpenGL 3 backends, and the panels' layout read from and
// saved to the config folder (never the working folder). Also the backends' part of each frame:
// input passed on, a frame begun and rendered.
#pragma once

#include <filesystem>

#include "platform/input_event.hpp"
#include "platform/sdl_window.hpp"

namespace atlas::ui {

class ImGuiSetup {
public:
    // font: a TrueType file; configFolder empty: the layout is neither read nor saved.
    ImGuiSetup(const platform::SdlWindow& window, const std::filesystem::path& font, std::filesystem::path configFolder);
    ~ImGuiSetup();
    ImGuiSetup(const ImGuiSetup&) = delete;
    ImGuiSetup& operator=(const ImGuiSetup&) = delete;

    // Saves the panels' places and sizes, atomically.
    void saveLayout() const;

private:
    std::filesystem::path m_configFolder;
};

// The event, to ImGui (the panels then know the pointer and keys).
void passToPanels(const platform::InputEvent& event);
// Around the panels' drawing in each frame.
void beginPanels();
void endPanels();

} // namespace atlas::ui
