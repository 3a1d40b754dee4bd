// tests/core/speaker_notes_test.cpp: paragraphs, list items, bold, citations, and the line of an
// unclosed bold.
#include <doctest/doctest.h>

#include "core/text/speaker_notes.hpp"

using namespace atlas::core;
using Kind = NoteSpan::Kind;

TEST_CASE("notes split into paragraphs and list items, lines of one block joined") {
    ParsedNotes parsed = parseSpeakerNotes("First line\nsame paragraph.\n\n- an item\n  that wraps\n* another item\n\nLast.");
    REQUIRE(parsed.faults.empty());
    const auto& blocks = parsed.notes.blocks;
    REQUIRE(blocks.size() == 4);
    CHECK_FALSE(blocks[0].listItem);
    CHECK(blocks[0].spans.at(0).text == "First line same paragraph.");
    CHECK(blocks[1].listItem);
    CHECK(blocks[1].spans.at(0).text == "an item that wraps");
    CHECK(blocks[2].listItem);
    CHECK(blocks[2].spans.at(0).text == "another item");
    CHECK(blocks[3].spans.at(0).text == "Last.");
    CHECK(blocks[3].spans.at(0).line == 8);
    CHECK(parsed.notes.words() == 11);
}

TEST_CASE("bold spans and cited sources, each with its line") {
    ParsedNotes parsed = parseSpeakerNotes("About **2,500 troops** arrive [hegglin-2022]\n[weitz-2022] [not an id] **bold\nacross lines**.");
    CHECK(parseSpeakerNotes("In [2022] and [-] and [...]").notes.blocks.at(0).spans.size() == 1); // no citation there
    REQUIRE(parsed.faults.empty());
    const auto& spans = parsed.notes.blocks.at(0).spans;
    REQUIRE(spans.size() == 9);
    CHECK((spans[0].kind == Kind::Plain && spans[0].text == "About "));
    CHECK((spans[1].kind == Kind::Bold && spans[1].text == "2,500 troops"));
    CHECK((spans[2].kind == Kind::Plain && spans[2].text == " arrive "));
    CHECK((spans[3].kind == Kind::Source && spans[3].text == "hegglin-2022" && spans[3].line == 1));
    CHECK((spans[4].kind == Kind::Plain && spans[4].text == " "));
    CHECK((spans[5].kind == Kind::Source && spans[5].text == "weitz-2022" && spans[5].line == 2));
    CHECK((spans[6].kind == Kind::Plain && spans[6].text == " [not an id] "));
    CHECK((spans[7].kind == Kind::Bold && spans[7].text == "bold across lines" && spans[7].line == 2));
    CHECK(spans[8].text == ".");
    CHECK(parsed.notes.words() == 10);
}

TEST_CASE("a bold left open is a fault at the line that opened it") {
    ParsedNotes parsed = parseSpeakerNotes("Fine **here**.\n\n- one\n- two **open\n  still open\n\nNext.");
    REQUIRE(parsed.faults.size() == 1);
    CHECK(parsed.faults[0].line == 4);
    CHECK(parsed.faults[0].message.find("list item") != std::string::npos);
    CHECK(parsed.notes.blocks.size() == 4);
}

TEST_CASE("Windows line ends read as any others") {
    ParsedNotes parsed = parseSpeakerNotes("One\r\ntwo\r\n\r\n- three\r\n");
    REQUIRE(parsed.notes.blocks.size() == 2);
    CHECK(parsed.notes.blocks[0].spans.at(0).text == "One two");
    CHECK(parsed.notes.blocks[1].spans.at(0).text == "three");
}

TEST_CASE("empty and blank notes have no blocks") {
    CHECK(parseSpeakerNotes("").notes.empty());
    CHECK(parseSpeakerNotes("\n  \n\n").notes.empty());
    CHECK(parseSpeakerNotes("**").faults.size() == 1);
}
