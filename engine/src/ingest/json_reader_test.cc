#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ingest/readers.h"

namespace silkdex::ingest {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

Source Src(std::string content) { return {"docs/items.json", "docs-items", std::move(content)}; }

std::vector<std::string> Ids(const ReadResult& r) {
  std::vector<std::string> ids;
  for (const auto& rec : r.records) ids.push_back(rec.doc.id);
  return ids;
}

void ExpectOneProblem(const ReadResult& r, int line, const std::string& message) {
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].path, "docs/items.json");
  EXPECT_EQ(r.problems[0].line, line);
  EXPECT_EQ(r.problems[0].message, message);
}

// ---- JSON

TEST(ReadJson, ReadsOneObjectWithTheFileIdWhenItHasNone) {
  ReadResult r = ReadJson(Src(R"({"title": "Cloud tour", "body": "Text.", "themes": ["tourism"]})"));
  EXPECT_THAT(r.problems, IsEmpty());
  ASSERT_EQ(r.records.size(), 1u);
  EXPECT_EQ(r.records[0].doc.id, "docs-items");
  EXPECT_EQ(r.records[0].doc.title, "Cloud tour");
  EXPECT_EQ(r.records[0].doc.body, "Text.");
  EXPECT_THAT(r.records[0].doc.themes, ElementsAre("tourism"));
}

TEST(ReadJson, KeepsTheIdTheObjectGives) {
  ReadResult r = ReadJson(Src(R"({"id": "own-id", "body": "Text."})"));
  EXPECT_THAT(Ids(r), ElementsAre("own-id"));
}

TEST(ReadJson, TakesTheFallbackTitleFromTheFirstLineOfTheBody) {
  ReadResult r = ReadJson(Src(R"({"body": "\n  First line  \nSecond line"})"));
  ASSERT_EQ(r.records.size(), 1u);
  EXPECT_EQ(r.records[0].doc.title, "");
  EXPECT_EQ(r.records[0].fallback_title, "First line");
}

TEST(ReadJson, NumbersTheIdsOfAnArraysElements) {
  ReadResult r = ReadJson(Src(R"([{"body": "a"}, {"id": "mine", "body": "b"}, {"body": "c"}])"));
  EXPECT_THAT(r.problems, IsEmpty());
  EXPECT_THAT(Ids(r), ElementsAre("docs-items-1", "mine", "docs-items-3"));
}

TEST(ReadJson, KeepsTheOtherElementsWhenOneIsBad) {
  ReadResult r = ReadJson(Src(R"([{"body": "a"}, {"title": 5, "body": "b"}, {"body": "c"}])"));
  EXPECT_THAT(Ids(r), ElementsAre("docs-items-1", "docs-items-3"));
  ExpectOneProblem(r, 0, "element 2: field 'title': expected a string, got a number");
}

TEST(ReadJson, ReportsAnElementThatIsNotAnObject) {
  ReadResult r = ReadJson(Src(R"([{"body": "a"}, "b"])"));
  EXPECT_THAT(Ids(r), ElementsAre("docs-items-1"));
  ExpectOneProblem(r, 0, "element 2: expected a document object, got a string");
}

TEST(ReadJson, RequiresABody) {
  ExpectOneProblem(ReadJson(Src(R"({"title": "No text"})")), 0,
                   "field 'body': is missing (required for JSON documents)");
  ExpectOneProblem(ReadJson(Src(R"({"title": "Null text", "body": null})")), 0,
                   "field 'body': is missing (required for JSON documents)");
}

TEST(ReadJson, RefusesAFileThatIsNeitherObjectNorArray) {
  ReadResult r = ReadJson(Src("42"));
  EXPECT_THAT(r.records, IsEmpty());
  ExpectOneProblem(r, 0, "expected a document object, got a number");
}

TEST(ReadJson, ReportsMalformedJson) {
  ReadResult r = ReadJson(Src("{\"body\": \"a\",}"));
  EXPECT_THAT(r.records, IsEmpty());
  ExpectOneProblem(r, 0, "malformed JSON: unexpected byte '}' in value");
}

TEST(ReadJson, ReportsInvalidUtf8WithLineAndByte) {
  ReadResult r = ReadJson(Src("{\n\"body\": \"\xC3\x28\"}"));
  EXPECT_THAT(r.records, IsEmpty());
  ExpectOneProblem(r, 0, "invalid UTF-8 at line 2, byte 11");
}

// ---- NDJSON

TEST(ReadNdjson, ReadsOneObjectALineNumberedByLine) {
  ReadResult r = ReadNdjson(Src("{\"body\": \"a\"}\n{\"id\": \"b\", \"body\": \"b\"}\r\n{\"body\": \"c\"}"));
  EXPECT_THAT(r.problems, IsEmpty());
  EXPECT_THAT(Ids(r), ElementsAre("docs-items-1", "b", "docs-items-3"));
  ASSERT_EQ(r.records.size(), 3u);
  EXPECT_EQ(r.records[2].line, 3);
}

TEST(ReadNdjson, KeepsTheOtherLinesWhenLineThreeIsBad) {
  ReadResult r = ReadNdjson(Src("{\"body\": \"a\"}\n{\"body\": \"b\"}\n{\"sdgs\": [18], \"body\": \"c\"}\n{\"body\": \"d\"}\n"));
  EXPECT_THAT(Ids(r), ElementsAre("docs-items-1", "docs-items-2", "docs-items-4"));
  ExpectOneProblem(r, 3, "field 'sdgs[0]': 18 is outside 1..17");
}

TEST(ReadNdjson, ReportsAMalformedLineWithItsNumber) {
  ReadResult r = ReadNdjson(Src("{\"body\": \"a\"}\n{\"body\": \"b\"}\n{\"body\": \n{\"body\": \"d\"}\n"));
  EXPECT_THAT(Ids(r), ElementsAre("docs-items-1", "docs-items-2", "docs-items-4"));
  ExpectOneProblem(r, 3, "malformed JSON: unexpected end of text");
}

TEST(ReadNdjson, IgnoresBlankLines) {
  ReadResult r = ReadNdjson(Src("\n{\"body\": \"a\"}\n   \n\t\n\r\n{\"body\": \"b\"}\n\n"));
  EXPECT_THAT(r.problems, IsEmpty());
  EXPECT_THAT(Ids(r), ElementsAre("docs-items-2", "docs-items-6"));
}

TEST(ReadNdjson, RequiresABodyOnEachLine) {
  ReadResult r = ReadNdjson(Src("{\"body\": \"a\"}\n{\"title\": \"b\"}\n"));
  EXPECT_THAT(Ids(r), ElementsAre("docs-items-1"));
  ExpectOneProblem(r, 2, "field 'body': is missing (required for JSON documents)");
}

TEST(ReadNdjson, ReportsALineThatIsNotAnObject) {
  ReadResult r = ReadNdjson(Src("[{\"body\": \"a\"}]\n"));
  EXPECT_THAT(r.records, IsEmpty());
  ExpectOneProblem(r, 1, "expected a document object, got an array");
}

TEST(ReadNdjson, ReportsInvalidUtf8WithTheFilesLineAndByte) {
  ReadResult r = ReadNdjson(Src("{\"body\": \"a\"}\n{\"body\": \"\xFF\"}\n{\"body\": \"c\"}\n"));
  EXPECT_THAT(Ids(r), ElementsAre("docs-items-1", "docs-items-3"));
  ExpectOneProblem(r, 2, "invalid UTF-8 at line 2, byte 24");
}

}  // namespace
}  // namespace silkdex::ingest
