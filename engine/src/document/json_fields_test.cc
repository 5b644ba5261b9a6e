#include "document/json_fields.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "silkdex/document_json.h"
#include "support/test_support.h"

namespace silkdex {
namespace {

using ::silkdex::testing::IsStatus;

Document FullDocument() {
  Document doc;
  doc.id = "medellin-good-practice";
  doc.type = "good_practice";
  doc.title = "Medellín: urban resilience";
  doc.summary = "How Medellín \"builds\" resilience.";
  doc.body = "Line one\nLine two with 中文 and a tab\t.";
  doc.language = "es";
  doc.date = "2020-09-08";
  doc.cities = {{"Medellín", "Colombia"}, {"Dunhuang", ""}};
  doc.countries = {"Colombia", "China"};
  doc.themes = {"drr", "tourism"};
  doc.tags = {"resilience"};
  doc.partners = {"UNDRR", "PAHO/WHO"};
  doc.sdgs = {11, 13};
  doc.source_url = "https://example.org/medellin";
  doc.views = 1200;
  doc.status = "in_review";
  doc.segments = {{62500, 65000, "Ana", "Hola"}, {65000, 70000, "", "Adiós"}};
  doc.source = "drr/medellin.json";
  return doc;
}

TEST(DocumentJson, RoundTripsEveryField) {
  Document doc = FullDocument();
  auto back = DocumentFromJson(DocumentToJson(doc));
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(*back, doc);
}

TEST(DocumentJson, RoundTripsMissingViewsAsMissing) {
  Document doc = FullDocument();
  doc.views.reset();
  auto back = DocumentFromJson(DocumentToJson(doc));
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_FALSE(back->views.has_value());
}

TEST(DocumentToJson, WritesKeysInContractOrderAndLeavesOutEmptyFields) {
  Document doc;
  doc.id = "a";
  doc.title = "T";
  doc.sdgs = {3};
  doc.body = "b";
  EXPECT_EQ(DocumentToJson(doc), R"({"id":"a","title":"T","sdgs":[3],"body":"b"})");
}

TEST(DocumentToJson, WritesSegmentTimesAsTimestamps) {
  Document doc;
  doc.segments = {{62500, 65000, "Ana", "Hola"}};
  EXPECT_EQ(DocumentToJson(doc),
            R"({"segments":[{"start":"00:01:02.500","end":"00:01:05.000","speaker":"Ana","text":"Hola"}]})");
}

TEST(DocumentFromJson, IgnoresUnknownFields) {
  auto doc = DocumentFromJson(R"({"title": "T", "colour": "blue"})");
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->title, "T");
}

TEST(DocumentFromJson, TreatsNullAsAbsent) {
  auto doc = DocumentFromJson(
      R"({"title": null, "views": null, "sdgs": null, "cities": null, "segments": null, "date": null, "body": "b"})");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  Document expected;
  expected.body = "b";
  EXPECT_EQ(*doc, expected);
}

TEST(DocumentFromJson, NamesAWrongScalarType) {
  EXPECT_THAT(DocumentFromJson(R"({"title": 5})").status(),
              IsStatus(StatusCode::kInvalidArgument, "field 'title': expected a string, got a number"));
  EXPECT_THAT(DocumentFromJson(R"({"summary": ["a"]})").status(),
              IsStatus(StatusCode::kInvalidArgument, "field 'summary': expected a string, got an array"));
  EXPECT_THAT(DocumentFromJson(R"({"language": {"code": "en"}})").status(),
              IsStatus(StatusCode::kInvalidArgument, "field 'language': expected a string, got an object"));
  EXPECT_THAT(DocumentFromJson(R"({"status": true})").status(),
              IsStatus(StatusCode::kInvalidArgument, "field 'status': expected a string, got true or false"));
}

TEST(DocumentFromJson, NamesTheArrayElementOfAWrongType) {
  EXPECT_THAT(DocumentFromJson(R"({"sdgs": [3, "11"]})").status(),
              IsStatus(StatusCode::kInvalidArgument, "field 'sdgs[1]': expected an integer, got a string"));
  EXPECT_THAT(DocumentFromJson(R"({"sdgs": ["3"]})").status(),
              IsStatus(StatusCode::kInvalidArgument, "field 'sdgs[0]': expected an integer, got a string"));
  EXPECT_THAT(DocumentFromJson(R"({"countries": ["China", 7]})").status(),
              IsStatus(StatusCode::kInvalidArgument, "field 'countries[1]': expected a string, got a number"));
}

TEST(DocumentFromJson, NamesAListGivenAsAScalar) {
  EXPECT_THAT(DocumentFromJson(R"({"sdgs": 3})").status(),
              IsStatus(StatusCode::kInvalidArgument, "field 'sdgs': expected an array of integers, got a number"));
  EXPECT_THAT(DocumentFromJson(R"({"themes": "health"})").status(),
              IsStatus(StatusCode::kInvalidArgument, "field 'themes': expected an array of strings, got a string"));
  EXPECT_THAT(DocumentFromJson(R"({"cities": "Medellín"})").status(),
              IsStatus(StatusCode::kInvalidArgument, "field 'cities': expected an array of cities, got a string"));
  EXPECT_THAT(DocumentFromJson(R"({"segments": {}})").status(),
              IsStatus(StatusCode::kInvalidArgument, "field 'segments': expected an array of segments, got an object"));
}

TEST(DocumentFromJson, RefusesAnSdgOutsideOneToSeventeen) {
  EXPECT_THAT(DocumentFromJson(R"({"sdgs": [3, 18]})").status(),
              IsStatus(StatusCode::kInvalidArgument, "field 'sdgs[1]': 18 is outside 1..17"));
}

TEST(DocumentFromJson, RefusesFractionalBooleanAndNegativeViews) {
  EXPECT_THAT(DocumentFromJson(R"({"views": 1.5})").status(),
              IsStatus(StatusCode::kInvalidArgument, "field 'views': expected an integer, got a number"));
  EXPECT_THAT(DocumentFromJson(R"({"views": true})").status(),
              IsStatus(StatusCode::kInvalidArgument, "field 'views': expected an integer, got true or false"));
  EXPECT_THAT(DocumentFromJson(R"({"views": -1})").status(),
              IsStatus(StatusCode::kInvalidArgument, "field 'views': must be 0 or more, got -1"));
}

TEST(DocumentFromJson, ReadsCitiesGivenAsStrings) {
  auto doc = DocumentFromJson(R"({"cities": ["Medellín, Colombia", " Dunhuang ", "Xi'an, Shaanxi, China"]})");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_THAT(doc->cities, ::testing::ElementsAre(City{"Medellín", "Colombia"}, City{"Dunhuang", ""},
                                                  City{"Xi'an, Shaanxi", "China"}));
}

