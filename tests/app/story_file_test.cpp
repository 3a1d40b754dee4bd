// tests/app/story_file_test.cpp: story files (io::loadStoryFile, parseStoryFile): the built-in
// geodata/story.toml and the fixtures in tests/data/story_files/, each bad one refused with a
// message at its file and line; the fallback to the built-in story and --chapter lookup
// (app::loadPresentation, app::findChapter); and `csto-atlas story --list` as a user runs it.
#include <algorithm>
#include <chrono>
#include <string>
#include <vector>

#include "app/cli/command_line.hpp"
#include "app/cli/presentation_source.hpp"
#include "io/story_file.hpp"
#include "io_test_support.hpp"
#include "story_test_support.hpp"

using namespace atlas;
using namespace atlas::test;
using namespace std::chrono;

namespace {

const std::vector<std::string> kBuiltInIds = {"overview",          "osh-2010",     "armenia-2021",
                                              "almaty-protests",   "almaty-request", "almaty-deployment",
                                              "almaty-sites",      "almaty-withdrawal", "compare"};

const core::Story& shippedStory() {
    static const core::Loaded<core::Story> loaded = loadStoryFrom(ATLAS_GEODATA_DIR);
    REQUIRE_MESSAGE(loaded.value.has_value(), listing(loaded.diagnostics));
    return *loaded.value;
}

std::filesystem::path storyFile(const std::string& name) {
    return std::filesystem::path(ATLAS_TEST_DATA_DIR) / "story_files" / name;
}

core::Loaded<core::Presentation> loadFixtureFile(const std::string& name) {
    return io::loadStoryFile(storyFile(name), shippedStory());
}

std::vector<std::string> chapterIds(const core::Presentation& presentation) {
    std::vector<std::string> ids;
    for (const core::Chapter& c : presentation.chapters) ids.push_back(c.id);
    return ids;
}

const core::Chapter& chapterWithId(const core::Presentation& presentation, const std::string& id) {
    auto found = std::find_if(presentation.chapters.begin(), presentation.chapters.end(),
                              [&](const core::Chapter& c) { return c.id == id; });
    REQUIRE(found != presentation.chapters.end());
    return *found;
}

// The bad fixture loads nothing and says, at FILE:LINE, an error containing every one of parts;
// it has `errors` errors in all.
void checkRefused(const std::string& name, int line, const std::vector<std::string>& parts, std::size_t errors = 1) {
    CAPTURE(name);
    core::Loaded<core::Presentation> loaded = loadFixtureFile(name);
    INFO(listing(loaded.diagnostics));
    CHECK_FALSE(loaded.value.has_value());
    CHECK(countLevel(loaded.diagnostics, Level::Error) == errors);
    std::string where = storyFile(name).string() + ":" + std::to_string(line);
    auto matches = [&](const core::Diagnostic& d) {
        return d.level == Level::Error && d.where == where &&
               std::all_of(parts.begin(), parts.end(), [&](const std::string& part) { return contains(d.message, part); });
    };
    CHECK_MESSAGE(std::any_of(loaded.diagnostics.begin(), loaded.diagnostics.end(), matches),
                  "no error at " << where << " containing every expected part");
}

core::Presentation builtInPresentation() {
    core::Loaded<core::Presentation> loaded =
        io::loadStoryFile(io::builtInStoryFile(ATLAS_GEODATA_DIR), shippedStory());
    REQUIRE_MESSAGE(loaded.value.has_value(), listing(loaded.diagnostics));
    return *loaded.value;
}

std::string chapterError(const std::string& chapter) {
    static const core::Presentation presentation = builtInPresentation();
    std::string error;
    CAPTURE(chapter);
    CHECK_FALSE(app::findChapter(presentation, chapter, error).has_value());
    return error;
}

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (std::size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1)
        out.push_back(text.substr(start, end - start));
    if (start < text.size()) out.push_back(text.substr(start));
    return out;
}

} // namespace

TEST_CASE("the built-in story file loads cleanly: nine chapters in order") {
    core::Loaded<core::Presentation> loaded = io::loadStoryFile(io::builtInStoryFile(ATLAS_GEODATA_DIR), shippedStory());
    CHECK_MESSAGE(loaded.diagnostics.empty(), listing(loaded.diagnostics));
    REQUIRE(loaded.value.has_value());
    CHECK(loaded.value->title == "The CSTO and the requests for help");
    CHECK(chapterIds(*loaded.value) == kBuiltInIds);
    for (const core::Chapter& c : loaded.value->chapters) {
        CAPTURE(c.id);
        CHECK_FALSE(c.title.empty());
        CHECK_FALSE(c.caption.empty());
        CHECK_FALSE(c.sources.empty());
        CHECK(c.begin <= c.end);
        CHECK(c.view.southWest.lat < c.view.northEast.lat);
    }
}

