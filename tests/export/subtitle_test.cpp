// tests/export/subtitle_test.cpp: exporting::srtText, subtitles as SubRip text: cues numbered from
// 1, "HH:MM:SS,mmm --> HH:MM:SS,mmm" times rounded to the millisecond, multi-line text kept as
// it is, a blank line after every cue; cutTo for a video of some of the frames.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "export/subtitle_text.hpp"

using namespace atlas;
using atlas::exporting::srtText;

namespace {

// The one cue's time line, as srtText writes it.
std::string timeLine(double from, double to) {
    std::string text = srtText({{from, to, "x"}});
    std::size_t start = text.find('\n') + 1;
    return text.substr(start, text.find('\n', start) - start);
}

} // namespace

TEST_CASE("no subtitles give no text") { CHECK(srtText({}).empty()); }

TEST_CASE("one cue: its number, its times, its text and a blank line") {
    CHECK(srtText({{0, 3.1, "Title"}}) == "1\n00:00:00,000 --> 00:00:03,100\nTitle\n\n");
}

TEST_CASE("cue times are hours, minutes, seconds and milliseconds") {
    CHECK(timeLine(3723.5, 3725) == "01:02:03,500 --> 01:02:05,000");
    CHECK(timeLine(59.999, 60) == "00:00:59,999 --> 00:01:00,000");
    CHECK(timeLine(3599.9996, 36000) == "01:00:00,000 --> 10:00:00,000"); // rounded to the millisecond
    CHECK(timeLine(0.0004, 0.0006) == "00:00:00,000 --> 00:00:00,001");
    CHECK(timeLine(-2, 1.25) == "00:00:00,000 --> 00:00:01,250");     // nothing before the start
    CHECK(timeLine(12.345, 754.321) == "00:00:12,345 --> 00:12:34,321");
}

TEST_CASE("cues are numbered from 1 in order, each followed by a blank line, lines kept as given") {
    std::vector<core::Subtitle> subtitles = {
        {0, 2.5, "The request, 5 January 2022"},
        {2.5, 11.04, "President Tokayev asks the CSTO for help.\nThe leaders agree the same day."},
        {11.04, 14, "Withdrawal – by 19 January ✓"},
    };
    CHECK(srtText(subtitles) == "1\n00:00:00,000 --> 00:00:02,500\nThe request, 5 January 2022\n\n"
                                "2\n00:00:02,500 --> 00:00:11,040\nPresident Tokayev asks the CSTO for help.\n"
                                "The leaders agree the same day.\n\n"
                                "3\n00:00:11,040 --> 00:00:14,000\nWithdrawal – by 19 January ✓\n\n");
}

TEST_CASE("every line ends in LF alone") {
    std::string text = srtText({{0, 1, "a\nb"}, {1, 2, "c"}});
    CHECK(text.find('\r') == std::string::npos);
    CHECK(text.back() == '\n');
    CHECK(text.substr(text.size() - 2) == "\n\n");
}

TEST_CASE("cutTo: the cues of frames A..B only, timed from A, none past B") {
    using atlas::exporting::cutTo;
    std::vector<atlas::core::Subtitle> all = {{0, 2, "a"}, {2, 5, "b"}, {5, 9, "c"}};
    std::vector<atlas::core::Subtitle> cut = cutTo(all, 3, 6);
    REQUIRE(cut.size() == 2);
    CHECK(cut[0].text == "b");
    CHECK(cut[0].from == 0);
    CHECK(cut[0].to == 2);
    CHECK(cut[1].text == "c");
    CHECK(cut[1].from == 2);
    CHECK(cut[1].to == 3);
    CHECK(cutTo(all, 9, 10).empty());
}
