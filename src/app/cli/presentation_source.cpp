// app/cli/presentation_source.cpp: the user's story file first, the data folder's own story.toml
// (the built-in one without --data) as the fallback.
#include "app/cli/presentation_source.hpp"

#include <charconv>
#include <set>

#include "io/story_file.hpp"
#include "session/map_session.hpp"

namespace atlas::app {

std::optional<core::Presentation> loadPresentation(const Options& options, const core::Story& story,
                                                   core::Diagnostics& diagnostics) {
    if (options.story) {
        core::Loaded<core::Presentation> own = io::loadStoryFile(*options.story, story);
        diagnostics.insert(diagnostics.end(), own.diagnostics.begin(), own.diagnostics.end());
        if (own.value) return own.value;
        diagnostics.push_back({core::Diagnostic::Level::Note, options.story->string(), options.data ? "using the data folder's story.toml instead" : "using the built-in story instead"});
    }
    core::Loaded<core::Presentation> builtIn = io::loadStoryFile(io::builtInStoryFile(session::dataFolder(options.data)), story);
    diagnostics.insert(diagnostics.end(), builtIn.diagnostics.begin(), builtIn.diagnostics.end());
    return builtIn.value;
}

std::optional<ChapterRange> findChapters(const core::Presentation& presentation, const std::string& chapter,
                                         std::string& error) {
    int count = int(presentation.chapters.size());
    int number = 0;
    auto [end, fault] = std::from_chars(chapter.data(), chapter.data() + chapter.size(), number);
    if (fault == std::errc{} && end == chapter.data() + chapter.size()) {
        if (number >= 1 && number <= count) return ChapterRange{number - 1, number - 1};
        error = "--chapter " + chapter + ": the story has chapters 1 to " + std::to_string(count);
        return std::nullopt;
    }
    std::optional<ChapterRange> group;
    std::string names;
    std::set<std::string> groups;
    for (int i = 0; i < count; ++i) {
        const core::Chapter& c = presentation.chapters[std::size_t(i)];
        if (c.id == chapter) return ChapterRange{i, i};
        if (c.group == chapter) group = ChapterRange{group ? group->first : i, i};
        names += (names.empty() ? "" : ", ") + c.id;
        if (!c.group.empty() && groups.insert(c.group).second) names += ", " + c.group;
    }
    if (group) return group;
    error = "--chapter '" + chapter + "': no such chapter; expected a number from 1 to " + std::to_string(count) +
            " or one of " + names;
    return std::nullopt;
}

std::optional<int> findChapter(const core::Presentation& presentation, const std::string& chapter, std::string& error) {
    std::optional<ChapterRange> range = findChapters(presentation, chapter, error);
    return range ? std::optional<int>(range->first) : std::nullopt;
}

} // namespace atlas::app
