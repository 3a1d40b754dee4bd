// ui/imgui_setup.hpp: Dear ImGui for the window, while alive: its font at the display's pixel
// ratio, the light style, the SDL2 and OpenGL 3 backends, and the panels' layout read from and
// saved to the config folder (never the working folder). Also the backends' part of each frame:
// input passed on, a frame begun and rendered.
#pragma once

#include <filesystem>
#include <vector>

#include "platform/input_event.hpp"
#include "platform/sdl_window.hpp"

namespace atlas::ui {

// A font to load: a TrueType file at a size in window coordinates.
struct FontFile {
    std::filesystem::path file;
    float size = 15;
};

class ImGuiSetup {
public:
    // font: a TrueType file; configFolder empty: the layout is neither read nor saved.
    ImGuiSetup(const platform::SdlWindow& window, const std::filesystem::path& font, std::filesystem::path configFolder);
    // A context of its own for a second window (its fonts in order: ImGui::GetIO().Fonts->Fonts[i]),
    // no layout saved, the pointer's shape and visibility left alone; the context that was
    // current stays current.
    ImGuiSetup(const platform::SdlWindow& window, const std::vector<FontFile>& fonts);
    ~ImGuiSetup();
    ImGuiSetup(const ImGuiSetup&) = delete;
    ImGuiSetup& operator=(const ImGuiSetup&) = delete;

    // Saves the panels' places and sizes, atomically.
    void saveLayout() const;

    // While alive, ImGui's calls go to this setup's context; the one current before returns after.
    class Use {
    public:
        explicit Use(const ImGuiSetup& setup);
        ~Use();
        Use(const Use&) = delete;
        Use& operator=(const Use&) = delete;

    private:
        void* m_previous;
    };

private:
    void start(const platform::SdlWindow& window, const std::vector<FontFile>& fonts);

    std::filesystem::path m_configFolder;
    void* m_context = nullptr; // ImGuiContext
};

// The event, to ImGui (the panels then know the pointer and keys).
void passToPanels(const platform::InputEvent& event);
// Around the panels' drawing in each frame.
void beginPanels();
void endPanels();

} // namespace atlas::ui
