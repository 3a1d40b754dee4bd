// core/text/speaker_notes.cpp: blocks from lines, then spans from each block's text; a bold
// that a block leaves open is a fault at the line that opened it.
#include "core/text/speaker_notes.hpp"

#include <cctype>

namespace atlas::core {

namespace {

// A block's text with, for each character, the notes' line it came from.
struct RawBlock {
    bool listItem = false;
    std::string text;
    std::vector<int> lines;
};

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

bool startsItem(std::string_view line) {
    return line.size() > 2 && (line[0] == '-' || line[0] == '*') && line[1] == ' ';
}

std::vector<RawBlock> blocksOf(std::string_view text) {
    std::vector<RawBlock> blocks;
    bool open = false;
    int number = 0;
    while (!text.empty() || number == 0) {
        std::size_t end = text.find('\n');
        std::string_view line = trimmed(text.substr(0, end));
        text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
        ++number;
        if (line.empty()) {
            open = false;
        } else if (startsItem(line)) {
            blocks.push_back({true, {}, {}});
            line = trimmed(line.substr(2));
            open = true;
        } else if (!open) {
            blocks.push_back({false, {}, {}});
            open = true;
        }
        if (line.empty()) continue;
        RawBlock& block = blocks.back();
        if (!block.text.empty()) {
            block.text += ' ';
            block.lines.push_back(number);
        }
        block.text += line;
        block.lines.insert(block.lines.end(), line.size(), number);
        if (text.empty()) break;
    }
    return blocks;
}

// A run of characters is a word when it holds a letter or digit: ASCII, or the lead byte of a
// two-byte UTF-8 letter (Latin, Cyrillic); a dash or a full stop alone is not.
bool isWordCharacter(unsigned char byte) { return std::isalnum(byte) || (byte >= 0xC3 && byte <= 0xDF); }

// An id starts with a lowercase letter: "[hegglin-2022]" cites, "[2022]" and "[...]" are text.
bool isSourceId(std::string_view id) {
    if (id.empty() || !std::islower(static_cast<unsigned char>(id.front()))) return false;
    for (char c : id)
        if (!(std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '-' ||
              c == '_'))
            return false;
    return true;
}

void spansOf(const RawBlock& raw, NoteBlock& block, std::vector<NotesFault>& faults) {
    NoteSpan::Kind kind = NoteSpan::Kind::Plain;
    int boldLine = 0;
    auto add = [&](NoteSpan::Kind spanKind, std::string text, int line) {
        if (text.empty()) return;
        if (spanKind != NoteSpan::Kind::Source && !block.spans.empty() && block.spans.back().kind == spanKind)
            block.spans.back().text += text;
        else
            block.spans.push_back({spanKind, std::move(text), line});
    };
    std::string current;
    int currentLine = raw.lines.empty() ? 1 : raw.lines.front();
    const std::string& s = raw.text;
    for (std::size_t i = 0; i < s.size();) {
        if (s.compare(i, 2, "**") == 0) {
            add(kind, std::move(current), currentLine);
            current.clear();
            kind = kind == NoteSpan::Kind::Bold ? NoteSpan::Kind::Plain : NoteSpan::Kind::Bold;
            boldLine = raw.lines[i];
            i += 2;
            currentLine = i < s.size() ? raw.lines[i] : boldLine;
            continue;
        }
        if (s[i] == '[') {
            std::size_t close = s.find(']', i);
            if (close != std::string::npos && isSourceId(std::string_view(s).substr(i + 1, close - i - 1))) {
                add(kind, std::move(current), currentLine);
                current.clear();
                add(NoteSpan::Kind::Source, s.substr(i + 1, close - i - 1), raw.lines[i]);
                i = close + 1;
                currentLine = i < s.size() ? raw.lines[i] : raw.lines.back();
                continue;
            }
        }
        if (current.empty()) currentLine = raw.lines[i];
        current += s[i++];
    }
    add(kind, std::move(current), currentLine);
    if (kind == NoteSpan::Kind::Bold)
        faults.push_back({boldLine, "'**' starts bold text that its " +
                                        std::string(raw.listItem ? "list item" : "paragraph") +
                                        " does not end (close it with '**')"});
}

} // namespace

std::size_t SpeakerNotes::words() const {
    std::size_t count = 0;
    for (const NoteBlock& block : blocks) {
        bool counted = false; // the run of non-space characters being read has been counted
        for (const NoteSpan& span : block.spans) {
            if (span.kind == NoteSpan::Kind::Source) continue;
            for (char c : span.text) {
                auto byte = static_cast<unsigned char>(c);
                if (std::isspace(byte))
                    counted = false;
                else if (!counted && isWordCharacter(byte))
                    counted = true, ++count;
            }
        }
    }
    return count;
}

ParsedNotes parseSpeakerNotes(std::string_view text) {
    ParsedNotes parsed;
    for (const RawBlock& raw : blocksOf(text)) {
        NoteBlock block{raw.listItem, {}};
        spansOf(raw, block, parsed.faults);
        if (!block.spans.empty()) parsed.notes.blocks.push_back(std::move(block));
    }
    return parsed;
}

} // namespace atlas::core