TEST(DocumentFromJson, ReadsCitiesGivenAsObjects) {
  auto doc = DocumentFromJson(
      R"({"cities": [{"name": "Udine", "country": "Italy"}, {"name": "Chandigarh"}, {"name": "Quito", "country": null}]})");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_THAT(doc->cities, ::testing::ElementsAre(City{"Udine", "Italy"}, City{"Chandigarh", ""}, City{"Quito", ""}));
}

TEST(DocumentFromJson, NamesTheFieldOfABadCity) {
  EXPECT_THAT(DocumentFromJson(R"({"cities": [{"name": "Udine"}, {"country": "Italy"}]})").status(),
              IsStatus(StatusCode::kInvalidArgument, "field 'cities[1].name': is missing"));
  EXPECT_THAT(DocumentFromJson(R"({"cities": [{"name": null, "country": "Italy"}]})").status(),
              IsStatus(StatusCode::kInvalidArgument, "field 'cities[0].name': is missing"));
  EXPECT_THAT(DocumentFromJson(R"({"cities": [{"name": 3}]})").status(),
              IsStatus(StatusCode::kInvalidArgument, "field 'cities[0].name': expected a string, got a number"));
  EXPECT_THAT(DocumentFromJson(R"({"cities": [{"name": "Udine", "country": ["Italy"]}]})").status(),
              IsStatus(StatusCode::kInvalidArgument, "field 'cities[0].country': expected a string, got an array"));
  EXPECT_THAT(DocumentFromJson(R"({"cities": [42]})").status(),
              IsStatus(StatusCode::kInvalidArgument,
                       "field 'cities[0]': expected an object {\"name\", \"country\"} or a string, got a number"));
}

TEST(DocumentFromJson, ReadsSegments) {
  auto doc = DocumentFromJson(R"({"segments": [
      {"start": "00:01:02.500", "end": "00:01:05", "speaker": "Ana", "text": "Hola"},
      {"start": "01:05.000", "text": "no end, no speaker"}]})");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_THAT(doc->segments, ::testing::ElementsAre(Segment{62500, 65000, "Ana", "Hola"},
                                                    Segment{65000, 65000, "", "no end, no speaker"}));
}

TEST(DocumentFromJson, TreatsANullSegmentEndAsAbsent) {
  auto doc = DocumentFromJson(R"({"segments": [{"start": "00:00:01.000", "end": null, "speaker": null, "text": "x"}]})");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_THAT(doc->segments, ::testing::ElementsAre(Segment{1000, 1000, "", "x"}));
}

