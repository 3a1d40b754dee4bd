// tests/export/handout_test.cpp: `csto-atlas handout` through the binary, read back with poppler's
// tools: a page per chapter and one of sources (pdfinfo); each chapter's title, caption and
// sources as real text (pdftotext) in embedded fonts (pdffonts); on each page the very frame
// `export --chapter N` ends on (pdfimages, compared pixel for pixel); bad input refused with exit 2
// and nothing half-written.
#include <doctest/doctest.h>

#include <fstream>
#include <regex>

#include "core/presentation/chapter.hpp"
#include "io/story_file.hpp"
#include "session/story_session.hpp"
#include "export_test_support.hpp"

namespace {

using namespace atlas;
using namespace atlas::test;

bool havePoppler() { return std::system("command -v pdfinfo >/dev/null 2>&1 && command -v pdfimages >/dev/null 2>&1") == 0; }

// The built-in story's chapters and sources, as the handout reads them.
struct BuiltIn {
    core::Loaded<core::Story> story = session::loadStoryFolder(ATLAS_GEODATA_DIR);
    core::Loaded<core::Presentation> presentation = io::loadStoryFile(io::builtInStoryFile(ATLAS_GEODATA_DIR), *story.value);
};

// The whole text of the PDF, every run of white space one space.
std::string pdfText(const fs::path& pdf) {
    fs::path text = pdf;
    text.replace_extension(".txt");
    REQUIRE(std::system(("pdftotext -enc UTF-8 " + quoted(pdf.string()) + " " + quoted(text.string())).c_str()) == 0);
    return std::regex_replace(readFile(text), std::regex("\\s+"), " ");
}

std::string oneSpaced(const std::string& text) { return std::regex_replace(text, std::regex("\\s+"), " "); }

// The last frame `export --chapter N` writes at the handout's size, as a PNG.
fs::path lastExportFrame(int chapter, const fs::path& dir) {
    std::vector<std::string> export_ = {"export", "--chapter", std::to_string(chapter), "--size", "1280x720", "-o",
                                        (dir / ("chapter" + std::to_string(chapter))).string() + "/"};
    std::vector<std::string> probe = export_;
    probe.insert(probe.end(), {"--frames", "99999-99999"});
    RunResult refused = runAtlas(probe); // "--frames 99999-99999: the export has frames 0-N"
    std::smatch last;
    REQUIRE(std::regex_search(refused.err, last, std::regex("frames 0-([0-9]+)")));
    export_.insert(export_.end(), {"--frames", last[1].str() + "-" + last[1].str()});
    RunResult r = runAtlas(export_);
    REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    char name[32];
    std::snprintf(name, sizeof name, "frame_%05d.png", std::stoi(last[1].str()));
    return dir / ("chapter" + std::to_string(chapter)) / name;
}

} // namespace

TEST_CASE("handout: a page per chapter and a page of sources, its text real text, its frames the exports' last") {
    REQUIRE_MESSAGE(havePoppler(), "poppler's pdfinfo, pdftotext, pdffonts and pdfimages are needed (apt-get install poppler-utils)");
    BuiltIn built;
    REQUIRE(built.presentation.value);
    const std::vector<core::Chapter>& chapters = built.presentation.value->chapters;
    fs::path dir = freshFolder("handout");
    fs::path pdf = dir / "story.pdf";
    RunResult r = runAtlas({"handout", "-o", pdf.string()});
    REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    CHECK_FALSE(fs::exists(dir / "story.pdf.partial"));
    CHECK(firstLine("pdfinfo " + quoted(pdf.string()) + " | awk '/^Pages:/ { print $2 }'") == std::to_string(chapters.size() + 1));
    CHECK(firstLine("pdfinfo " + quoted(pdf.string()) + " | grep '^Page size:'").find("595.276 x 841.89 pts (A4)") != std::string::npos);
    // Every font is embedded: no line of pdffonts' table says "no" in its emb column.
    CHECK(firstLine("pdffonts " + quoted(pdf.string()) + " | tail -n +3 | awk '$(NF-4) != \"yes\"' | wc -l") == "0");

    std::string text = pdfText(pdf);
    for (const core::Chapter& chapter : chapters) {
        INFO("chapter " << chapter.id);
        CHECK(text.find(oneSpaced(chapter.title)) != std::string::npos);
        for (const std::string& paragraph : chapter.caption) CHECK(text.find(oneSpaced(paragraph)) != std::string::npos);
        for (const std::string& id : chapter.sourceIds) CHECK(text.find(oneSpaced(core::fullReference(*built.story.value->findSource(id)))) != std::string::npos);
    }
    CHECK(text.find("Where the sources disagree") != std::string::npos);
    CHECK(text.find("Tokayev asks the CSTO for help") != std::string::npos); // one of the points in dispute

    // The frame on a chapter's page is the one its export ends on, pixel for pixel.
    for (int chapter : {7, 9}) {
        INFO("chapter " << chapter);
        fs::path exported = lastExportFrame(chapter, dir);
        std::string prefix = (dir / ("page" + std::to_string(chapter))).string();
        REQUIRE(std::system(("pdfimages -png -f " + std::to_string(chapter) + " -l " + std::to_string(chapter) + " " +
                             quoted(pdf.string()) + " " + atlas::test::quoted(prefix))
                                .c_str()) == 0);
        fs::path extracted = prefix + "-000.png";
        REQUIRE(fs::exists(extracted));
        CHECK(firstLine("compare -metric AE " + quoted(extracted.string()) + " " + quoted(exported.string()) + " null: 2>&1") == "0");
    }
}

TEST_CASE("handout --size letter: letter pages") {
    REQUIRE(havePoppler());
    fs::path pdf = freshFolder("handout_letter") / "story.pdf";
    RunResult r = runAtlas({"handout", "--size", "letter", "-o", pdf.string()});
    REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    CHECK(firstLine("pdfinfo " + quoted(pdf.string()) + " | grep '^Page size:'").find("612 x 792 pts (letter)") != std::string::npos);
}

TEST_CASE("handout refuses bad output and a bad story with exit 2, leaving nothing written") {
    fs::path dir = freshFolder("handout_refusals");
    fs::path existing = dir / "old.pdf";
    std::ofstream(existing) << "an earlier handout";
    RunResult kept = runAtlas({"handout", "-o", existing.string()});
    CHECK(kept.exitCode == 2);
    CHECK(contains(kept.err, "old.pdf: already exists; add --overwrite to replace it"));
    CHECK(readFile(existing) == "an earlier handout");

    RunResult noFolder = runAtlas({"handout", "-o", (dir / "missing" / "story.pdf").string()});
    CHECK(noFolder.exitCode == 2);
    CHECK(contains(noFolder.err, "does not exist"));

    RunResult notPdf = runAtlas({"handout", "-o", (dir / "story.png").string()});
    CHECK(notPdf.exitCode == 2);
    CHECK(contains(notPdf.err, "the file name must end in .pdf"));

    RunResult frameSize = runAtlas({"handout", "--size", "1920x1080", "-o", (dir / "story.pdf").string()});
    CHECK(frameSize.exitCode == 2);
    CHECK(contains(frameSize.err, "--size takes the paper, A4 or letter"));

    fs::path badStory = fs::path(ATLAS_TEST_DATA_DIR) / "story_files" / "syntax_error.toml";
    RunResult broken = runAtlas({"handout", "--story", badStory.string(), "-o", (dir / "story.pdf").string()});
    CHECK(broken.exitCode == 2);
    CHECK(contains(broken.err, "has errors"));
    CHECK(fileNames(dir) == std::vector<std::string>{"old.pdf"});
}