TEST_CASE("the built-in story: every chapter has speaker notes, each paragraph and item citing its articles") {
    core::Loaded<core::Presentation> loaded = io::loadStoryFile(io::builtInStoryFile(ATLAS_GEODATA_DIR), shippedStory());
    REQUIRE(loaded.value.has_value());
    for (const core::Chapter& c : loaded.value->chapters) {
        CAPTURE(c.id);
        CHECK(c.notes.words() >= 40);
        CHECK(c.notes.words() <= 160); // read at a glance while speaking
        for (const core::NoteBlock& block : c.notes.blocks) {
            bool cites = std::any_of(block.spans.begin(), block.spans.end(),
                                     [](const core::NoteSpan& s) { return s.kind == core::NoteSpan::Kind::Source; });
            CHECK_MESSAGE(cites, block.spans.front().text);
        }
    }
}

TEST_CASE("the built-in story: each chapter's line, play and panes as the file gives them") {
    core::Presentation presentation = builtInPresentation();
    std::vector<int> starts;
    for (const core::Chapter& c : presentation.chapters) starts.push_back(c.line);
    CHECK(starts == std::vector<int>{6, 30, 54, 80, 106, 132, 156, 179, 203});

    const core::Chapter& compare = chapterWithId(presentation, "compare");
    REQUIRE(compare.panes.size() == 3);
    CHECK(compare.panes[0].title == "Osh, June 2010");
    CHECK(compare.panes[2].caption == "✓ Granted: about 2,500 troops");
    CHECK(compare.play == core::ChapterPlay::Fixed);
    CHECK_FALSE(compare.layers.deployments); // requests and answers side by side; the contingents have their chapter
    CHECK(compare.layers.requests);
    CHECK_FALSE(compare.layers.legend);

    const core::Chapter& sites = chapterWithId(presentation, "almaty-sites");
    CHECK(sites.play == core::ChapterPlay::Fixed);
    CHECK(sites.begin == sites.end);
    CHECK(sites.timeZone == "Asia/Almaty");
    CHECK(sites.begin == sys_days{2022y / January / 10} + hours{12 - 6}); // 12:00 in Almaty, UTC+6 then

    const core::Chapter& armenia = chapterWithId(presentation, "armenia-2021");
    CHECK(armenia.play == core::ChapterPlay::Holds);
    CHECK(armenia.holdSeconds == 2.5);
    CHECK(std::is_sorted(armenia.holds.begin(), armenia.holds.end()));
    for (sys_seconds hold : armenia.holds) {
        CHECK(hold > armenia.begin);
        CHECK(hold < armenia.end);
    }
    for (const core::Chapter& c : presentation.chapters)
        if (c.id != "compare") CHECK(c.panes.empty());
}

TEST_CASE("a small clean story file: fixed chapter by place with a pane, then a playback") {
    core::Loaded<core::Presentation> loaded = loadFixtureFile("good.toml");
    CHECK_MESSAGE(loaded.diagnostics.empty(), listing(loaded.diagnostics));
    REQUIRE(loaded.value.has_value());
    REQUIRE(loaded.value->chapters.size() == 2);
    const core::Chapter& first = loaded.value->chapters[0];
    CHECK(first.play == core::ChapterPlay::Fixed);
    CHECK(first.begin == sys_days{2022y / January / 8} + hours{6});
    CHECK(first.seconds == 4); // a fixed chapter's default
    CHECK(first.sources.size() == 1);
    REQUIRE(first.panes.size() == 1);
    CHECK(first.panes[0].view.southWest.lon == 68);
    // 600 km around Almaty (43.24 N, 76.9 E): about 5.4 degrees of latitude.
    double centreLat = (first.view.southWest.lat + first.view.northEast.lat) / 2;
    CHECK(centreLat == doctest::Approx(43.24).epsilon(0.01));
    CHECK(first.view.northEast.lat - first.view.southWest.lat == doctest::Approx(600 / 111.32));
    REQUIRE(first.notes.blocks.size() == 3);
    CHECK_FALSE(first.notes.blocks[0].listItem);
    CHECK(first.notes.blocks[0].spans.at(1).text == "about 2,500 troops");
    CHECK(first.notes.blocks[1].listItem);
    CHECK(first.notes.blocks[1].spans.at(3).text == "meduza-2022");
    const core::Chapter& second = loaded.value->chapters[1];
    CHECK(second.play == core::ChapterPlay::Playback);
    CHECK(second.seconds == 6);
    CHECK(second.end - second.begin == days{8});
    CHECK(second.layers.members);
    CHECK(second.layers.placeLabels);
    CHECK_FALSE(second.layers.requests);
    CHECK(second.line == 25);
    CHECK(second.notes.empty());
}

