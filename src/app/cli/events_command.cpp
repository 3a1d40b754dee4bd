// app/cli/events_command.cpp: loads the story of the data folder and lists its events on stdout in
// the chosen format; problems with the data go to stderr.
#include "app/cli/events_command.hpp"

#include <iostream>

#include "app/cli/event_formats.hpp"
#include "app/cli/event_listing.hpp"
#include "session/map_session.hpp"
#include "session/story_session.hpp"

namespace atlas::app {

int runEvents(const Options& options) {
    core::Loaded<core::Story> story = session::loadStoryFolder(session::dataFolder(options.data));
    session::printDiagnostics(story.diagnostics);
    if (!story.value) return 2;
    std::vector<EventRow> rows = listEvents(*story.value, options.utc);
    std::string format = options.format.value_or("table");
    if (format == "csv") writeEventCsv(std::cout, rows);
    else if (format == "json") writeEventJson(std::cout, rows);
    else writeEventTable(std::cout, rows);
    return core::hasBadInput(story.diagnostics) ? 2 : 0;
}

} // namespace atlas::app
