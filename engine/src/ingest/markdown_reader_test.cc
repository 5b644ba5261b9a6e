#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "ingest/readers.h"
#include "silkdex/ingest.h"
#include "support/test_support.h"

namespace silkdex::ingest {
namespace {

using ::silkdex::testing::TempDir;
using ::silkdex::testing::WriteFile;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

ReadResult Read(std::string content) { return ReadMarkdown({"tourism/tour.md", "tourism-tour", std::move(content)}); }

// The one document of a file that must read cleanly.
Document ReadOne(std::string content) {
  ReadResult r = Read(std::move(content));
  for (const auto& p : r.problems) ADD_FAILURE() << p.ToString();
  if (r.records.size() != 1) {
    ADD_FAILURE() << r.records.size() << " records";
    return {};
  }
  return r.records[0].doc;
}

void ExpectFailure(const ReadResult& r, int line, const std::string& message) {
  EXPECT_THAT(r.records, IsEmpty());
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].path, "tourism/tour.md");
  EXPECT_EQ(r.problems[0].line, line);
  EXPECT_EQ(r.problems[0].message, message);
}

// ---- front matter

TEST(ReadMarkdown, ReadsScalarFieldsFromFrontMatter) {
  Document doc = ReadOne("---\ntitle: Dunhuang cloud tour\ntype: good_practice\nlanguage: en\nviews: 1200\n---\nBody.\n");
  EXPECT_EQ(doc.title, "Dunhuang cloud tour");
  EXPECT_EQ(doc.type, "good_practice");
  EXPECT_EQ(doc.language, "en");
  EXPECT_EQ(doc.views, 1200);
  EXPECT_EQ(doc.body, "Body.");
}

TEST(ReadMarkdown, ReadsAnUnquotedYamlDateAsText) {
  EXPECT_EQ(ReadOne("---\ndate: 2020-09-08\n---\nx\n").date, "2020-09-08");
  EXPECT_EQ(ReadOne("---\ndate: 2020-09\n---\nx\n").date, "2020-09");
}

TEST(ReadMarkdown, ReadsABareYearAsADate) {
  EXPECT_EQ(ReadOne("---\ndate: 2020\n---\nx\n").date, "2020");
}

TEST(ReadMarkdown, ReadsFlowAndBlockLists) {
  Document doc = ReadOne(
      "---\nthemes: [tourism, health]\ncountries:\n  - China\n  - Mexico\nsdgs: [8, 11]\n---\nx\n");
  EXPECT_THAT(doc.themes, ElementsAre("tourism", "health"));
  EXPECT_THAT(doc.countries, ElementsAre("China", "Mexico"));
  EXPECT_THAT(doc.sdgs, ElementsAre(8, 11));
}

TEST(ReadMarkdown, ReadsCitiesAsMapsAndAsStrings) {
  Document doc = ReadOne(
      "---\ncities:\n  - name: Dunhuang\n    country: China\n  - \"Medellín, Colombia\"\n  - {name: Udine}\n---\nx\n");
  EXPECT_THAT(doc.cities, ElementsAre(City{"Dunhuang", "China"}, City{"Medellín", "Colombia"}, City{"Udine", ""}));
}

TEST(ReadMarkdown, KeepsQuotedNumbersAsText) {
  EXPECT_EQ(ReadOne("---\ntitle: \"1984\"\n---\nx\n").title, "1984");
}

TEST(ReadMarkdown, ReadsUnquotedNumbersAsTextExceptViewsAndSdgs) {
  Document doc = ReadOne("---\ntitle: 1984\ntags: [2020, covid]\nviews: 350000\nsdgs: [3, 11]\n---\nx\n");
  EXPECT_EQ(doc.title, "1984");
  EXPECT_THAT(doc.tags, ElementsAre("2020", "covid"));
  EXPECT_EQ(doc.views, 350000);
  EXPECT_THAT(doc.sdgs, ElementsAre(3, 11));
}

