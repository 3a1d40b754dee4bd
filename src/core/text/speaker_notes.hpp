// core/text/speaker_notes.hpp: a chapter's speaker notes in Markdown-lite: paragraphs (split by
// a blank line), list items (lines starting "- " or "* "), **bold** text, and citations of
// sources by their id in square brackets ("[hegglin-2022]": lowercase letters, digits, '-' and
// '_', a letter first). Standard library only.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace atlas::core {

struct NoteSpan {
    enum class Kind { Plain, Bold, Source };
    Kind kind = Kind::Plain;
    std::string text; // a Source span's text is the source's id
    int line = 1;     // where it starts, from the notes' first line
};

struct NoteBlock {
    bool listItem = false;
    std::vector<NoteSpan> spans;
};

struct SpeakerNotes {
    std::vector<NoteBlock> blocks;

    bool empty() const { return blocks.empty(); }
    std::size_t words() const; // cited sources not counted
};

struct NotesFault {
    int line; // from the notes' first line
    std::string message;
};

struct ParsedNotes {
    SpeakerNotes notes;
    std::vector<NotesFault> faults;
};

ParsedNotes parseSpeakerNotes(std::string_view text);

} // namespace atlas::core
