// app/window/settings.cpp: one setting per line, written atomically.
#include "app/window/settings.hpp"

#include <charconv>
#include <cstdlib>
#include <sstream>

#include "platform/atomic_file.hpp"

namespace atlas::app {

namespace {

constexpr const char* kFileName = "settings.ini";

template <class T>
void read(std::string_view value, T& out) {
    T parsed{};
    auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), parsed);
    if (ec == std::errc{} && end == value.data() + value.size()) out = parsed;
}

void read(std::string_view value, bool& out) {
    if (value == "true" || value == "false") out = value == "true";
}

void read(std::string_view value, std::optional<double>& out) {
    double parsed = 0;
    auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), parsed);
    if (ec == std::errc{} && end == value.data() + value.size()) out = parsed;
}

} // namespace

std::filesystem::path configFolder() {
    if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg) return std::filesystem::path(xdg) / "csto-atlas";
    if (const char* home = std::getenv("HOME"); home && *home)
        return std::filesystem::path(home) / ".config" / "csto-atlas";
    return {};
}

std::string formatSettings(const Settings& s) {
    std::ostringstream out;
    out.precision(17);
    out << std::boolalpha;
    if (s.time) out << "time=" << *s.time << "\n";
    out << "speed=" << s.speed << "\nloop=" << s.loop << "\nhold=" << s.hold << "\nwarp=" << s.warp << "\n";
    if (s.viewBegin && s.viewEnd) out << "view-begin=" << *s.viewBegin << "\nview-end=" << *s.viewEnd << "\n";
    out << "show-events=" << s.showEvents << "\nshow-inspector=" << s.showInspector << "\n";
    out << "dock-side=" << (s.dock.left ? "left" : "right") << "\ndock-width=" << s.dock.width << "\ndock-hidden=" << s.dock.hidden
        << "\n";
    out << "window-width=" << s.windowWidth << "\nwindow-height=" << s.windowHeight << "\n";
    return out.str();
}

Settings parseSettings(std::string_view text) {
    Settings s;
    while (!text.empty()) {
        std::size_t newline = text.find('\n');
        std::string_view line = text.substr(0, newline);
        text = newline == std::string_view::npos ? std::string_view{} : text.substr(newline + 1);
        std::size_t equals = line.find('=');
        if (equals == std::string_view::npos) continue;
        std::string_view key = line.substr(0, equals), value = line.substr(equals + 1);
        if (key == "time") read(value, s.time);
        else if (key == "speed") read(value, s.speed);
        else if (key == "loop") read(value, s.loop);
        else if (key == "hold") read(value, s.hold);
        else if (key == "warp") read(value, s.warp);
        else if (key == "view-begin") read(value, s.viewBegin);
        else if (key == "view-end") read(value, s.viewEnd);
        else if (key == "show-events") read(value, s.showEvents);
        else if (key == "show-inspector") read(value, s.showInspector);
        else if (key == "dock-side" && (value == "left" || value == "right")) s.dock.left = value == "left";
        else if (key == "dock-width") {
            read(value, s.dock.width);
            if (!(s.dock.width > 0 && s.dock.width < 1e5)) s.dock.width = ui::PanelDock{}.width; // nan, negative, absurd
        }
        else if (key == "dock-hidden") read(value, s.dock.hidden);
        else if (key == "window-width") read(value, s.windowWidth);
        else if (key == "window-height") read(value, s.windowHeight);
    }
    return s;
}

Settings loadSettings(const std::filesystem::path& folder) {
    if (folder.empty()) return {};
    std::optional<std::string> text = platform::readWholeFile(folder / kFileName);
    return text ? parseSettings(*text) : Settings{};
}

bool saveSettings(const Settings& settings, const std::filesystem::path& folder) {
    return !folder.empty() && platform::writeFileAtomically(folder / kFileName, formatSettings(settings));
}

} // namespace atlas::app
