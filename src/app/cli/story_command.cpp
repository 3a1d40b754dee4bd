// app/cli/story_command.cpp: number, id, title, dates, how it plays, panes and the length of the
// speaker notes; problems on stderr.
#include "app/cli/story_command.hpp"

#include <iomanip>
#include <iostream>
#include <sstream>

#include "app/cli/presentation_source.hpp"
#include "core/presentation/presentation_cards.hpp"
#include "session/map_session.hpp"
#include "session/story_session.hpp"

namespace atlas::app {

namespace {

std::string playText(const core::Chapter& c) {
    std::ostringstream text;
    text << std::setprecision(3);
    switch (c.play) {
    case core::ChapterPlay::Fixed: text << "fixed"; break;
    case core::ChapterPlay::Playback: text << "playback " << c.seconds << " s"; break;
    case core::ChapterPlay::Holds:
        text << "playback " << c.seconds << " s, " << c.holds.size() << (c.holds.size() == 1 ? " hold" : " holds")
             << " of " << c.holdSeconds << " s";
        break;
    }
    if (!c.panes.empty()) text << ", " << c.panes.size() << " panes";
    text << "; " << (c.notes.empty() ? std::string("no notes") : std::to_string(c.notes.words()) + (c.notes.words() == 1 ? " word" : " words") + " of notes");
    return text.str();
}

} // namespace

int runStory(const Options& options) {
    core::Loaded<core::Story> story = session::loadStoryFolder(session::dataFolder(options.data));
    session::printDiagnostics(story.diagnostics);
    if (!story.value) return 2;
    core::Diagnostics diagnostics;
    std::optional<core::Presentation> presentation = loadPresentation(options, *story.value, diagnostics);
    session::printDiagnostics(diagnostics);
    if (!presentation || core::hasErrors(diagnostics)) return 2;
    int number = 0;
    for (const core::Chapter& c : presentation->chapters)
        std::cout << std::setw(2) << ++number << "  " << std::left << std::setw(20) << c.id << std::right << "  " << c.title
                  << "  (" << core::chapterDates(c) << "; " << playText(c) << ")\n";
    return core::hasBadInput(story.diagnostics) ? 2 : 0;
}

} // namespace atlas::app
