// The query syntax of shared/contract/api.md.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "search/query_builder.h"
#include "support/index_fixture.h"

namespace silkdex {
namespace {

using ::testing::ElementsAre;
using ::testing::UnorderedElementsAre;
using testing::Doc;
using testing::IndexFixture;
using testing::Ids;

// The ids a plain search for `q` finds, in order (a failed search fails the test).
std::vector<std::string> IdsFound(Searcher& searcher, const std::string& q) {
  SearchRequest req;
  req.query = q;
  auto r = searcher.Search(req);
  EXPECT_TRUE(r.ok()) << q << ": " << r.status().ToString();
  return r.ok() ? Ids(*r) : std::vector<std::string>{};
}

class QuerySyntaxTest : public ::testing::Test {
 protected:
  static std::vector<Document> Corpus() {
    Document a = Doc("a", "Disaster risk reduction in Medellín", "Local strategy for floods and landslides.");
    a.themes = {"drr"};
    a.cities = {{"Medellín", "Colombia"}};
    a.partners = {"UNDRR", "PAHO/WHO"};
    a.tags = {"sendai"};
    a.sdgs = {11};
    a.date = "2020-10-06";
    a.type = "good_practice";
    Document b = Doc("b", "Risk of floods in tourism", "Heritage sites and reduction of visitor risk.");
    b.themes = {"tourism"};
    b.cities = {{"Luoyang", "China"}};
    b.partners = {"UNESCO"};
    b.date = "2019-03";
    b.type = "news";
    Document c = Doc("c", "Cloud tourism in Dunhuang", "Digital tours of heritage caves.");
    c.themes = {"tourism"};
    c.cities = {{"Dunhuang", "China"}};
    c.date = "2021";
    c.type = "good_practice";
    Document d = Doc("d", "Masques et santé", "Les villes distribuent des masques.");
    d.language = "fr";
    d.date = "2020";
    return {a, b, c, d};
  }

  std::vector<std::string> Q(const std::string& q) { return IdsFound(*searcher_, q); }

  IndexFixture fx_{Corpus()};
  std::unique_ptr<Searcher> searcher_ = fx_.Open();
};

TEST_F(QuerySyntaxTest, PhraseNeedsTheWordsInOrder) {
  EXPECT_THAT(Q("\"risk reduction\""), ElementsAre("a"));
  EXPECT_THAT(Q("risk reduction"), UnorderedElementsAre("a", "b"));
}

TEST_F(QuerySyntaxTest, BooleanOperators) {
  EXPECT_THAT(Q("floods AND heritage"), ElementsAre("b"));
  EXPECT_THAT(Q("landslides OR caves"), UnorderedElementsAre("a", "c"));
  EXPECT_THAT(Q("tourism NOT floods"), ElementsAre("c"));
  EXPECT_THAT(Q("tourism -floods"), ElementsAre("c"));
}

TEST_F(QuerySyntaxTest, TitlePrefixSearchesTitlesOnly) {
  EXPECT_THAT(Q("title:heritage"), ::testing::IsEmpty());
  EXPECT_THAT(Q("title:dunhuang"), ElementsAre("c"));
}

TEST_F(QuerySyntaxTest, FieldPrefixesFilter) {
  EXPECT_THAT(Q("city:medellin"), ElementsAre("a"));
  EXPECT_THAT(Q("city:Medellín risk"), ElementsAre("a"));
  EXPECT_THAT(Q("country:China"), UnorderedElementsAre("b", "c"));
  EXPECT_THAT(Q("theme:tourism heritage"), UnorderedElementsAre("b", "c"));
  EXPECT_THAT(Q("type:news"), ElementsAre("b"));
  EXPECT_THAT(Q("partner:UNESCO"), ElementsAre("b"));
  EXPECT_THAT(Q("partner:PAHO/WHO"), ElementsAre("a"));
  EXPECT_THAT(Q("tag:sendai"), ElementsAre("a"));
  EXPECT_THAT(Q("sdg:11"), ElementsAre("a"));
  EXPECT_THAT(Q("lang:fr"), ElementsAre("d"));
  EXPECT_THAT(Q("city:\"Medellín\""), ElementsAre("a"));
}

TEST_F(QuerySyntaxTest, YearRanges) {
  EXPECT_THAT(Q("year:2020"), UnorderedElementsAre("a", "d"));
  EXPECT_THAT(Q("year:2019..2020"), UnorderedElementsAre("a", "b", "d"));
  EXPECT_THAT(Q("year:2021.."), ElementsAre("c"));
  EXPECT_THAT(Q("year:..2019"), ElementsAre("b"));
  EXPECT_THAT(Q("tourism year:2019..2021"), UnorderedElementsAre("b", "c"));
}

TEST_F(QuerySyntaxTest, BadYearIsAnInvalidArgumentNamingIt) {
  SearchRequest req;
  req.query = "year:20x0";
  auto r = searcher_->Search(req);
  ASSERT_FALSE(r.ok());
  EXPECT_THAT(r.status(), testing::IsStatus(StatusCode::kInvalidArgument,
                                            "query: year:20x0: '20x0' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"));
}

TEST_F(QuerySyntaxTest, WildcardsExpand) {
  EXPECT_THAT(Q("landsl*"), ElementsAre("a"));
}

TEST_F(QuerySyntaxTest, StopWordsDoNotBlockAMatch) {
  EXPECT_THAT(Q("the caves of Dunhuang"), ElementsAre("c"));
}

// A hyphenated word is read as its parts, each stemmed, or as one word; the
// exact-word parse keeps the phrase, and a quoted phrase stays strict.
class HyphenatedWordTest : public ::testing::Test {
 protected:
  std::vector<std::string> Q(const std::string& q) { return IdsFound(*searcher_, q); }

  IndexFixture fx_{{Doc("a", "Regulatory T cell responses", "How a T cell answers an infection."),
                    Doc("b", "Ecommerce for small farmers", "Selling grain online."),
                    Doc("c", "E-commerce partnerships", "Cities and online shops."),
                    Doc("d", "Levels of IL6 in plasma", "Interleukin six measured in plasma."),
                    Doc("e", "Commerce in the old town", "E is for Europe.")}};
  std::unique_ptr<Searcher> searcher_ = fx_.Open();
};

TEST_F(HyphenatedWordTest, PartsAreStemmedWords) {
  EXPECT_THAT(Q("T-cells"), ElementsAre("a"));
}

TEST_F(HyphenatedWordTest, FindsTheWordWrittenWithoutItsHyphen) {
  EXPECT_THAT(Q("IL-6 plasma"), ElementsAre("d"));
  std::vector<std::string> ids = Q("e-commerce");
  ASSERT_FALSE(ids.empty());
  EXPECT_EQ(ids[0], "c");  // the hyphenated form (its phrase) first
  EXPECT_THAT(ids, ::testing::Contains("b"));
}

TEST_F(HyphenatedWordTest, QuotedPhraseStaysStrict) {
  EXPECT_THAT(Q("\"e-commerce partnerships\""), ElementsAre("c"));
  EXPECT_THAT(Q("\"t-cells\""), ::testing::IsEmpty());
}

TEST(DateBoundTest, CoversTheWholePeriod) {
  EXPECT_EQ(*search::DateBound("2020", false), "20200000");
  EXPECT_EQ(*search::DateBound("2020", true), "20209999");
  EXPECT_EQ(*search::DateBound("2020-05", true), "20200599");
  EXPECT_EQ(*search::DateBound("2020-05-03", true), "20200503");
}

}  // namespace
}  // namespace silkdex
