// app/cli/check_command.cpp: checks each path named (the data folder by default) and prints every
// problem as "FILE: ITEM: FIELD: what is wrong" on stdout; when there is none, what was read.
#include "app/cli/check_command.hpp"

#include <iostream>

#include "app/cli/data_check.hpp"
#include "session/map_session.hpp"

namespace atlas::app {

int runCheck(const Options& options) {
    std::vector<std::filesystem::path> paths = options.paths;
    if (paths.empty()) paths.push_back(session::dataFolder(options.data));
    std::vector<std::string> clean;
    bool problems = false;
    for (const std::filesystem::path& path : paths) {
        CheckResult result = checkPath(path);
        bool bad = core::hasBadInput(result.diagnostics);
        for (const core::Diagnostic& d : result.diagnostics)
            if (d.level != core::Diagnostic::Level::Note) std::cout << d.text() << "\n";
        if (!bad) clean.push_back(path.string() + ": no problems" + (result.summary.empty() ? "" : " (" + result.summary + ")"));
        problems = problems || bad;
    }
    if (problems) return 2;
    for (const std::string& line : clean) std::cout << line << "\n";
    return 0;
}

} // namespace atlas::app