TEST_CASE("story file: an unknown chapter field, with the field it is near") {
    checkRefused("unknown_field.toml", 6, {"unknown chapter field 'titel'", "did you mean 'title'?"}, 2);
    checkRefused("unknown_field.toml", 4, {"missing field 'title'"}, 2);
}

TEST_CASE("story file: a place not in places.csv") {
    checkRefused("unknown_place.toml", 8, {"no place 'almatty' in places.csv", "did you mean 'almaty'?"});
}

TEST_CASE("story file: a time outside the story's data") {
    checkRefused("time_outside_data.toml", 7, {"'at' = \"1985-01-01\"", "outside the story's data", "runs from "});
}

TEST_CASE("story file: 'to' before 'from'") {
    checkRefused("to_before_from.toml", 8, {"'to' must come after 'from'"});
}

TEST_CASE("story file: no chapters, whether the file is empty or has only a title") {
    checkRefused("empty.toml", 1, {"no chapters", "[[chapter]]"});
    checkRefused("no_chapters.toml", 1, {"no chapters", "[[chapter]]"});
}

TEST_CASE("story file: a TOML syntax error at its line") {
    checkRefused("syntax_error.toml", 7, {});
    core::Loaded<core::Presentation> loaded = loadFixtureFile("syntax_error.toml");
    REQUIRE(loaded.diagnostics.size() == 1);
    CHECK_FALSE(loaded.diagnostics[0].message.empty());
}

TEST_CASE("story file: a duplicate chapter id, at the second one") {
    checkRefused("duplicate_id.toml", 11, {"a chapter with id 'one' comes earlier in the file"});
}

TEST_CASE("story file: an unknown layer, with the layers there are") {
    checkRefused("unknown_layer.toml", 9,
                 {"'layers' names an unknown layer", "members, requests, deployments, sites, regions, labels, legend"});
}

TEST_CASE("story file: an unknown time zone") {
    checkRefused("unknown_zone.toml", 7, {"unknown time zone 'Asia/Almatty'", "IANA"});
}

TEST_CASE("story file: a view that is not four numbers") {
    checkRefused("bad_view.toml", 8, {"'view' must be [west, south, east, north]"});
}

TEST_CASE("story file: a source not in sources.csv, with the source it is near") {
    checkRefused("unknown_source.toml", 7, {"no source 'weitz-2021' in sources.csv", "did you mean 'weitz-2022'?"});
}

TEST_CASE("story file: notes with a bold left open, at the item's line") {
    checkRefused("notes_open_bold.toml", 11, {"notes: '**' starts bold text that its list item does not end"});
}

TEST_CASE("story file: notes citing a source not in sources.csv, at the citation's line") {
    checkRefused("notes_unknown_source.toml", 10, {"notes cite [hegglin-2021], which is not in sources.csv", "did you mean 'hegglin-2022'?"});
}

TEST_CASE("story file: notes in one line with escaped line breaks are reported at that line; CRLF lines read as LF") {
    std::string text = "title = \"T\"\r\n[[chapter]]\r\nid = \"one\"\r\ntitle = \"One\"\r\nat = \"2022-01-08\"\r\n"
                       "view = [40, 36, 90, 52]\r\nnotes = \"a\\n\\nb [nope-2022]\\n\\n- c **open\"\r\n";
    core::Loaded<core::Presentation> loaded = io::parseStoryFile(text, "inline.toml", shippedStory());
    INFO(listing(loaded.diagnostics));
    REQUIRE(loaded.diagnostics.size() == 2);
    for (const core::Diagnostic& d : loaded.diagnostics) CHECK(d.where == "inline.toml:7");
    std::string crlf = "title = \"T\"\r\n[[chapter]]\r\nid = \"one\"\r\ntitle = \"One\"\r\nat = \"2022-01-08\"\r\n"
                       "view = [40, 36, 90, 52]\r\nnotes = \"\"\"\r\nFirst [meduza-2022].\r\n\r\n- an item\r\n- a **bad one\r\n\"\"\"\r\n";
    loaded = io::parseStoryFile(crlf, "crlf.toml", shippedStory());
    REQUIRE(loaded.diagnostics.size() == 1);
    CHECK(loaded.diagnostics[0].where == "crlf.toml:11");
}

