// app/cli/command_line.cpp: the options' table, strict parsing with messages that say which
// argument is wrong and why, and --help.
#include "app/cli/command_line.hpp"

#include <algorithm>
#include <cctype>
#include <functional>
#include <string_view>

namespace atlas::app {

namespace {

// Sets a value-taking option from its text; returns what is wrong, or "".
using Apply = std::function<std::string(Options&, const std::string&)>;

struct OptionSpec {
    std::vector<std::string_view> names;  // the first is the one messages use
    const char* argument;                 // shown after the name in --help; nullptr: a flag
    std::vector<std::string_view> verbs;  // the verbs it belongs to ("" the window); empty: every one
    std::vector<const char*> help;        // --help's lines; empty: shown with the option before it
    Apply apply;
    const char* shownAs = nullptr;        // in --help, when not "NAME ARGUMENT"
    const char* hint = "";                // added to "belongs to" messages
};

// A parsed value's setter: parse(text, error) into the option's field.
template <class T, class Parse> Apply into(std::optional<T> Options::*field, Parse parse) {
    return [field, parse](Options& o, const std::string& text) {
        std::string error;
        o.*field = parse(text, error);
        return (o.*field).has_value() ? std::string() : error;
    };
}
template <class T> Apply text(std::optional<T> Options::*field) {
    return [field](Options& o, const std::string& value) {
        o.*field = T(value);
        return std::string();
    };
}
Apply flag(bool Options::*field) {
    return [field](Options& o, const std::string&) {
        o.*field = true;
        return std::string();
    };
}
// --from and --to read times as --at does; their messages name them.
Apply instant(std::optional<core::FuzzyTime> Options::*field, std::string name) {
    return [field, name](Options& o, const std::string& value) {
        std::string error;
        o.*field = parseAtTime(value, error);
        return (o.*field).has_value() ? std::string() : name + error.substr(4);
    };
}

const std::vector<OptionSpec>& optionTable() {
    static const std::vector<OptionSpec> table = {
        {{"--data"}, "DIR", {}, {"a data folder laid out like geodata/ (default: the built-in CSTO data)"}, text(&Options::data)},
        {{"--size"}, "WxH", {"render", "export", "handout"},
         {"frame size in pixels (default 1920x1080; at most 16384 a side, 7680x4320 to export);",
          "handout: the paper, A4 (default) or letter"},
         [](Options& o, const std::string& value) {
             std::string lower = value;
             for (char& c : lower) c = char(std::tolower(static_cast<unsigned char>(c)));
             if (lower == "a4" || lower == "letter") {
                 o.paper = lower == "a4" ? "A4" : "letter";
                 return std::string();
             }
             return into(&Options::size, parseFrameSize)(o, value);
         }},
        {{"-o", "--output"}, "FILE", {"render", "export", "handout"}, {}, text(&Options::output)},
        {{"--bbox"}, "LON0,LAT0,LON1,LAT1", {"render", "export"}, {"the area to show, in degrees (default: the member states)"},
         into(&Options::bbox, parseGeoBox), "--bbox ..."},
        {{"--at"}, "TIME", {"render"},
         {"the time shown: 2024-03-15, 2019-06, 2024-03-15T14:00+06:00 (UTC unless",
          "an offset is given; a day or month shows its middle; default: now)"},
         into(&Options::at, parseAtTime), nullptr, " (export shows --from TIME to --to TIME)"},
        {{"--episode"}, "E", {"render", "export"}, {"the view and range of an episode: an id of the data's episodes.csv"},
         text(&Options::episode)},
        {{"--from"}, "TIME", {"export"},
         {"export: the first and last instant shown (each at the start of its span; with",
          "--episode, default: the episode's range); frame i shows from + (to-from)*i/(N-1)"},
         instant(&Options::from, "--from"), "--from, --to"},
        {{"--to"}, "TIME", {"export"}, {}, instant(&Options::to, "--to")},
        {{"--duration"}, "D", {"export"}, {"export: length of the video, 20s (default), 1.5m or 90 (seconds)"},
         into(&Options::durationSeconds, parseDuration)},
        {{"--fps"}, "N", {"export"}, {"export: frames per second (default 30); N = duration x fps frames"}, into(&Options::fps, parseFps)},
        {{"--frames"}, "A-B", {"export"}, {"export: only frames A to B (from 0), to split a long export"},
         into(&Options::frames, parseFrameSpan)},
        {{"--resume"}, nullptr, {"export"}, {"export: keep the frames already in the folder and render the rest"}, flag(&Options::resume)},
        {{"--overwrite"}, nullptr, {"export", "handout"}, {"export, handout: replace an existing video, frames or PDF"}, flag(&Options::overwrite)},
        {{"--transparent"}, nullptr, {"export"}, {"export: a transparent sea (land and story opaque): PNG frames with alpha, or ProRes 4444 in a .mov"}, flag(&Options::transparent)},
        {{"--map-box"}, "B", {"export"},
         {"export: the area to show in the map's projected metres, MINX,MINY,MAXX,MAXY",
          "(what the window's export dialog passes for its current view)"},
         into(&Options::mapBox, parseMapBox)},
        {{"--style"}, "S", {"render", "export"},
         {"render, export: the type scale: video (default: no text under 18 px at 1080p),",
          "presentation, or screen (the window's)"},
         [](Options& o, const std::string& value) {
             o.style = core::styleNamed(value);
             return o.style ? std::string() : "--style '" + value + "': expected video, presentation or screen";
         }},
        {{"--title"}, "TEXT", {"render", "export"},
         {"render, export: a headline on the frame (default: the episode's title with --episode;",
          "--title '' for none)"},
         text(&Options::title)},
        {{"--layout"}, "FILE", {"render", "export"},
         {"render: write what the frame drew (texts, boxes, colours, dropped labels) as JSON;",
          "export: a folder with one such file per frame"},
         text(&Options::layout)},
        {{"--progress-lines"}, nullptr, {"export"}, {"export: progress as one line per update on stderr, for a program to read"},
         flag(&Options::progressLines)},
        {{"--story"}, "FILE", {"present", "story", "export", "handout"},
         {"present, story, export, handout: a story file (default: the built-in geodata/story.toml)"}, text(&Options::story)},
        {{"--chapter"}, "C", {"present", "export"}, {"present, export: a chapter's number (from 1) or id"}, text(&Options::chapter)},
        {{"--fullscreen"}, nullptr, {"present"}, {"present: start full screen (F11 toggles)"}, flag(&Options::fullscreen)},
        {{"--presenter-view"}, nullptr, {"present"},
         {"present: open the presenter's view (P toggles): notes, next chapter, clocks; the audience",
          "full screen on another display, or both side by side on one"},
         flag(&Options::presenterView)},
        {{"--rehearse"}, nullptr, {"present"}, {"present: the presenter's view, and the time spent on each chapter printed at the end"},
         flag(&Options::rehearse)},
        {{"--list"}, nullptr, {"story"}, {}, flag(&Options::list)},
        {{"--format"}, "F", {"events"}, {"events: table (default), csv (RFC 4180) or json"},
         [](Options& o, const std::string& value) {
             if (value != "table" && value != "csv" && value != "json") return "--format '" + value + "': expected table, csv or json";
             o.format = value;
             return std::string();
         }},
        {{"--utc"}, nullptr, {"events"}, {"events: times in UTC instead of each place's local time"}, flag(&Options::utc)},
        {{"--help", "-h"}, nullptr, {}, {}, flag(&Options::help)},
        {{"--version"}, nullptr, {}, {}, flag(&Options::version)},
    };
    return table;
}

const OptionSpec* findOption(const std::string& name) {
    for (const OptionSpec& spec : optionTable())
        if (std::find(spec.names.begin(), spec.names.end(), name) != spec.names.end()) return &spec;
    return nullptr;
}

bool isVerb(const std::string& word) {
    for (const char* verb : {"render", "export", "events", "check", "present", "story", "handout"})
        if (word == verb) return true;
    return false;
}

// "--chapter belongs to the present and export commands".
std::string belongsMessage(const OptionSpec& spec) {
    std::string verbs;
    for (std::size_t i = 0; i < spec.verbs.size(); ++i)
        verbs += (i == 0 ? "" : i + 1 == spec.verbs.size() ? " and " : ", ") + std::string(spec.verbs[i]);
    return std::string(spec.names.front()) + " belongs to the " + verbs + (spec.verbs.size() > 1 ? " commands" : " command") +
           spec.hint;
}

// What each verb needs of its options together, and their defaults; returns what is wrong, or "".
std::string finishRenderOptions(Options& o) {
    if (!o.output) return "render: needs -o FILE.png";
    std::string extension = o.output->extension().string();
    for (char& c : extension) c = char(std::tolower(static_cast<unsigned char>(c)));
    if (extension != ".png") return "render: -o " + o.output->string() + ": the file name must end in .png";
    if (!o.paper.empty()) return "render: --size " + o.paper + " is a paper size, for handout; render takes WxH";
    if (!o.size) o.size = FrameSize{1920, 1080};
    if (o.bbox && o.episode) return "render: --bbox and --episode both choose the view; give one";
    return {};
}

// Checks handout's options together and fills in the defaults; returns what is wrong, or "".
std::string finishHandoutOptions(Options& o) {
    if (!o.output) return "handout: needs -o FILE.pdf";
    std::string extension = o.output->extension().string();
    for (char& c : extension) c = char(std::tolower(static_cast<unsigned char>(c)));
    if (extension != ".pdf") return "handout: -o " + o.output->string() + ": the file name must end in .pdf";
    if (o.size) return "handout: --size takes the paper, A4 or letter";
    if (o.paper.empty()) o.paper = "A4";
    return {};
}

// Checks export's options together and fills in the defaults; returns what is wrong, or "".
std::string finishExportOptions(Options& o) {
    if (!o.output) return "export: needs -o FOLDER/ (PNG frames), -o FILE.mp4 or -o FILE.mov (ProRes)";
    if (int(o.bbox.has_value()) + int(o.episode.has_value()) + int(o.mapBox.has_value()) > 1)
        return "export: --bbox, --map-box and --episode each choose the view; give one";
    if (o.chapter && (o.from || o.to || o.episode || o.bbox || o.mapBox || o.durationSeconds))
        return "export: --chapter sets the range, view and length; --from, --to, --episode, --bbox and --duration do not go with it";
    if (!o.paper.empty()) return "export: --size " + o.paper + " is a paper size, for handout; export takes WxH";
    if (!o.chapter && !o.episode && (!o.from || !o.to))
        return "export: needs --from TIME and --to TIME (or --episode NAME for its range, or --chapter C)";
    if (!o.size) o.size = FrameSize{1920, 1080};
    if (!o.fps) o.fps = 30;
    if (o.chapter) return {}; // the frame count is known once the story is loaded
    if (!o.durationSeconds) o.durationSeconds = 20;
    int count = frameCount(*o.durationSeconds, *o.fps);
    if (o.frames && o.frames->last >= count)
        return "--frames " + std::to_string(o.frames->first) + "-" + std::to_string(o.frames->last) + ": the export has frames 0-" +
               std::to_string(count - 1) + " (--duration times --fps)";
    if (o.resume && o.overwrite) return "export: --resume keeps the frames already written, --overwrite replaces them; give one";
    return {};
}

// --help's Options part: "  NAME ARG" in a column of 15, then the help's lines.
std::string optionHelp() {
    constexpr std::size_t kColumn = 15;
    std::string text;
    for (const OptionSpec& spec : optionTable()) {
        if (spec.help.empty()) continue;
        std::string shown = spec.shownAs ? spec.shownAs : std::string(spec.names.front()) + (spec.argument ? std::string(" ") + spec.argument : "");
        shown += shown.size() < kColumn ? std::string(kColumn - shown.size(), ' ') : "  ";
        text += "  " + shown + spec.help.front() + "\n";
        for (std::size_t i = 1; i < spec.help.size(); ++i) text += std::string(2 + kColumn, ' ') + spec.help[i] + "\n";
    }
    return text;
}

} // namespace

ParseResult parseCommandLine(const std::vector<std::string>& arguments) {
    ParseResult result;
    Options& o = result.options;
    auto fail = [&](std::string message) {
        result.error = std::move(message);
        return result;
    };
    std::vector<const OptionSpec*> given;
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string& a = arguments[i];
        if (!a.empty() && a[0] == '-') {
            const OptionSpec* spec = findOption(a);
            if (!spec) return fail("unknown option '" + a + "'");
            if (spec->argument && i + 1 >= arguments.size()) return fail(a + ": needs a value");
            if (std::string error = spec->apply(o, spec->argument ? arguments[++i] : a); !error.empty()) return fail(error);
            given.push_back(spec);
        } else if (o.verb.empty() && isVerb(a)) o.verb = a;
        else if (o.verb == "check") o.paths.emplace_back(a);
        else return fail("unknown command '" + a + "'");
    }
    if (o.help || o.version) return result;
    for (const OptionSpec* spec : given)
        if (!spec->verbs.empty() && std::find(spec->verbs.begin(), spec->verbs.end(), o.verb) == spec->verbs.end())
            return fail(belongsMessage(*spec));
    if (o.verb == "render") return fail(finishRenderOptions(o));
    if (o.verb == "export") return fail(finishExportOptions(o));
    if (o.verb == "handout") return fail(finishHandoutOptions(o));
    if (o.verb == "story" && !o.list) return fail("story: expected --list");
    return result;
}

