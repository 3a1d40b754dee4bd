// ui/imgui_setup.cpp: ImGui set up and torn down around the window's life, and its backends'
// part of each frame.
#include "ui/imgui_setup.hpp"

#include <SDL.h>

#include <backends/imgui_impl_opengl3.h>
#include <backends/imgui_impl_sdl.h>
#include <imgui.h>

#include "platform/atomic_file.hpp"

namespace atlas::ui {

namespace {

constexpr const char* kLayoutFile = "imgui.ini";

} // namespace

ImGuiSetup::ImGuiSetup(const platform::SdlWindow& window, const std::filesystem::path& font,
                       std::filesystem::path configFolder)
    : m_configFolder(std::move(configFolder)) {
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // saved by saveLayout, atomically
    if (auto layout = m_configFolder.empty() ? std::nullopt : platform::readWholeFile(m_configFolder / kLayoutFile))
        ImGui::LoadIniSettingsFromMemory(layout->data(), layout->size());
    double scale = window.pixelRatio();
    // Latin (with Romanian and Turkic letters), Cyrillic, general punctuation (dashes).
    static constexpr ImWchar kRanges[] = {0x0020, 0x024F, 0x0400, 0x052F, 0x2000, 0x206F, 0x2DE0, 0x2DFF, 0xA640, 0xA69F, 0};
    io.Fonts->AddFontFromFileTTF(font.string().c_str(), float(15 * scale), nullptr, kRanges);
    io.FontGlobalScale = float(1 / scale);
    ImGui::StyleColorsLight();
    ImGui_ImplSDL2_InitForOpenGL(window.handle(), window.glContext());
    ImGui_ImplOpenGL3_Init("#version 330");
}

ImGuiSetup::~ImGuiSetup() {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext();
}

void ImGuiSetup::saveLayout() const {
    if (!m_configFolder.empty())
        platform::writeFileAtomically(m_configFolder / kLayoutFile, ImGui::SaveIniSettingsToMemory());
}

void passToPanels(const platform::InputEvent& event) {
    if (event.native) ImGui_ImplSDL2_ProcessEvent(static_cast<const SDL_Event*>(event.native));
}

void beginPanels() {
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    ImGui::NewFrame();
}

void endPanels() {
    ImGui::Render();
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

} // namespace atlas::ui
