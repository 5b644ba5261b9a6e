// The hit-field reader sets exactly what DocumentFromJson sets for the fields
// a hit shows, on every document of the demo corpus and on awkward JSON.
#include "search/hit_fields.h"

#include <gtest/gtest.h>

#include "silkdex/document_json.h"
#include "silkdex/ingest.h"
#include "support/test_support.h"

namespace silkdex::search {
namespace {

// What DocumentFromJson gives, with only the fields a hit shows.
Result<Document> Reference(std::string_view json) {
  auto full = DocumentFromJson(json);
  if (!full.ok()) return full.status();
  Document d;
  d.id = full->id;
  d.type = full->type;
  d.title = full->title;
  d.summary = full->summary;
  d.body = full->body;
  d.language = full->language;
  d.date = full->date;
  d.status = full->status;
  d.cities = full->cities;
  d.countries = full->countries;
  d.themes = full->themes;
  d.segments = full->segments;
  return d;
}

void ExpectSameAsFullParser(std::string_view json) {
  auto want = Reference(json);
  auto got = HitFieldsFromJson(json);
  ASSERT_EQ(got.ok(), want.ok()) << json;
  if (!want.ok()) {
    EXPECT_EQ(got.status().ToString(), want.status().ToString()) << json;
    return;
  }
  EXPECT_TRUE(*got == *want) << json;
}

TEST(HitFieldsFromJson, MatchesTheFullParserOnEveryDemoDocument) {
  auto files = ListFolder(testing::DemoCorpus());
  ASSERT_TRUE(files.ok());
  size_t docs = 0, transcripts = 0;
  for (const auto& f : *files) {
    FileIngest r = IngestFile(f, testing::DemoCorpus());
    for (const auto& d : r.documents) {
      std::string json = DocumentToJson(d);
      ExpectSameAsFullParser(json);
      auto got = HitFieldsFromJson(json);
      ASSERT_TRUE(got.ok());
      EXPECT_EQ(got->body, d.body);
      EXPECT_EQ(got->segments, d.segments);
      ++docs;
      transcripts += !d.segments.empty();
    }
  }
  EXPECT_GT(docs, 50u);
  EXPECT_GT(transcripts, 0u);
}

TEST(HitFieldsFromJson, DecodesEveryEscapeAndKeepsUtf8) {
  Document d;
  d.id = "esc";
  d.title = "Quotes \" and \\ backslash / slash \b\f\n\r\t and \x01\x1f controls";
  d.summary = "Ürümqi, 敦煌, Medellín, emoji \xF0\x9F\x98\x80 and <b>tags</b> & ampersands";
  d.body = std::string(70000, 'x') + " long";
  d.language = "zh";
  d.date = "2020-05";
  d.status = "published";
  d.cities = {{"Medellín", "Colombia"}, {"Dunhuang", ""}};
  d.countries = {"Colombia", "China"};
  d.themes = {"tourism", "health"};
  d.tags = {"x"};
  d.sdgs = {3, 11};
  d.views = 42;
  d.extracted = {{"organization", {"UNOSSC", "a \"quoted\" one"}}};
  d.suggested_themes = {{"tourism", 0.75, {"visitors"}, "tourism", "1.0"}};
  d.quantities = {{1094000, "", "masks", "1,094,000 masks", "health"}};
  d.segments = {{0, 1500, "Ms. Li", "Welcome \"all\"."}, {1500, 1500, "", "Second\tcue"}};
  ExpectSameAsFullParser(DocumentToJson(d));
}

TEST(HitFieldsFromJson, HandsWhatItDoesNotExpectToTheFullParser) {
  for (const char* json : {
           R"({"id":"a","cities":["Medellín, Colombia"]})",              // city as a string
           R"({"id":"a","date":2020})",                                   // year as a number
           R"({"id":"a","title":"\ud83d\ude00 smile"})",                   // surrogate pair
           R"({"id":"a","title":"lone \ud83d"})",                          // lone surrogate
           R"({"id":"a","title":"nul \u0000 byte"})",
           R"({"id":"a","title":"\u00e9t\u00E9 \u4e2d"})",                 // escaped BMP characters
           R"( { "id" : "a" , "themes" : [ "drr" , "" , "health" ] , "status" : null } )",
           R"({"id":"a","segments":[{"start":"00:00:01.000","text":"no end"}]})",
           R"({"id":"a","segments":[{"start":"bad","text":"t"}]})",
           R"({"id":"a","segments":[{"end":"00:00:01.000","text":"no start"}]})",
           R"({"id":"a","segments":[{"start":"00:00:01.000","speaker":null,"text":"t"}]})",
           R"({"id":"a","cities":[{"name":null,"country":"X"}]})",
           R"({"id":"a","cities":[{"name":"N","country":null,"extra":[1,{"k":[]}]}]})",
           R"({"id":"a","title":42})",
           R"({"id":"a","extracted":{"org":[[[[[[[[[[[[[[[[[[["deep"]]]]]]]]]]]]]]]]]]]}})",
           R"({"id":"a","views":1000,"sdgs":[1,2],"ok":true,"no":false,"nothing":null,"n":-1.5e-3})",
           R"({"id":"a","title":"raw)" "\n" R"(newline"})",
           R"({"id":"a",)",
           R"({"id":"a"} trailing)",
           R"(["not","an","object"])",
           R"("just a string")",
           "{\"id\":\"bad \xff utf8\"}",
           "\xEF\xBB\xBF{\"id\":\"bom\"}",
           R"({})",
       })
    ExpectSameAsFullParser(json);
}

TEST(HitFieldsFromJson, DoesNotCheckFieldsAHitDoesNotShow) {
  // The full parser refuses these values; a hit does not show them, so the
  // reader skips them unread (stored documents were checked when indexed).
  const char* json = R"({"id":"a","title":"T","views":1e3,"sdgs":[18]})";
  EXPECT_FALSE(DocumentFromJson(json).ok());
  auto got = HitFieldsFromJson(json);
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(got->title, "T");
}

}  // namespace
}  // namespace silkdex::search
