// app/cli/command_line.cpp: strict parsing with messages that say which argument is wrong and why.
#include "app/cli/command_line.hpp"

#include <cctype>
#include <cmath>
#include <sstream>

#include "core/story/episodes.hpp"
#include "core/text/number_text.hpp"

namespace atlas::app {

using core::parseFiniteNumber;
using core::parseInteger;

std::optional<FrameSize> parseFrameSize(const std::string& text, std::string& error) {
    auto x = text.find('x');
    auto width = x == std::string::npos ? std::nullopt : parseInteger(text.substr(0, x));
    auto height = x == std::string::npos ? std::nullopt : parseInteger(text.substr(x + 1));
    if (!width || !height) {
        error = "--size '" + text + "': expected WIDTHxHEIGHT in pixels, e.g. 1920x1080";
        return std::nullopt;
    }
    if (*width < 1 || *height < 1 || *width > kMaxFrameSide || *height > kMaxFrameSide) {
        error = "--size '" + text + "': each side must be between 1 and " + std::to_string(kMaxFrameSide) + " pixels";
        return std::nullopt;
    }
    return FrameSize{*width, *height};
}

namespace {

// "A,B,C,D" -> four finite numbers; error names the option and says what is wrong.
std::optional<std::vector<double>> fourNumbers(const std::string& option, const std::string& text, const std::string& form,
                                               std::string& error) {
    std::vector<double> values;
    std::stringstream stream(text);
    std::string part;
    while (std::getline(stream, part, ',')) {
        auto value = parseFiniteNumber(part);
        if (!value) {
            error = option + " '" + text + "': '" + part + "' is not a number";
            return std::nullopt;
        }
        values.push_back(*value);
    }
    if (values.size() != 4 || (!text.empty() && text.back() == ',')) { // getline drops a trailing empty field
        error = option + " '" + text + "': expected four numbers " + form;
        return std::nullopt;
    }
    return values;
}

} // namespace

std::optional<core::Box> parseMapBox(const std::string& text, std::string& error) {
    auto values = fourNumbers("--map-box", text, "MINX,MINY,MAXX,MAXY", error);
    if (!values) return std::nullopt;
    core::Box box{(*values)[0], (*values)[1], (*values)[2], (*values)[3]};
    if (!(box.minX < box.maxX && box.minY < box.maxY)) {
        error = "--map-box '" + text + "': MINX must be below MAXX and MINY below MAXY";
        return std::nullopt;
    }
    return box;
}

std::optional<GeoBox> parseGeoBox(const std::string& text, std::string& error) {
    auto parsed = fourNumbers("--bbox", text, "LON0,LAT0,LON1,LAT1", error);
    if (!parsed) return std::nullopt;
    const std::vector<double>& values = *parsed;
    GeoBox box{{values[0], values[1]}, {values[2], values[3]}};
    if (std::abs(box.southWest.lon) > 180 || std::abs(box.northEast.lon) > 180) {
        error = "--bbox '" + text + "': longitudes must be between -180 and 180";
        return std::nullopt;
    }
    if (std::abs(box.southWest.lat) > 90 || std::abs(box.northEast.lat) > 90 || box.southWest.lat >= box.northEast.lat) {
        error = "--bbox '" + text + "': latitudes must be between -90 and 90, LAT0 below LAT1";
        return std::nullopt;
    }
    if (box.southWest.lon == box.northEast.lon) {
        error = "--bbox '" + text + "': the box has no width";
        return std::nullopt;
    }
    return box;
}

std::optional<core::FuzzyTime> parseAtTime(const std::string& text, std::string& error) {
    core::Parsed<core::FuzzyTime> parsed = core::parseFuzzyTime(text, core::TimeZone::utc());
    if (!parsed.value) error = "--at: " + parsed.error + " (expected e.g. 2022-01-10, 2010-06 or 2022-01-10T14:00+06:00)";
    return parsed.value;
}

namespace {

std::string episodeNames() {
    std::string names;
    for (const core::Episode& episode : core::episodes()) names += (names.empty() ? "" : ", ") + std::string(episode.id);
    return names;
}

// Checks export's options together and fills in the defaults; returns what is wrong, or "".
std::string finishExportOptions(Options& o) {
    if (!o.output) return "export: needs -o FOLDER/ (PNG frames) or -o FILE.mp4";
    if (o.at) return "export: --at belongs to render; export shows --from TIME to --to TIME";
    if (int(o.bbox.has_value()) + int(o.episode.has_value()) + int(o.mapBox.has_value()) > 1)
        return "export: --bbox, --map-box and --episode each choose the view; give one";
    if (o.chapter && (o.from || o.to || o.episode || o.bbox || o.mapBox || o.durationSeconds))
        return "export: --chapter sets the range, view and length; --from, --to, --episode, --bbox and --duration do not go with it";
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

} // namespace

ParseResult parseCommandLine(const std::vector<std::string>& arguments) {
    ParseResult result;
    Options& o = result.options;
    auto fail = [&](std::string message) {
        result.error = std::move(message);
        return result;
    };
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string& a = arguments[i];
        auto value = [&]() -> std::optional<std::string> {
            if (i + 1 >= arguments.size()) return std::nullopt;
            return arguments[++i];
        };
        if (a == "--help" || a == "-h") o.help = true;
        else if (a == "--version") o.version = true;
        else if (a == "--utc") o.utc = true;
        else if (a == "--resume") o.resume = true;
        else if (a == "--overwrite") o.overwrite = true;
        else if (a == "--transparent") o.transparent = true;
        else if (a == "--fullscreen") o.fullscreen = true;
        else if (a == "--list") o.list = true;
        else if (a == "--progress-lines") o.progressLines = true;
        else if (a == "--data" || a == "--size" || a == "-o" || a == "--output" || a == "--bbox" || a == "--format" ||
                   a == "--at" || a == "--episode" || a == "--from" || a == "--to" || a == "--duration" || a == "--fps" ||
                   a == "--frames" || a == "--story" || a == "--chapter" || a == "--map-box") {
            auto v = value();
            if (!v) return fail(a + ": needs a value");
            std::string error;
            if (a == "--data") o.data = *v;
            else if (a == "--format") o.format = *v;
            else if (a == "--story") o.story = *v;
            else if (a == "--chapter") o.chapter = *v;
            else if (a == "-o" || a == "--output") o.output = *v;
            else if (a == "--size" && !(o.size = parseFrameSize(*v, error))) return fail(error);
            else if (a == "--bbox" && !(o.bbox = parseGeoBox(*v, error))) return fail(error);
            else if (a == "--map-box" && !(o.mapBox = parseMapBox(*v, error))) return fail(error);
            else if (a == "--at" && !(o.at = parseAtTime(*v, error))) return fail(error);
            else if (a == "--from" && !(o.from = parseAtTime(*v, error))) return fail("--from" + error.substr(4));
            else if (a == "--to" && !(o.to = parseAtTime(*v, error))) return fail("--to" + error.substr(4));
            else if (a == "--duration" && !(o.durationSeconds = parseDuration(*v, error))) return fail(error);
            else if (a == "--fps" && !(o.fps = parseFps(*v, error))) return fail(error);
            else if (a == "--frames" && !(o.frames = parseFrameSpan(*v, error))) return fail(error);
            else if (a == "--episode") {
                if (!core::findEpisode(*v)) return fail("--episode '" + *v + "': no such episode; expected one of " + episodeNames());
                o.episode = *v;
            }
        } else if (!a.empty() && a[0] == '-') return fail("unknown option '" + a + "'");
        else if (o.verb.empty() && (a == "render" || a == "export" || a == "events" || a == "check" ||
                                      a == "present" || a == "story"))
            o.verb = a;
        else if (o.verb == "check") o.paths.emplace_back(a);
        else return fail("unknown command '" + a + "'");
    }
    if (o.help || o.version) return result;
    if (o.verb == "render") {
        if (!o.output) return fail("render: needs -o FILE.png");
        std::string extension = o.output->extension().string();
        for (char& c : extension) c = char(std::tolower(static_cast<unsigned char>(c)));
        if (extension != ".png") return fail("render: -o " + o.output->string() + ": the file name must end in .png");
        if (!o.size) o.size = FrameSize{1920, 1080};
        if (o.bbox && o.episode) return fail("render: --bbox and --episode both choose the view; give one");
    } else if (o.verb == "export") {
        if (std::string error = finishExportOptions(o); !error.empty()) return fail(error);
    } else if (o.output || o.size || o.bbox || o.at || o.episode) {
        return fail("--size, -o, --bbox, --at and --episode belong to the render command");
    }
    if (o.verb != "export" && (o.from || o.to || o.durationSeconds || o.fps || o.frames || o.resume || o.overwrite ||
                               o.transparent || o.mapBox || o.progressLines))
        return fail("--from, --to, --duration, --fps, --frames, --resume, --overwrite, --transparent, --map-box and "
                    "--progress-lines belong to the export command");
    if (o.verb != "events" && (o.format || o.utc)) return fail("--format and --utc belong to the events command");
    if (o.verb != "present" && o.verb != "export" && o.chapter) return fail("--chapter belongs to the present and export commands");
    if (o.verb != "present" && o.fullscreen) return fail("--fullscreen belongs to the present command");
    if (o.verb != "story" && o.list) return fail("--list belongs to the story command");
    if (o.story && o.verb != "present" && o.verb != "export" && o.verb != "story")
        return fail("--story belongs to the present, story and export commands");
    if (o.verb == "story" && !o.list) return fail("story: expected --list");
    if (o.format && *o.format != "table" && *o.format != "csv" && *o.format != "json")
        return fail("--format '" + *o.format + "': expected table, csv or json");
    return result;
}

std::string usage() {
    return "Usage: csto-atlas [--data DIR]\n"
           "  or:  csto-atlas render [--size WxH] -o FILE.png [--at TIME] [--episode NAME | --bbox LON0,LAT0,LON1,LAT1] [--data DIR]\n"
           "  or:  csto-atlas export --from TIME --to TIME -o FOLDER/|FILE.mp4 [--duration 20s] [--fps 30] [--size WxH]"
           " [--episode NAME | --bbox ...] [--frames A-B] [--resume] [--overwrite] [--transparent]\n"
           "  or:  csto-atlas export --chapter C [--story FILE] -o FILE.mp4|FOLDER/ [--size WxH] [--fps N] ...\n"
           "  or:  csto-atlas present [--story FILE] [--chapter N] [--fullscreen]\n"
           "  or:  csto-atlas story --list [--story FILE]\n"
           "  or:  csto-atlas events [--format table|csv|json] [--utc] [--data DIR]\n"
           "  or:  csto-atlas check [DIR|FILE...]\n"
           "  or:  csto-atlas --help | --version\n"
           "An animated map of the Collective Security Treaty Organization: its member states, and the\n"
           "requests for help made to the alliance with its answers.\n"
           "\n"
           "Commands:\n"
           "  (none)         open the map in a window\n"
           "  render         render the map at a time, without a display, to PNG\n"
           "  export         render a time range to PNG frames or an H.264 MP4; with --chapter, a\n"
           "                 chapter as the presentation shows it\n"
           "  present        present the story chapter by chapter (F5 in the window)\n"
           "  story --list   print the story's chapters\n"
           "  events         list every event with its time, place, figures and sources\n"
           "  check          check data files (default: the built-in data); one line per problem\n"
           "\n"
           "Options:\n"
           "  --data DIR     a data folder laid out like geodata/ (default: the built-in CSTO data)\n"
           "  --size WxH     frame size in pixels (default 1920x1080; at most 16384 a side, 7680x4320 to export)\n"
           "  --bbox ...     the area to show, in degrees (default: the member states)\n"
           "  --at TIME      the time shown: 2022-01-10, 2010-06, 2022-01-10T14:00+06:00 (UTC unless\n"
           "                 an offset is given; a day or month shows its middle; default: now)\n"
           "  --episode E    the view of an episode: osh-2010, armenia-2021 or almaty-2022\n"
           "  --from, --to   export: the first and last instant shown (each at the start of its span; with\n"
           "                 --episode, default: the episode's range); frame i shows from + (to-from)*i/(N-1)\n"
           "  --duration D   export: length of the video, 20s (default), 1.5m or 90 (seconds)\n"
           "  --fps N        export: frames per second (default 30); N = duration x fps frames\n"
           "  --frames A-B   export: only frames A to B (from 0), to split a long export\n"
           "  --resume       export: keep the frames already in the folder and render the rest\n"
           "  --overwrite    export: replace an existing video or frames\n"
           "  --transparent  export: PNG frames with alpha and no sea\n"
           "  --map-box B    export: the area to show in the map's projected metres, MINX,MINY,MAXX,MAXY\n"
           "                 (what the window's export dialog passes for its current view)\n"
           "  --progress-lines  export: progress as one line per update on stderr, for a program to read\n"
           "  --story FILE   present, story, export: a story file (default: the built-in geodata/story.toml)\n"
           "  --chapter C    present, export: a chapter's number (from 1) or id\n"
           "  --fullscreen   present: start full screen (F11 toggles)\n"
           "  --format F     events: table (default), csv (RFC 4180) or json\n"
           "  --utc          events: times in UTC instead of each place's local time\n"
           "\n"
           "Exit status:\n"
           "  0 success, 2 bad input or usage (one message per problem), 1 a runtime failure (no display, no OpenGL)\n";
}

} // namespace atlas::app
