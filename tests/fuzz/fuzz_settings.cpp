// tests/fuzz/fuzz_settings.cpp: the window's settings.ini as found on disk (edited by hand, cut
// short, another version's) through app::parseSettings, the parser loadSettings uses. Whatever the
// text, it gives settings, and settings written by formatSettings read back as the same settings
// (a view is kept only with both its ends; NaN reads back as NaN).
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>

#include "app/window/settings.hpp"

namespace {

void require(bool condition) {
    if (!condition) std::abort();
}

bool same(double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); }

bool same(const std::optional<double>& a, const std::optional<double>& b) {
    return a.has_value() == b.has_value() && (!a || same(*a, *b));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using atlas::app::Settings;
    const Settings parsed = atlas::app::parseSettings({reinterpret_cast<const char*>(data), size});
    const std::string saved = atlas::app::formatSettings(parsed);
    const Settings reread = atlas::app::parseSettings(saved);

    Settings expected = parsed;
    if (!(expected.viewBegin && expected.viewEnd)) expected.viewBegin = expected.viewEnd = std::nullopt;
    require(same(reread.time, expected.time) && same(reread.speed, expected.speed) &&
            same(reread.hold, expected.hold) && same(reread.viewBegin, expected.viewBegin) &&
            same(reread.viewEnd, expected.viewEnd));
    require(reread.loop == expected.loop && reread.warp == expected.warp &&
            reread.showEvents == expected.showEvents && reread.showInspector == expected.showInspector &&
            reread.windowWidth == expected.windowWidth && reread.windowHeight == expected.windowHeight);
    require(atlas::app::formatSettings(reread) == saved); // saving again changes nothing
    return 0;
}