TEST_CASE("story file text is named as the caller says; a missing file is an error naming it") {
    core::Loaded<core::Presentation> parsed = io::parseStoryFile("title = \"x\"\n", "inline.toml", shippedStory());
    CHECK_FALSE(parsed.value.has_value());
    REQUIRE(parsed.diagnostics.size() == 1);
    CHECK(parsed.diagnostics[0].where == "inline.toml:1");

    core::Loaded<core::Presentation> missing = loadFixtureFile("no_such_file.toml");
    CHECK_FALSE(missing.value.has_value());
    REQUIRE(missing.diagnostics.size() == 1);
    CHECK(missing.diagnostics[0].where == storyFile("no_such_file.toml").string());
    CHECK(contains(missing.diagnostics[0].message, "cannot read the story file"));
}

TEST_CASE("loadPresentation falls back to the built-in story when --story is bad, saying why") {
    app::Options options;
    options.story = storyFile("unknown_zone.toml");
    core::Diagnostics diagnostics;
    std::optional<core::Presentation> presentation = app::loadPresentation(options, shippedStory(), diagnostics);
    REQUIRE(presentation.has_value());
    CHECK(chapterIds(*presentation) == kBuiltInIds);
    INFO(listing(diagnostics));
    REQUIRE(diagnostics.size() == 2);
    CHECK(diagnostics[0].level == Level::Error);
    CHECK(diagnostics[0].where == options.story->string() + ":7");
    CHECK(diagnostics[1].level == Level::Note);
    CHECK(diagnostics[1].where == options.story->string());
    CHECK(contains(diagnostics[1].message, "the built-in story instead"));
}

TEST_CASE("loadPresentation reads a good --story, and the built-in story without one") {
    app::Options options;
    core::Diagnostics diagnostics;
    std::optional<core::Presentation> builtIn = app::loadPresentation(options, shippedStory(), diagnostics);
    REQUIRE(builtIn.has_value());
    CHECK(builtIn->chapters.size() == 9);
    options.story = storyFile("good.toml");
    std::optional<core::Presentation> own = app::loadPresentation(options, shippedStory(), diagnostics);
    REQUIRE(own.has_value());
    CHECK(chapterIds(*own) == std::vector<std::string>{"first", "second"});
    CHECK_MESSAGE(diagnostics.empty(), listing(diagnostics));
}

TEST_CASE("findChapter takes a number from 1 or an id") {
    core::Presentation presentation = builtInPresentation();
    std::string error;
    CHECK(app::findChapter(presentation, "3", error) == 2);
    CHECK(app::findChapter(presentation, "1", error) == 0);
    CHECK(app::findChapter(presentation, "9", error) == 8);
    CHECK(app::findChapter(presentation, "almaty-sites", error) == 6);
    CHECK(app::findChapter(presentation, "overview", error) == 0);
    CHECK(error.empty());
}

TEST_CASE("findChapter refuses numbers out of range and unknown ids, saying what there is") {
    CHECK(chapterError("0") == "--chapter 0: the story has chapters 1 to 9");
    CHECK(chapterError("10") == "--chapter 10: the story has chapters 1 to 9");
    CHECK(chapterError("-1") == "--chapter -1: the story has chapters 1 to 9");
    CHECK(chapterError("nope") ==
          "--chapter 'nope': no such chapter; expected a number from 1 to 9 or one of overview, osh-2010, armenia-2021, "
          "almaty-protests, almaty-2022, almaty-request, almaty-deployment, almaty-sites, almaty-withdrawal, compare");
    CHECK(contains(chapterError("3rd"), "--chapter '3rd': no such chapter"));
    CHECK(contains(chapterError("Overview"), "no such chapter"));
}

TEST_CASE("csto-atlas story --list prints the nine built-in chapters") {
    RunResult r = runAtlas({"story", "--list"});
    CHECK_MESSAGE(r.exitCode == 0, r.err);
    CHECK(r.err.empty());
    std::vector<std::string> printed = lines(r.out);
    REQUIRE(printed.size() == 9);
    CHECK(printed[0].rfind(" 1  overview", 0) == 0);
    CHECK(contains(printed[0], "A military alliance, 1992 to mid-2022"));
    CHECK(printed[8].rfind(" 9  compare", 0) == 0);
    CHECK(contains(printed[8], "3 panes"));
    for (std::size_t i = 0; i < printed.size(); ++i) CHECK(contains(printed[i], " " + kBuiltInIds[i] + " "));
}

