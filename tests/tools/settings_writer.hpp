// tests/tools/settings_writer.hpp: the two settings atlas_settings_writer saves in turn, shared
// with the test that checks what a kill leaves behind.
#pragma once

#include "app/window/settings.hpp"

namespace atlas::test {

inline app::Settings writerSettings(int which) {
    app::Settings s;
    s.time = which ? 1641427200.5 : 1276473600.25;
    s.speed = which ? 7 : 0.5;
    s.loop = which;
    s.viewBegin = which ? 1.0e9 : 7.0e8;
    s.viewEnd = which ? 1.1e9 : 1.3e9;
    s.windowWidth = which ? 1600 : 1024;
    return s;
}

} // namespace atlas::test
