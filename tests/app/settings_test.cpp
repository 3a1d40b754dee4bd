// tests/app/settings_test.cpp: the window's settings: their text round trip (the panels' dock
// included), the XDG config folder, atomic writes that leave no temporary file, and the data folder watcher.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "app/window/settings.hpp"
#include "platform/atomic_file.hpp"
#include "session/data_watcher.hpp"
#include "io_test_support.hpp"

using namespace atlas;
using namespace atlas::app;
namespace fs = std::filesystem;

TEST_CASE("settings survive their text form; bad lines leave the defaults") {
    Settings s;
    s.time = 1641427200.5;
    s.speed = 7;
    s.loop = true;
    s.hold = 1.5;
    s.warp = true;
    s.viewBegin = 1.0e9;
    s.viewEnd = 1.1e9;
    s.showInspector = false;
    s.windowWidth = 1600;
    s.dock = {.left = true, .width = 380.5f, .hidden = true};
    CHECK(parseSettings(formatSettings(s)) == s);
    Settings defaults;
    CHECK(parseSettings("speed=fast\nloop=maybe\nnonsense\nunknown=1\n") == defaults);
}

TEST_CASE("the dock's side, width and whether it is hidden: a bad value leaves the default") {
    Settings defaults;
    CHECK(parseSettings("dock-side=middle\ndock-width=nan\ndock-hidden=2\n") == defaults);
    CHECK(parseSettings("dock-width=-40\n").dock.width == defaults.dock.width);
    CHECK(parseSettings("dock-width=1e30\n").dock.width == defaults.dock.width);
    CHECK(parseSettings("dock-side=left\n").dock.left);
    // However wide it was saved, the dock leaves the map at least 40 % of the window.
    CHECK(ui::dockWidth({.width = 5000}, 1280) == doctest::Approx(1280 * ui::kDockWidestShare));
    CHECK(ui::dockWidth({.width = 10}, 1280) == ui::kDockNarrowest);
    CHECK(ui::dockWidth({.hidden = true}, 1280) == 0);
}

TEST_CASE("the config folder is under XDG_CONFIG_HOME, else ~/.config") {
    const char* old = std::getenv("XDG_CONFIG_HOME");
    std::string saved = old ? old : "";
    setenv("XDG_CONFIG_HOME", "/tmp/xdg-test", 1);
    CHECK(configFolder() == fs::path("/tmp/xdg-test/csto-atlas"));
    unsetenv("XDG_CONFIG_HOME");
    if (const char* home = std::getenv("HOME")) CHECK(configFolder() == fs::path(home) / ".config" / "csto-atlas");
    if (old) setenv("XDG_CONFIG_HOME", saved.c_str(), 1);
}

TEST_CASE("settings are written whole, through a temporary file that does not remain") {
    fs::path folder = atlas::test::freshFolder("settings") / "csto-atlas";
    Settings s;
    s.speed = 30;
    REQUIRE(saveSettings(s, folder)); // creates the folder
    CHECK(loadSettings(folder) == s);
    s.speed = 365;
    REQUIRE(saveSettings(s, folder));
    CHECK(loadSettings(folder).speed == 365);
    int files = 0;
    for (const auto& entry : fs::directory_iterator(folder)) {
        CHECK(entry.path().filename() == "settings.ini");
        ++files;
    }
    CHECK(files == 1);
    CHECK(loadSettings(folder / "missing") == Settings{});
    CHECK_FALSE(platform::writeFileAtomically("/proc/no-such-folder/x.ini", "x"));
}

TEST_CASE("the watcher sees a changed, added or removed file, at most once a second") {
    fs::path folder = atlas::test::freshFolder("watched");
    std::ofstream(folder / "events.geojson") << "{}";
    session::DataWatcher watcher(folder);
    CHECK_FALSE(watcher.poll(1000));
    std::ofstream(folder / "events.geojson") << "{\"type\": 1}";
    CHECK_FALSE(watcher.poll(1500)); // too soon to look
    CHECK(watcher.poll(2000));
    CHECK_FALSE(watcher.poll(3000));
    std::ofstream(folder / "sites.geojson") << "{}";
    CHECK(watcher.poll(4000));
    fs::remove(folder / "sites.geojson");
    CHECK(watcher.poll(5000));
}