TEST_CASE("csto-atlas story --list --story of a good file lists that file's chapters") {
    RunResult r = runAtlas({"story", "--list", "--story", storyFile("good.toml").string()});
    CHECK_MESSAGE(r.exitCode == 0, r.err);
    std::vector<std::string> printed = lines(r.out);
    REQUIRE(printed.size() == 2);
    CHECK(printed[0].rfind(" 1  first", 0) == 0);
    CHECK(contains(printed[0], "; 16 words of notes)"));
    CHECK(printed[1].rfind(" 2  second", 0) == 0);
    CHECK(contains(printed[1], "; no notes)"));
}

TEST_CASE("csto-atlas story --list --story of a bad file exits 2 naming the file and line") {
    std::string file = storyFile("duplicate_id.toml").string();
    RunResult r = runAtlas({"story", "--list", "--story", file});
    CHECK(r.exitCode == 2);
    CHECK_MESSAGE(contains(r.err, file + ":11"), r.err);
    CHECK(contains(r.err, "a chapter with id 'one' comes earlier in the file"));
    CHECK(contains(r.err, "the built-in story instead"));
}

TEST_CASE("findChapters takes a group: its chapters, first to last") {
    core::Loaded<core::Story> story = test::loadStoryFrom(ATLAS_GEODATA_DIR);
    REQUIRE(story.value);
    core::Loaded<core::Presentation> loaded = io::loadStoryFile(io::builtInStoryFile(ATLAS_GEODATA_DIR), *story.value);
    REQUIRE(loaded.value);
    std::string error;
    auto almaty = app::findChapters(*loaded.value, "almaty-2022", error);
    REQUIRE(almaty);
    CHECK(almaty->first == 3);
    CHECK(almaty->last == 7);
    CHECK(app::findChapter(*loaded.value, "almaty-2022", error) == 3);
    auto one = app::findChapters(*loaded.value, "osh-2010", error);
    REQUIRE(one);
    CHECK(one->first == one->last);
    CHECK_FALSE(app::findChapters(*loaded.value, "almaty", error));
    CHECK(error.find("almaty-2022") != std::string::npos);
}


TEST_CASE("a chapter's episode gives it the episode's range and view where it gives none; an unknown one is an error") {
    const core::Story& story = shippedStory();
    const core::Episode* osh = story.findEpisode("osh-2010");
    REQUIRE(osh);
    core::Loaded<core::Presentation> parsed = io::parseStoryFile(
        "[[chapter]]\nid = \"a\"\ntitle = \"Osh\"\nepisode = \"osh-2010\"\n\n"
        "[[chapter]]\nid = \"b\"\ntitle = \"Osh in June\"\nepisode = \"osh-2010\"\nfrom = \"2010-06-01\"\nview = [70, 39, 75, 42]\n",
        "episodes.toml", story);
    INFO(listing(parsed.diagnostics));
    REQUIRE(parsed.value.has_value());
    const core::Chapter& whole = parsed.value->chapters[0];
    CHECK(whole.begin == osh->begin);
    CHECK(whole.end == osh->end);
    CHECK(whole.view.southWest.lon == osh->southWest.lon);
    CHECK(whole.view.northEast.lat == osh->northEast.lat);
    const core::Chapter& own = parsed.value->chapters[1]; // its own from and view, the episode's end
    CHECK(own.begin == std::chrono::sys_days{std::chrono::year{2010} / 6 / 1} + std::chrono::hours(12)); // a day stands for its middle
    CHECK(own.end == osh->end);
    CHECK(own.view.southWest.lon == 70);

    core::Loaded<core::Presentation> unknown =
        io::parseStoryFile("[[chapter]]\nid = \"a\"\ntitle = \"Nowhere\"\nepisode = \"nowhere-2030\"\n", "unknown.toml", story);
    CHECK_FALSE(unknown.value.has_value());
    REQUIRE_FALSE(unknown.diagnostics.empty());
    CHECK(unknown.diagnostics[0].where == "unknown.toml:4");
    CHECK(unknown.diagnostics[0].message ==
          "no episode 'nowhere-2030' in episodes.csv; expected one of osh-2010, armenia-2021, almaty-2022");
}