TEST(DocumentFromJson, NamesTheFieldOfABadSegment) {
  EXPECT_THAT(DocumentFromJson(R"({"segments": [{"text": "x"}]})").status(),
              IsStatus(StatusCode::kInvalidArgument, "field 'segments[0].start': is missing"));
  EXPECT_THAT(DocumentFromJson(R"({"segments": [{"start": "00:00:01", "text": null}]})").status(),
              IsStatus(StatusCode::kInvalidArgument, "field 'segments[0].text': is missing"));
  EXPECT_THAT(DocumentFromJson(R"({"segments": [{"start": "00:1x:00.000", "text": "x"}]})").status(),
              IsStatus(StatusCode::kInvalidArgument,
                       "field 'segments[0].start': timestamp '00:1x:00.000' is not HH:MM:SS.mmm"));
  EXPECT_THAT(DocumentFromJson(R"({"segments": [{"start": 12, "text": "x"}]})").status(),
              IsStatus(StatusCode::kInvalidArgument, "field 'segments[0].start': expected a string, got a number"));
  EXPECT_THAT(DocumentFromJson(R"({"segments": ["00:00:01 hello"]})").status(),
              IsStatus(StatusCode::kInvalidArgument, "field 'segments[0]': expected an object, got a string"));
}

TEST(DocumentFromJson, ReadsABareYearAsADate) {
  auto doc = DocumentFromJson(R"({"date": 2020})");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->date, "2020");
}

TEST(DocumentFromJson, RefusesAnythingButAnObject) {
  EXPECT_THAT(DocumentFromJson("[{}]").status(),
              IsStatus(StatusCode::kInvalidArgument, "expected a JSON object, got an array"));
  EXPECT_THAT(DocumentFromJson("\"text\"").status(),
              IsStatus(StatusCode::kInvalidArgument, "expected a JSON object, got a string"));
}

TEST(DocumentFromJson, ReportsMalformedJson) {
  EXPECT_THAT(DocumentFromJson("{\"title\": \"T\",\n \"body\": }").status(),
              IsStatus(StatusCode::kInvalidArgument, "malformed JSON: unexpected byte '}' in value"));
  EXPECT_THAT(DocumentFromJson("{\"title\": \"T\"").status(),
              IsStatus(StatusCode::kInvalidArgument, "malformed JSON: expected ',' or '}' after member value"));
  EXPECT_THAT(DocumentFromJson("").status(),
              IsStatus(StatusCode::kInvalidArgument, "malformed JSON: unexpected end of text"));
  EXPECT_THAT(DocumentFromJson("nope").status(),
              IsStatus(StatusCode::kInvalidArgument, "malformed JSON: expected 'u' instead of byte 'o'"));
}

TEST(DocumentFromJson, ReportsInvalidUtf8WithLineAndByte) {
  EXPECT_THAT(DocumentFromJson("{\"title\":\n \"caf\xE9\"}").status(),
              IsStatus(StatusCode::kInvalidArgument, "invalid UTF-8 at line 2, byte 15"));
}

TEST(DocumentFromJson, AcceptsALeadingByteOrderMark) {
  auto doc = DocumentFromJson("\xEF\xBB\xBF{\"title\": \"T\"}");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->title, "T");
}

TEST(DocumentFromJson, RefusesNestingOneHundredThousandDeepWithoutCrashing) {
  std::string deep = std::string(100000, '[') + std::string(100000, ']');
  EXPECT_THAT(DocumentFromJson(deep).status(),
              IsStatus(StatusCode::kResourceExhausted, "JSON nested deeper than 64 levels"));
  std::string deep_field = "{\"tags\": " + std::string(100000, '[') + std::string(100000, ']') + "}";
  EXPECT_THAT(DocumentFromJson(deep_field).status(),
              IsStatus(StatusCode::kResourceExhausted, "JSON nested deeper than 64 levels"));
}

TEST(DocumentFromJson, RefusesUnclosedNestingOneHundredThousandDeepWithoutCrashing) {
  EXPECT_THAT(DocumentFromJson(std::string(100000, '[')).status(),
              IsStatus(StatusCode::kResourceExhausted, "JSON nested deeper than 64 levels"));
}

TEST(DocumentFromJson, AcceptsNestingUpToTheLimit) {
  // The document object is one level; an unknown field may nest to the limit.
  std::string ok = "{\"x\": " + std::string(json::kMaxDepth - 1, '[') + std::string(json::kMaxDepth - 1, ']') + "}";
  EXPECT_TRUE(DocumentFromJson(ok).ok()) << DocumentFromJson(ok).status().ToString();
}

}  // namespace
}  // namespace silkdex