TEST(ReadMarkdown, TreatsYamlNullAsAbsent) {
  Document doc = ReadOne("---\ntitle: ~\nsummary: null\nthemes:\n---\nx\n");
  EXPECT_EQ(doc.title, "");
  EXPECT_EQ(doc.summary, "");
  EXPECT_THAT(doc.themes, IsEmpty());
}

TEST(ReadMarkdown, AcceptsAnEmptyFrontMatterAndWindowsLineEnds) {
  EXPECT_EQ(ReadOne("---\n---\nText\n").body, "Text");
  EXPECT_EQ(ReadOne("---\r\ntitle: T\r\n---\r\nText\r\n").title, "T");
}

TEST(ReadMarkdown, NamesAFieldOfTheWrongTypeInFrontMatter) {
  ExpectFailure(Read("---\nsdgs: [3, eleven]\n---\nx\n"), 0,
                "front matter: field 'sdgs[1]': expected an integer, got a string");
}

TEST(ReadMarkdown, RefusesABodyInFrontMatter) {
  ExpectFailure(Read("---\nbody: text\n---\nx\n"), 0,
                "front matter: field 'body': is not allowed here: the text comes from the file");
}

TEST(ReadMarkdown, RefusesFrontMatterThatIsNotAMapping) {
  ExpectFailure(Read("---\n- a\n- b\n---\nx\n"), 0, "front matter must be a YAML mapping of fields");
}

TEST(ReadMarkdown, RefusesUnterminatedFrontMatter) {
  ExpectFailure(Read("---\ntitle: T\n\nBody without the closing line.\n"), 1,
                "front matter opened on line 1 is never closed with a '---' line");
}

TEST(ReadMarkdown, NamesTheFileLineOfAYamlSyntaxError) {
  // The YAML starts on line 2 of the file; the bad line is line 3.
  ExpectFailure(Read("---\ntitle: T\nsummary: a: b\nthemes: [health]\n---\nx\n"), 0,
                "front matter line 3: illegal map value");
}

TEST(ReadMarkdown, RefusesFrontMatterNestedOneHundredThousandLevelsWithoutCrashing) {
  std::string yaml = "tags: " + std::string(100000, '[') + std::string(100000, ']');
  ExpectFailure(Read("---\n" + yaml + "\n---\nx\n"), 0, "front matter nested deeper than 32 levels");
}

TEST(ReadMarkdown, RefusesFrontMatterNestedPastItsLimit) {
  std::string yaml = "tags: " + std::string(40, '[') + std::string(40, ']');
  ExpectFailure(Read("---\n" + yaml + "\n---\nx\n"), 0, "front matter nested deeper than 32 levels");
}

