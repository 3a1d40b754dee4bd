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
    m_context = ImGui::CreateContext();
    if (auto layout = m_configFolder.empty() ? std::nullopt : platform::readWholeFile(m_configFolder / kLayoutFile))
        ImGui::LoadIniSettingsFromMemory(layout->data(), layout->size());
    start(window, {{font, 15}});
}

ImGuiSetup::ImGuiSetup(const platform::SdlWindow& window, const std::vector<FontFile>& fonts) {
    ImGuiContext* previous = ImGui::GetCurrentContext();
    m_context = ImGui::CreateContext();
    ImGui::SetCurrentContext(static_cast<ImGuiContext*>(m_context));
    start(window, fonts);
    // The backend would show the pointer each frame, in every window: the audience's hides it.
    ImGui::GetIO().ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;
    ImGui::SetCurrentContext(previous);
}

void ImGuiSetup::start(const platform::SdlWindow& window, const std::vector<FontFile>& fonts) {
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // saved by saveLayout, atomically
    double scale = window.pixelRatio();
    // Latin (with Romanian and Turkic letters), Cyrillic, general punctuation (dashes), the
    // arrows, ticks and crosses of the story's texts.
    static constexpr ImWchar kRanges[] = {0x0020, 0x024F, 0x0400, 0x052F, 0x2000, 0x206F, 0x2190, 0x21FF,
                                          0x2713, 0x2717, 0x2DE0, 0x2DFF, 0xA640, 0xA69F, 0};
    for (const FontFile& font : fonts)
        io.Fonts->AddFontFromFileTTF(font.file.string().c_str(), float(font.size * scale), nullptr, kRanges);
    io.FontGlobalScale = float(1 / scale);
    ImGui::StyleColorsLight();
    ImGui_ImplSDL2_InitForOpenGL(window.handle(), window.glContext());
    ImGui_ImplOpenGL3_Init("#version 330");
}

ImGuiSetup::~ImGuiSetup() {
    auto* mine = static_cast<ImGuiContext*>(m_context);
    ImGuiContext* previous = ImGui::GetCurrentContext();
    ImGui::SetCurrentContext(mine);
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext(mine);
    ImGui::SetCurrentContext(previous == mine ? nullptr : previous);
}

ImGuiSetup::Use::Use(const ImGuiSetup& setup) : m_previous(ImGui::GetCurrentContext()) {
    ImGui::SetCurrentContext(static_cast<ImGuiContext*>(setup.m_context));
}

ImGuiSetup::Use::~Use() { ImGui::SetCurrentContext(static_cast<ImGuiContext*>(m_previous)); }

void ImGuiSetup::saveLayout() const {
    Use use(*this);
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
