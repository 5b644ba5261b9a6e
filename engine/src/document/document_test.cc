#include "silkdex/document.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "support/test_support.h"

namespace silkdex {
namespace {

using ::silkdex::testing::IsOk;
using ::silkdex::testing::IsStatus;

// A document that passes ValidateDocument; each test breaks one field.
Document ValidDocument() {
  Document doc;
  doc.id = "dunhuang-cloud-tour";
  doc.type = "good_practice";
  doc.title = "Dunhuang cloud tour";
  doc.language = "en";
  doc.status = "published";
  return doc;
}

// ---- IsValidId

TEST(IsValidId, AcceptsTheIdAlphabet) {
  EXPECT_TRUE(IsValidId("a"));
  EXPECT_TRUE(IsValidId("Tourism_2020.v1-final"));
  EXPECT_TRUE(IsValidId(std::string(128, 'x')));
}

TEST(IsValidId, RefusesEmptyAndTooLongIds) {
  EXPECT_FALSE(IsValidId(""));
  EXPECT_FALSE(IsValidId(std::string(129, 'x')));
}

TEST(IsValidId, RefusesPathsSpacesAndNonAsciiCharacters) {
  EXPECT_FALSE(IsValidId("../../etc/passwd"));
  EXPECT_FALSE(IsValidId("a/b"));
  EXPECT_FALSE(IsValidId("a b"));
  EXPECT_FALSE(IsValidId("medellín"));
  EXPECT_FALSE(IsValidId(std::string("a\0b", 3)));
}

// ---- ValidateDocument

TEST(ValidateDocument, AcceptsAValidDocument) {
  Document doc = ValidDocument();
  doc.date = "2020-09-08";
  doc.themes = {"tourism", "health"};
  doc.sdgs = {1, 17};
  doc.views = 0;
  doc.cities = {{"Dunhuang", "China"}};
  doc.segments = {{0, 0, "", "a"}, {1000, 2000, "Ana", "b"}};
  EXPECT_THAT(ValidateDocument(doc), IsOk());
}

TEST(ValidateDocument, NamesABadId) {
  Document doc = ValidDocument();
  doc.id = "../x";
  EXPECT_THAT(ValidateDocument(doc),
              IsStatus(StatusCode::kInvalidArgument, "field 'id': '../x' is not 1 to 128 characters of A-Z a-z 0-9 . _ -"));
}

TEST(ValidateDocument, NamesAnUnknownType) {
  Document doc = ValidDocument();
  doc.type = "report";
  EXPECT_THAT(ValidateDocument(doc),
              IsStatus(StatusCode::kInvalidArgument,
                       "field 'type': 'report' is not one of good_practice, training_report, webinar_transcript, "
                       "publication, news, video, newsletter, other"));
}

TEST(ValidateDocument, NamesAnUnknownStatus) {
  Document doc = ValidDocument();
  doc.status = "live";
  EXPECT_THAT(ValidateDocument(doc),
              IsStatus(StatusCode::kInvalidArgument,
                       "field 'status': 'live' is not one of draft, in_review, published, rejected, archived"));
}

TEST(ValidateDocument, RequiresATitle) {
  Document doc = ValidDocument();
  doc.title.clear();
  EXPECT_THAT(ValidateDocument(doc), IsStatus(StatusCode::kInvalidArgument, "field 'title': is missing or empty"));
}

TEST(ValidateDocument, RequiresALowerCasePrimaryLanguageTag) {
  Document doc = ValidDocument();
  doc.language = "es-MX";
  EXPECT_THAT(ValidateDocument(doc),
              IsStatus(StatusCode::kInvalidArgument,
                       "field 'language': 'es-MX' is not a BCP-47 primary language tag such as 'en'"));
  doc.language = "";
  EXPECT_THAT(ValidateDocument(doc),
              IsStatus(StatusCode::kInvalidArgument,
                       "field 'language': '' is not a BCP-47 primary language tag such as 'en'"));
}

TEST(ValidateDocument, NamesAnImpossibleDate) {
  Document doc = ValidDocument();
  doc.date = "2021-02-29";
  EXPECT_THAT(ValidateDocument(doc), IsStatus(StatusCode::kInvalidArgument, "field 'date': '2021-02-29' has no day 29"));
}

TEST(ValidateDocument, NamesAnUnknownTheme) {
  Document doc = ValidDocument();
  doc.themes = {"health", "sports"};
  EXPECT_THAT(ValidateDocument(doc),
              IsStatus(StatusCode::kInvalidArgument,
                       "field 'themes': 'sports' is not one of health, agriculture, ecommerce, tourism, drr, "
                       "transport, green"));
}

TEST(ValidateDocument, NamesAnSdgOutsideOneToSeventeen) {
  Document doc = ValidDocument();
  doc.sdgs = {3, 18};
  EXPECT_THAT(ValidateDocument(doc), IsStatus(StatusCode::kInvalidArgument, "field 'sdgs': 18 is outside 1..17"));
  doc.sdgs = {0};
  EXPECT_THAT(ValidateDocument(doc), IsStatus(StatusCode::kInvalidArgument, "field 'sdgs': 0 is outside 1..17"));
}

TEST(ValidateDocument, RefusesNegativeViews) {
  Document doc = ValidDocument();
  doc.views = -1;
  EXPECT_THAT(ValidateDocument(doc), IsStatus(StatusCode::kInvalidArgument, "field 'views': must be 0 or more"));
}

TEST(ValidateDocument, RefusesACityWithoutAName) {
  Document doc = ValidDocument();
  doc.cities = {{"Dunhuang", "China"}, {"", "Mexico"}};
  EXPECT_THAT(ValidateDocument(doc), IsStatus(StatusCode::kInvalidArgument, "field 'cities': a city has no name"));
}

TEST(ValidateDocument, RefusesASegmentThatEndsBeforeItStarts) {
  Document doc = ValidDocument();
  doc.segments = {{0, 1000, "", "a"}, {5000, 1000, "", "b"}};
  EXPECT_THAT(ValidateDocument(doc),
              IsStatus(StatusCode::kInvalidArgument,
                       "field 'segments': segment 2 ends (00:00:01.000) before it starts (00:00:05.000)"));
}

// ---- NormalizeDate

TEST(NormalizeDate, PadsMissingPartsWithZeros) {
  EXPECT_EQ(NormalizeDate("2020").value(), "20200000");
  EXPECT_EQ(NormalizeDate("2020-09").value(), "20200900");
  EXPECT_EQ(NormalizeDate("2020-09-08").value(), "20200908");
}

TEST(NormalizeDate, YearAloneSortsBeforeAnyDayOfThatYear) {
  EXPECT_LT(NormalizeDate("2020").value(), NormalizeDate("2020-01-05").value());
}

TEST(NormalizeDate, AcceptsTheTwentyNinthOfFebruaryInLeapYearsOnly) {
  EXPECT_EQ(NormalizeDate("2020-02-29").value(), "20200229");
  EXPECT_EQ(NormalizeDate("2000-02-29").value(), "20000229");  // divisible by 400
  EXPECT_THAT(NormalizeDate("2021-02-29").status(), IsStatus(StatusCode::kInvalidArgument, "'2021-02-29' has no day 29"));
  EXPECT_THAT(NormalizeDate("1900-02-29").status(), IsStatus(StatusCode::kInvalidArgument, "'1900-02-29' has no day 29"));
}

TEST(NormalizeDate, RefusesDaysPastTheEndOfTheMonth) {
  EXPECT_EQ(NormalizeDate("2021-01-31").value(), "20210131");
  EXPECT_THAT(NormalizeDate("2021-04-31").status(), IsStatus(StatusCode::kInvalidArgument, "'2021-04-31' has no day 31"));
  EXPECT_THAT(NormalizeDate("2021-04-00").status(), IsStatus(StatusCode::kInvalidArgument, "'2021-04-00' has no day 0"));
}

TEST(NormalizeDate, RefusesMonthsOutsideOneToTwelve) {
  EXPECT_THAT(NormalizeDate("2020-13").status(), IsStatus(StatusCode::kInvalidArgument, "'2020-13' has no month 13"));
  EXPECT_THAT(NormalizeDate("2020-00-10").status(), IsStatus(StatusCode::kInvalidArgument, "'2020-00-10' has no month 0"));
}

TEST(NormalizeDate, RefusesOtherShapes) {
  for (const char* bad : {"", "20", "20200", "2020-9-8", "2020/09/08", "2020-09-08T10:00", "08.09.2020", "year"}) {
    EXPECT_THAT(NormalizeDate(bad).status(),
                IsStatus(StatusCode::kInvalidArgument,
                         "'" + std::string(bad) + "' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"))
        << bad;
  }
}

// ---- ParseTimestamp

TEST(ParseTimestamp, ReadsHoursMinutesSeconds) {
  EXPECT_EQ(ParseTimestamp("01:02:03").value(), 3723000);
  EXPECT_EQ(ParseTimestamp("00:00:00").value(), 0);
}

TEST(ParseTimestamp, ReadsMilliseconds) {
  EXPECT_EQ(ParseTimestamp("01:02:03.456").value(), 3723456);
}

TEST(ParseTimestamp, ReadsTheWebVttShortFormWithoutHours) {
  EXPECT_EQ(ParseTimestamp("02:03.456").value(), 123456);
}

TEST(ParseTimestamp, ReadsTheSrtCommaBeforeMilliseconds) {
  EXPECT_EQ(ParseTimestamp("01:02:03,456").value(), 3723456);
}

TEST(ParseTimestamp, AcceptsHoursWithMoreThanTwoDigits) {
  EXPECT_EQ(ParseTimestamp("100:00:00.000").value(), 360000000);
}

TEST(ParseTimestamp, RefusesMalformedTimestamps) {
  for (const char* bad : {"", "00:1x:00.000", "12", "01:02:03:04", "01:02:", ":02:03", "01:60:00", "01:02:60",
                          "01:02:03.4", "01:02:03.4567", "01:02:03.", "-01:02:03", "01:2:03", "0:1:2", "00:0059:00"}) {
    EXPECT_THAT(ParseTimestamp(bad).status(),
                IsStatus(StatusCode::kInvalidArgument, "timestamp '" + std::string(bad) + "' is not HH:MM:SS.mmm"))
        << bad;
  }
}

// ---- FormatTimestamp

TEST(FormatTimestamp, WritesHoursMinutesSecondsAndMilliseconds) {
  EXPECT_EQ(FormatTimestamp(3723456), "01:02:03.456");
  EXPECT_EQ(FormatTimestamp(0), "00:00:00.000");
}

TEST(FormatTimestamp, LeavesOutMillisecondsWhenAsked) {
  EXPECT_EQ(FormatTimestamp(3723456, /*with_millis=*/false), "01:02:03");
}

TEST(FormatTimestamp, WritesMoreThanTwoDigitsOfHours) {
  EXPECT_EQ(FormatTimestamp(360000000), "100:00:00.000");
}

TEST(FormatTimestamp, RoundTripsThroughParseTimestamp) {
  for (int64_t ms : {0LL, 1LL, 59999LL, 3599999LL, 86400000LL})
    EXPECT_EQ(ParseTimestamp(FormatTimestamp(ms)).value(), ms) << ms;
}

}  // namespace
}  // namespace silkdex