TEST(ReadMarkdown, RefusesFrontMatterWhoseAliasesExpandExponentially) {
  // "Billion laughs": each level repeats the one before ten times, 10^9 strings in all.
  std::string yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
  for (int i = 1; i <= 9; ++i) {
    std::string prev = "*a" + std::to_string(i - 1);
    yaml += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [" + prev;
    for (int k = 1; k < 10; ++k) yaml += ", " + prev;
    yaml += "]\n";
  }
  ExpectFailure(Read("---\n" + yaml + "---\nx\n"), 0, "front matter has more than 100000 values");
}

// ---- the Markdown

TEST(ReadMarkdown, StripsMarkupFromTheBody) {
  Document doc = ReadOne(
      "# Cloud *tour*\n\nSome **bold** text and a [link](https://example.org/x).\n\n"
      "- item one\n- item `two`\n\n> quoted\n\n```\ncode line\n```\n\n![alt text](img.png)\n");
  EXPECT_THAT(doc.body, Not(HasSubstr("**")));
  EXPECT_THAT(doc.body, Not(HasSubstr("#")));
  EXPECT_THAT(doc.body, Not(HasSubstr("https://example.org")));
  EXPECT_THAT(doc.body, Not(HasSubstr("img.png")));
  EXPECT_THAT(doc.body, Not(HasSubstr("`")));
  EXPECT_EQ(doc.body,
            "Cloud tour\n\nSome bold text and a link.\n\nitem one\n\nitem two\n\nquoted\n\ncode line\nalt text");
}

TEST(ReadMarkdown, JoinsSoftLineBreaksWithASpace) {
  EXPECT_EQ(ReadOne("one\ntwo\n").body, "one two");
}

TEST(ReadMarkdown, TakesTheFallbackTitleFromTheFirstHeading) {
  ReadResult r = Read("Intro paragraph.\n\n## The *first* heading\n\n# Second\n");
  ASSERT_EQ(r.records.size(), 1u);
  EXPECT_EQ(r.records[0].fallback_title, "The first heading");
}

TEST(ReadMarkdown, TakesTheFallbackTitleFromTheFirstLineWithoutAHeading) {
  ReadResult r = Read("Just a **paragraph**\nof text.\n");
  ASSERT_EQ(r.records.size(), 1u);
  EXPECT_EQ(r.records[0].fallback_title, "Just a paragraph of text.");
}

TEST(ReadMarkdown, SurvivesOneHundredThousandNestedBlockquotes) {
  ReadResult r = Read(std::string(100000, '>') + " deep text\n");
  EXPECT_THAT(r.problems, IsEmpty());
  ASSERT_EQ(r.records.size(), 1u);
  EXPECT_EQ(r.records[0].doc.body, "deep text");
}

TEST(ReadMarkdown, SurvivesOneHundredThousandNestedBrackets) {
  std::string brackets = std::string(100000, '[') + "x" + std::string(100000, ']');
  ReadResult r = Read(brackets + "\n");
  EXPECT_THAT(r.problems, IsEmpty());
  ASSERT_EQ(r.records.size(), 1u);
  EXPECT_EQ(r.records[0].doc.body, brackets);
}

TEST(ReadMarkdown, ReportsInvalidUtf8WithLineAndByte) {
  ExpectFailure(Read("---\ntitle: T\n---\nbad \xC0\xAF\n"), 0, "invalid UTF-8 at line 4, byte 21");
}

// ---- through IngestFile

TEST(IngestMarkdown, UsesTheFirstHeadingAsTitleWhenFrontMatterHasNone) {
  TempDir dir;
  WriteFile(dir / "tourism/dunhuang-cloud-tour.md", "---\nthemes: [tourism]\n---\n# Dunhuang Cloud Tour\n\nText.\n");
  FileIngest in = IngestFile(dir / "tourism/dunhuang-cloud-tour.md", dir.path());
  EXPECT_THAT(in.problems, IsEmpty());
  ASSERT_EQ(in.documents.size(), 1u);
  EXPECT_EQ(in.documents[0].title, "Dunhuang Cloud Tour");
}

TEST(IngestMarkdown, PrefersTheFrontMatterTitleToTheHeading) {
  TempDir dir;
  WriteFile(dir / "a.md", "---\ntitle: From front matter\n---\n# From heading\n\nText.\n");
  FileIngest in = IngestFile(dir / "a.md", dir.path());
  ASSERT_EQ(in.documents.size(), 1u);
  EXPECT_EQ(in.documents[0].title, "From front matter");
}

TEST(IngestMarkdown, ReportsABadDateInFrontMatterWithTheField) {
  TempDir dir;
  WriteFile(dir / "a.md", "---\ndate: 2021-02-29\n---\n# T\n");
  FileIngest in = IngestFile(dir / "a.md", dir.path());
  EXPECT_THAT(in.documents, IsEmpty());
  ASSERT_EQ(in.problems.size(), 1u);
  EXPECT_EQ(in.problems[0].message, "field 'date': '2021-02-29' has no day 29");
}

}  // namespace
}  // namespace silkdex::ingest
