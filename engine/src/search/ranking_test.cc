// The ranking defaults chosen on SciFact's training queries and the demo
// evaluation (docs/quality.md): documents with every one of a few keywords
// come first, a longer query ranks by any of its words, every word is stemmed
// however it is capitalised, and a word's exact form counts above its other
// forms without counting twice.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "search/query_builder.h"
#include "silkdex/search.h"
#include "support/index_fixture.h"

namespace silkdex {
namespace {

using ::testing::ElementsAre;
using ::testing::UnorderedElementsAre;
using testing::Doc;
using testing::IndexFixture;
using testing::Ids;

SearchResponse Find(Searcher& s, const std::string& q) {
  SearchRequest req;
  req.query = q;
  auto r = s.Search(req);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return r.ok() ? std::move(r).value() : SearchResponse{};
}

TEST(RankingTest, UpToFourWordsDocumentsWithEveryWordComeFirst) {
  IndexFixture fx({Doc("all", "Flood early warning", "A warning system for floods in cities."),
                   Doc("some", "Early childhood", "Schools and early learning in cities.")});
  auto s = fx.Open();
  auto r = Find(*s, "flood early warning cities");
  EXPECT_THAT(Ids(r), ElementsAre("all", "some"));
  EXPECT_EQ(r.total, 2u);
  EXPECT_FALSE(r.relaxed);
  // Asking for every word keeps only the documents that have them all.
  SearchRequest every;
  every.query = "flood early warning cities";
  every.every_word = true;
  auto e = s->Search(every);
  ASSERT_TRUE(e.ok()) << e.status().ToString();
  EXPECT_THAT(Ids(*e), ElementsAre("all"));
  EXPECT_EQ(e->total, 1u);
  EXPECT_FALSE(e->relaxed);
}

TEST(RankingTest, EveryWordOutranksOneWordMatchedMuchBetter) {
  // "tsunami" is rare and fills the partial match's title and body; ranked by
  // any word it would come first. The document with both words does.
  IndexFixture fx({Doc("partial", "Tsunami", "Tsunami, tsunami: the tsunami season and tsunami drills."),
                   Doc("both", "Annual report of the city council",
                       "The city council met on the annual budget, schools, roads, parks, water supply, waste "
                       "collection, housing, public transport, libraries and a tsunami drill."),
                   Doc("c1", "City news", "The city."), Doc("c2", "City parks", "A city park."),
                   Doc("c3", "City roads", "City roads.")});
  auto s = fx.Open();
  auto r = Find(*s, "tsunami city");
  ASSERT_GE(r.hits.size(), 2u);
  EXPECT_EQ(r.hits[0].id, "both");
  EXPECT_EQ(r.hits[1].id, "partial");
  EXPECT_FALSE(r.relaxed);
}

TEST(RankingTest, LongerQueriesRankByAnyWordWithoutRelaxing) {
  // No document has all six words; the one with most of them, and the rarest, comes first.
  IndexFixture fx({Doc("most", "Flood early warning", "A warning system for floods in coastal cities."),
                   Doc("few", "Early childhood", "Schools and early learning in cities."),
                   Doc("none", "Budgets", "Municipal finance.")});
  auto s = fx.Open();
  auto r = Find(*s, "early warning system for coastal floods tsunami");
  EXPECT_THAT(Ids(r), ElementsAre("most", "few"));
  EXPECT_FALSE(r.relaxed);
}

TEST(RankingTest, SynonymsDoNotMakeAShortQueryLong) {
  // `DRR plans` is two typed words, although the synonym adds three: both must match.
  IndexFixture fx({Doc("both", "Plans", "Disaster risk reduction plans of Udine."),
                   Doc("one", "Other plans", "Transport plans.")});
  auto s = fx.Open();
  auto r = Find(*s, "DRR plans");
  ASSERT_FALSE(r.hits.empty());
  EXPECT_EQ(r.hits[0].id, "both");
  EXPECT_FALSE(r.relaxed);
  SearchRequest every;
  every.query = "DRR plans";
  every.every_word = true;
  auto e = s->Search(every);
  ASSERT_TRUE(e.ok()) << e.status().ToString();
  EXPECT_THAT(Ids(*e), ElementsAre("both"));
}

TEST(RankingTest, CapitalisedWordsAreStemmedToo) {
  // Xapian leaves a capitalised query word unstemmed; the first word of a sentence is one.
  IndexFixture fx({Doc("statin", "Cholesterol", "A statin lowers cholesterol."),
                   Doc("other", "Diet", "Fibre lowers cholesterol.")});
  auto s = fx.Open();
  EXPECT_THAT(Ids(Find(*s, "Statins")), ElementsAre("statin"));
  auto r = Find(*s, "Statins lower the cholesterol of most adults");
  ASSERT_FALSE(r.hits.empty());
  EXPECT_EQ(r.hits[0].id, "statin");
}

TEST(RankingTest, ExactFormRanksAboveOtherFormsOfTheWord) {
  IndexFixture fx({Doc("maps", "Flood maps", "Maps of the river."), Doc("mapping", "Flood mapping", "Mapping the river.")});
  auto s = fx.Open();
  EXPECT_THAT(Ids(Find(*s, "mapping")), ElementsAre("mapping", "maps"));
  EXPECT_THAT(Ids(Find(*s, "maps")), ElementsAre("maps", "mapping"));
}

TEST(RankingTest, OperatorsSurviveTheLowerCasing) {
  IndexFixture fx({Doc("a", "Flood maps", "maps"), Doc("b", "Cyclone maps", "maps"), Doc("c", "Budget", "x")});
  auto s = fx.Open();
  EXPECT_THAT(Ids(Find(*s, "maps NOT cyclone")), ElementsAre("a"));
  EXPECT_THAT(Ids(Find(*s, "Flood OR Cyclone")), UnorderedElementsAre("a", "b"));
  EXPECT_THAT(Ids(Find(*s, "Flood NEAR/2 Maps")), ElementsAre("a"));
}

TEST(RankingTest, WordCountLeavesOutStopWordsAndFilters) {
  IndexFixture fx({Doc("a", "A", "x")});
  Xapian::Database db(fx.path().string());
  analysis::Analyzer analyzer(analysis::DefaultDefinitions());
  search::QueryBuilder builder(analyzer, db);
  SearchRequest req;
  req.query = "the plans of the cities theme:drr year:2020";
  req.query_language = "en";
  auto p = builder.Parse(req, search::WordRule::kAllWhenShort);
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  EXPECT_EQ(p->word_count, 2u);
  EXPECT_TRUE(p->all_words);
  req.query = "one two three four five";
  p = builder.Parse(req, search::WordRule::kAllWhenShort);
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->word_count, 5u);
  EXPECT_FALSE(p->all_words);
  p = builder.Parse(req, search::WordRule::kAll);
  ASSERT_TRUE(p.ok());
  EXPECT_TRUE(p->all_words);
}

TEST(RankingTest, BritishAndAmericanSpellingsFindEachOther) {
  IndexFixture fx({Doc("us", "Tumor growth", "Tumor cells and hematopoietic stem cells in the marrow."),
                   Doc("uk", "Tumour growth", "Tumour cells and haematopoietic stem cells in the marrow."),
                   Doc("other", "Budgets", "Municipal finance of the city."),
                   Doc("canes", "Walking canes", "Canes for the elderly, sold by Michel.")});
  auto s = fx.Open();
  SearchRequest req;
  req.query_language = "en";
  for (const char* q : {"tumour", "tumor", "haematopoietic cells", "hematopoietic cells"}) {
    req.query = q;
    auto r = s->Search(req);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    EXPECT_THAT(Ids(*r), UnorderedElementsAre("us", "uk")) << q;
    // The spelling typed ranks first only by the exact form's fifth.
    ASSERT_FALSE(r->hits.empty());
    EXPECT_EQ(r->hits[0].id, std::string(q).find("ou") != std::string::npos || std::string(q).find("ae") != std::string::npos ? "uk" : "us") << q;
  }
  // A plural or a name is not another spelling ("canoes" is not "canes").
  for (const char* q : {"canoes", "michael"}) {
    req.query = q;
    auto r = s->Search(req);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    EXPECT_THAT(Ids(*r), ::testing::IsEmpty()) << q;
  }
  // A quoted phrase keeps its spelling.
  req.query = "\"tumour growth\"";
  auto r = s->Search(req);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_THAT(Ids(*r), ElementsAre("uk"));
}

}  // namespace
}  // namespace silkdex
