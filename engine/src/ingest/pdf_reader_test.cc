#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "ingest/readers.h"
#include "silkdex/ingest.h"
#include "support/test_support.h"

namespace silkdex::ingest {
namespace {

using ::silkdex::testing::MakePdf;
using ::silkdex::testing::TempDir;
using ::silkdex::testing::WriteFile;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

ReadResult Read(std::string content) { return ReadPdf({"publications/p.pdf", "publications-p", std::move(content)}); }

void ExpectFailure(const ReadResult& r, const std::string& message) {
  EXPECT_THAT(r.records, IsEmpty());
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].path, "publications/p.pdf");
  EXPECT_EQ(r.problems[0].line, 0);
  EXPECT_EQ(r.problems[0].message, message);
}

TEST(ReadPdf, ReadsTheTextOfEveryPageInOrder) {
  ReadResult r = Read(MakePdf("", {"First page words", "Second page words", "Third page words"}));
  EXPECT_THAT(r.problems, IsEmpty());
  ASSERT_EQ(r.records.size(), 1u);
  const std::string& body = r.records[0].doc.body;
  size_t first = body.find("First page words"), second = body.find("Second page words"),
         third = body.find("Third page words");
  ASSERT_NE(first, std::string::npos) << body;
  ASSERT_NE(second, std::string::npos) << body;
  ASSERT_NE(third, std::string::npos) << body;
  EXPECT_LT(first, second);
  EXPECT_LT(second, third);
}

TEST(ReadPdf, TakesTheFallbackTitleFromTheTitleMetadata) {
  ReadResult r = Read(MakePdf("Sponge City Handbook", {"Chapter one text"}));
  ASSERT_EQ(r.records.size(), 1u);
  EXPECT_EQ(r.records[0].fallback_title, "Sponge City Handbook");
  EXPECT_THAT(r.records[0].doc.body, Not(HasSubstr("Sponge City Handbook")));
}

TEST(ReadPdf, TakesTheFallbackTitleFromTheFirstLineWithoutTitleMetadata) {
  ReadResult r = Read(MakePdf("", {"Opening line of the report"}));
  ASSERT_EQ(r.records.size(), 1u);
  EXPECT_EQ(r.records[0].fallback_title, "Opening line of the report");
}

TEST(ReadPdf, SkipsAPageWithoutText) {
  ReadResult r = Read(MakePdf("T", {"", "Only text", ""}));
  ASSERT_EQ(r.records.size(), 1u);
  EXPECT_EQ(r.records[0].doc.body.find_first_not_of(" \t\r\n\f"), r.records[0].doc.body.find("Only text"));
}

TEST(ReadPdf, RefusesAPdfWithoutAnyText) {
  ExpectFailure(Read(MakePdf("Scanned", {""})), "the PDF has no text layer (a scanned PDF needs OCR first)");
}

TEST(ReadPdf, RefusesAnEmptyFile) {
  ExpectFailure(Read(""), "empty file: not a PDF");
}

TEST(ReadPdf, RefusesAFileThatIsNotAPdf) {
  ExpectFailure(Read("<html>not a pdf</html>"), "not a PDF: no %PDF- header");
}

TEST(ReadPdf, RefusesAPdfCutInHalf) {
  std::string pdf = MakePdf("Half", {"Some text that will be lost"});
  ExpectFailure(Read(pdf.substr(0, pdf.size() / 2)), "truncated PDF: no %%EOF marker at the end");
}

TEST(ReadPdf, RefusesAPdfThatPopplerCannotOpen) {
  ExpectFailure(Read("%PDF-1.4\ngarbage without objects\n%%EOF\n"), "damaged PDF: poppler cannot open it");
}

TEST(IngestPdf, TitlesTheDocumentFromTheTitleMetadata) {
  TempDir dir;
  WriteFile(dir / "publications/handbook.pdf", MakePdf("Sponge City Handbook", {"Page one text.", "Page two text."}));
  FileIngest in = IngestFile(dir / "publications/handbook.pdf", dir.path());
  EXPECT_THAT(in.problems, IsEmpty());
  ASSERT_EQ(in.documents.size(), 1u);
  const Document& doc = in.documents[0];
  EXPECT_EQ(doc.id, "publications-handbook");
  EXPECT_EQ(doc.title, "Sponge City Handbook");
  EXPECT_EQ(doc.type, "other");
  EXPECT_THAT(doc.body, HasSubstr("Page one text."));
  EXPECT_THAT(doc.body, HasSubstr("Page two text."));
}

TEST(IngestPdf, PrefersTheSidecarTitle) {
  TempDir dir;
  WriteFile(dir / "handbook.pdf", MakePdf("PDF title", {"Text."}));
  WriteFile(dir / "handbook.meta.json", R"({"title": "Sidecar title", "type": "publication"})");
  FileIngest in = IngestFile(dir / "handbook.pdf", dir.path());
  ASSERT_EQ(in.documents.size(), 1u);
  EXPECT_EQ(in.documents[0].title, "Sidecar title");
  EXPECT_EQ(in.documents[0].type, "publication");
}

TEST(IngestPdf, ReportsATruncatedFileWithItsPath) {
  TempDir dir;
  std::string pdf = MakePdf("Half", {"Some text"});
  WriteFile(dir / "cut.pdf", pdf.substr(0, pdf.size() / 2));
  FileIngest in = IngestFile(dir / "cut.pdf", dir.path());
  EXPECT_THAT(in.documents, IsEmpty());
  ASSERT_EQ(in.problems.size(), 1u);
  EXPECT_EQ(in.problems[0].ToString(), (dir / "cut.pdf").string() + ": truncated PDF: no %%EOF marker at the end");
}

}  // namespace
}  // namespace silkdex::ingest
