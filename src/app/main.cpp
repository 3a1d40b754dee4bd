// app/main.cpp: csto-atlas's entry point: parses the command line and runs the verb.
#include <exception>
#include <iostream>

#include "app/cli/check_command.hpp"
#include "app/cli/command_line.hpp"
#include "app/cli/events_command.hpp"
#include "app/cli/export_command.hpp"
#include "app/cli/handout_command.hpp"
#include "app/cli/render_command.hpp"
#include "app/cli/story_command.hpp"
#include "app/window/window_app.hpp"
#include "platform/memory_policy.hpp"

int main(int argc, char** argv) {
    using namespace atlas::app;
    ParseResult parsed = parseCommandLine(std::vector<std::string>(argv + 1, argv + argc));
    if (!parsed.error.empty()) {
        std::cerr << "csto-atlas: " << parsed.error << "\n(see csto-atlas --help)\n";
        return 2;
    }
    const Options& options = parsed.options;
    bool window = options.verb.empty() || options.verb == "present";
    atlas::platform::useMemoryPolicy(window ? atlas::platform::MemoryUse::Window : atlas::platform::MemoryUse::Batch);
    if (options.help) {
        std::cout << usage();
        return 0;
    }
    if (options.version) {
        std::cout << "csto-atlas " << ATLAS_VERSION << "\n";
        return 0;
    }
    try {
        if (options.verb == "events") return runEvents(options);
        if (options.verb == "check") return runCheck(options);
        if (options.verb == "story") return runStory(options);
        if (options.verb == "export") return runExport(options);
        if (options.verb == "handout") return runHandout(options);
        return options.verb == "render" ? runRender(options) : runWindow(options);
    } catch (const std::exception& e) {
        std::cerr << "csto-atlas: " << e.what() << "\n";
        return 1;
    }
}