std::string usage() {
    return "Usage: csto-atlas [--data DIR]\n"
           "  or:  csto-atlas render [--size WxH] -o FILE.png [--at TIME] [--episode NAME | --bbox LON0,LAT0,LON1,LAT1] [--style S] [--title TEXT] [--layout FILE.json] [--data DIR]\n"
           "  or:  csto-atlas export --from TIME --to TIME -o FOLDER/|FILE.mp4|FILE.mov [--duration 20s] [--fps 30] [--size WxH]"
           " [--episode NAME | --bbox ...] [--frames A-B] [--resume] [--overwrite] [--transparent] [--style S] [--title TEXT]"
           " [--layout FOLDER/]\n"
           "  or:  csto-atlas export --chapter C [--story FILE] -o FILE.mp4|FILE.mov|FOLDER/ [--size WxH] [--fps N] ...\n"
           "  or:  csto-atlas present [--story FILE] [--chapter N] [--fullscreen] [--presenter-view | --rehearse]\n"
           "  or:  csto-atlas story --list [--story FILE]\n"
           "  or:  csto-atlas handout [--story FILE] -o FILE.pdf [--size A4|letter] [--overwrite]\n"
           "  or:  csto-atlas events [--format table|csv|json] [--utc] [--data DIR]\n"
           "  or:  csto-atlas check [DIR|FILE...]\n"
           "  or:  csto-atlas --help | --version\n"
           "An animated map of the Collective Security Treaty Organization: its member states, and the\n"
           "requests for help made to the alliance with its answers.\n"
           "\n"
           "Commands:\n"
           "  (none)         open the map in a window\n"
           "  render         render the map at a time, without a display, to PNG\n"
           "  export         render a time range to PNG frames, an H.264 MP4 or a ProRes MOV; with\n"
           "                 --chapter, a chapter as the presentation shows it\n"
           "  present        present the story chapter by chapter (F5 in the window)\n"
           "  story --list   print the story's chapters\n"
           "  handout        the story as a PDF: a page per chapter, then its sources\n"
           "  events         list every event with its time, place, figures and sources\n"
           "  check          check data files (default: the built-in data); one line per problem\n"
           "\n"
           "Options:\n" +
           optionHelp() +
           "\n"
           "Exit status:\n"
           "  0 success, 2 bad input or usage (one message per problem), 1 a runtime failure (no display, no OpenGL)\n";
}

} // namespace atlas::app
