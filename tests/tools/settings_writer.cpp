// tests/tools/settings_writer.cpp: writes files the way the window does, as fast as it can, until
// killed: `atlas_settings_writer FOLDER` saves two different settings in turn (app::saveSettings);
// `atlas_settings_writer FOLDER BYTES` writes big.txt, BYTES of 'a' then of 'b', in turn
// (platform::writeFileAtomically). It prints "+" once the first file is written, so that
// tests/io/settings_kill_test.cpp can time its kill to land mid-loop.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "app/window/settings.hpp"
#include "platform/atomic_file.hpp"
#include "settings_writer.hpp"

namespace {

void ready() {
    std::fputc('+', stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) return 2;
    const std::filesystem::path folder = argv[1];
    if (argc > 2) {
        const std::size_t bytes = std::strtoul(argv[2], nullptr, 10);
        const std::string texts[] = {std::string(bytes, 'a'), std::string(bytes, 'b')};
        for (unsigned i = 0;; ++i) {
            atlas::platform::writeFileAtomically(folder / "big.txt", texts[i % 2]);
            if (i == 0) ready();
        }
    }
    for (unsigned i = 0;; ++i) {
        atlas::app::saveSettings(atlas::test::writerSettings(i % 2), folder);
        if (i == 0) ready();
    }
}
