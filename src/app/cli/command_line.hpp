// app/cli/command_line.hpp: parses the verbs and options of csto-atlas from one table of options
// (name, the verbs it belongs to, its argument, its help); nothing here touches files.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "app/cli/export_options.hpp"
#include "app/cli/option_values.hpp"
#include "core/frame/map_styles.hpp"

namespace atlas::app {

struct Options {
    std::string verb;                   // "" (the window), "render", "export", "present", "story", "events", "check" or "handout"
    std::optional<std::filesystem::path> data;
    std::optional<std::string> format;  // events: table, csv or json
    bool utc = false;                   // events: times in UTC
    std::vector<std::filesystem::path> paths; // check: folders and files
    std::optional<FrameSize> size;
    std::string paper;                  // handout: "A4" (default) or "letter"
    std::optional<std::filesystem::path> output;
    std::optional<GeoBox> bbox;
    std::optional<core::FuzzyTime> at;   // render: the time shown (in UTC unless it gives an offset)
    std::optional<std::string> episode;  // render, export: an episode's view (Story::findEpisode)
    std::optional<core::FuzzyTime> from; // export: the first instant shown (the start of this span)
    std::optional<core::FuzzyTime> to;   // export: the last instant shown (the start of this span)
    std::optional<double> durationSeconds; // export: the length of the video (default 20 s)
    std::optional<int> fps;              // export: frames per second (default 30)
    std::optional<FrameSpan> frames;     // export: only these frames of the range
    bool resume = false;                 // export: keep the frames already in the folder
    bool overwrite = false;              // export: replace an existing output
    bool transparent = false;            // export: PNG frames with alpha, no sea
    std::optional<core::Box> mapBox;     // export: the view in projected metres (the window's)
    bool progressLines = false;          // export: progress as lines on stderr, terminal or not
    std::optional<core::StyleName> style; // render, export: the type scale (default video)
    std::optional<std::filesystem::path> layout; // render: a JSON file; export: a folder of them
    std::optional<std::string> title;    // render, export: the headline (default: the episode's title)
    std::optional<std::filesystem::path> story; // present, story, export: a story file instead of the built-in one
    std::optional<std::string> chapter;  // present, export: a chapter's number (from 1) or id
    bool fullscreen = false;             // present: start full screen
    bool presenterView = false;          // present: open the presenter's view at once
    bool rehearse = false;               // present: the presenter's view, and the time per chapter printed at the end
    bool list = false;                   // story: print the chapters
    bool help = false;
    bool version = false;
};

struct ParseResult {
    Options options;
    std::string error; // empty when the command line is good
};

ParseResult parseCommandLine(const std::vector<std::string>& arguments);

// The whole --help text; its Options part comes from the same table the parser reads.
std::string usage();

} // namespace atlas::app
