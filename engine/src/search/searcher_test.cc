// Search behaviour a person sees: ranking by field, languages, facets, sorting,
// paging, snippets, transcript moments, did-you-mean, visibility.
#include "silkdex/search.h"

#include <map>
#include <set>
#include <thread>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <Poco/JSON/Parser.h>

#include "support/index_fixture.h"

namespace silkdex {
namespace {

using ::testing::ElementsAre;
using ::testing::UnorderedElementsAre;
using testing::Doc;
using testing::IndexFixture;
using testing::Ids;
using testing::IsStatus;

SearchResponse Find(Searcher& s, SearchRequest req) {
  auto r = s.Search(req);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return r.ok() ? std::move(r).value() : SearchResponse{};
}

SearchResponse Find(Searcher& s, const std::string& q) {
  SearchRequest req;
  req.query = q;
  return Find(s, req);
}

std::vector<FacetCount> FacetOf(const SearchResponse& r, const std::string& name) {
  for (const auto& [n, v] : r.facets)
    if (n == name) return v;
  return {};
}

TEST(SearcherTest, TitleMatchRanksAboveBodyMatch) {
  IndexFixture fx({Doc("body", "Annual report", "A long text that mentions composting once among many other words."),
                   Doc("title", "Composting in green cities", "Waste streams and what cities do with them.")});
  auto s = fx.Open();
  EXPECT_THAT(Ids(Find(*s, "composting")), ElementsAre("title", "body"));
}

TEST(SearcherTest, StemsEachDocumentInItsOwnLanguage) {
  Document es = Doc("es", "Turismo sostenible", "Las ciudades mexicanas comparten experiencias de turismo.");
  es.language = "es";
  Document fr = Doc("fr", "Villes résilientes", "Les villes partagent leurs stratégies de réduction des risques.");
  fr.language = "fr";
  Document pt = Doc("pt", "Cidades inteligentes", "As cidades brasileiras investem em comércio eletrônico.");
  pt.language = "pt";
  Document ru = Doc("ru", "Обучение мэров", "Мэры городов Узбекистана прошли обучение.");
  ru.language = "ru";
  IndexFixture fx({es, fr, pt, ru, Doc("en", "Cities", "Cities exchange experiences.")});
  auto s = fx.Open();
  auto query = [&](const std::string& q, const std::string& lang) {
    SearchRequest req;
    req.query = q;
    req.query_language = lang;
    return Ids(Find(*s, req));
  };
  EXPECT_THAT(query("mexicana", "es"), ElementsAre("es"));  // singular finds plural
  EXPECT_THAT(query("ville", "fr"), ElementsAre("fr"));
  EXPECT_THAT(query("cidade", "pt"), ElementsAre("pt"));
  EXPECT_THAT(query("город", "ru"), ElementsAre("ru"));
  EXPECT_THAT(query("city", "en"), ElementsAre("en"));
}

TEST(SearcherTest, ExactWordsMatchWhateverTheQueryLanguage) {
  Document es = Doc("es", "Turismo cultural en Oaxaca", "Patrimonio y turismo.");
  es.language = "es";
  IndexFixture fx({es});
  auto s = fx.Open();
  SearchRequest req;
  req.query = "turismo";
  req.query_language = "en";  // a wrong guess still finds the exact word
  EXPECT_THAT(Ids(Find(*s, req)), ElementsAre("es"));
}

TEST(SearcherTest, ChineseTextIsSearchable) {
  Document zh = Doc("zh", "敦煌云游", "敦煌研究院推出云游敦煌小程序，推动文化遗产旅游数字化。");
  zh.language = "zh";
  IndexFixture fx({zh, Doc("en", "Dunhuang", "Cloud tours of Dunhuang.")});
  auto s = fx.Open();
  auto r = Find(*s, "文化遗产");
  ASSERT_THAT(Ids(r), ElementsAre("zh"));
  EXPECT_NE(r.hits[0].snippet.find("<mark>文化遗产</mark>"), std::string::npos) << r.hits[0].snippet;
}

TEST(SearcherTest, FacetsCountMultiValuedFieldsOncePerDocument) {
  Document a = Doc("a", "One", "exchange");
  a.themes = {"drr", "health"};
  a.cities = {{"Medellín", "Colombia"}, {"Udine", "Italy"}};
  Document b = Doc("b", "Two", "exchange");
  b.themes = {"drr"};
  b.cities = {{"Medellín", "Colombia"}};
  IndexFixture fx({a, b, Doc("c", "Three", "unrelated")});
  auto s = fx.Open();
  auto r = Find(*s, "exchange");
  EXPECT_EQ(r.total, 2u);
  auto themes = FacetOf(r, "theme");
  ASSERT_EQ(themes.size(), 2u);
  EXPECT_EQ(themes[0].value, "drr");
  EXPECT_EQ(themes[0].count, 2u);
  EXPECT_EQ(themes[1].value, "health");
  EXPECT_EQ(themes[1].count, 1u);
  auto countries = FacetOf(r, "country");
  ASSERT_EQ(countries.size(), 2u);
  EXPECT_EQ(countries[0].value, "Colombia");
  EXPECT_EQ(countries[0].count, 2u);
}

TEST(SearcherTest, FiltersOrWithinANameAndAndAcrossNames) {
  Document a = Doc("a", "A", "cities");
  a.themes = {"drr"};
  a.cities = {{"Medellín", "Colombia"}};
  Document b = Doc("b", "B", "cities");
  b.themes = {"tourism"};
  b.cities = {{"Luoyang", "China"}};
  Document c = Doc("c", "C", "cities");
  c.themes = {"drr"};
  c.cities = {{"Udine", "Italy"}};
  IndexFixture fx({a, b, c});
  auto s = fx.Open();
  SearchRequest req;
  req.query = "cities";
  req.filters["theme"] = {"drr", "tourism"};
  EXPECT_THAT(Ids(Find(*s, req)), UnorderedElementsAre("a", "b", "c"));
  req.filters["country"] = {"colombia", "China"};  // case and accents do not matter
  EXPECT_THAT(Ids(Find(*s, req)), UnorderedElementsAre("a", "b"));
  req.filters["city"] = {"medellin"};
  EXPECT_THAT(Ids(Find(*s, req)), ElementsAre("a"));
}

TEST(SearcherTest, UnknownFilterIsRefusedByName) {
  IndexFixture fx({Doc("a", "A", "text")});
  auto s = fx.Open();
  SearchRequest req;
  req.filters["colour"] = {"red"};
  EXPECT_THAT(s->Search(req).status(),
              IsStatus(StatusCode::kInvalidArgument,
                       "unknown filter 'colour': use theme, type, city, country, partner, tag, lang, sdg or status"));
}

TEST(SearcherTest, SortsByDateAndViews) {
  Document old_doc = Doc("old", "Masks", "masks");
  old_doc.date = "2019";
  old_doc.views = 500;
  Document mid = Doc("mid", "Masks", "masks");
  mid.date = "2020-05";
  mid.views = 10;
  Document recent = Doc("new", "Masks", "masks");
  recent.date = "2021-01-15";
  recent.views = 90;
  IndexFixture fx({mid, old_doc, recent});
  auto s = fx.Open();
  SearchRequest req;
  req.query = "masks";
  req.sort = "date";
  EXPECT_THAT(Ids(Find(*s, req)), ElementsAre("old", "mid", "new"));
  req.sort = "-date";
  EXPECT_THAT(Ids(Find(*s, req)), ElementsAre("new", "mid", "old"));
  req.sort = "views";
  EXPECT_THAT(Ids(Find(*s, req)), ElementsAre("old", "new", "mid"));
  req.sort = "size";
  EXPECT_THAT(s->Search(req).status(),
              IsStatus(StatusCode::kInvalidArgument, "parameter 'sort': 'size' is not one of relevance, date, -date, views"));
}

TEST(SearcherTest, DateRangeIsInclusiveAtEveryPrecision) {
  Document a = Doc("a", "A", "x");
  a.date = "2019-12-31";
  Document b = Doc("b", "B", "x");
  b.date = "2020-06";
  Document c = Doc("c", "C", "x");
  c.date = "2021-01-01";
  IndexFixture fx({a, b, c});
  auto s = fx.Open();
  SearchRequest req;
  req.from = "2020";
  req.to = "2020";
  EXPECT_THAT(Ids(Find(*s, req)), ElementsAre("b"));
  req.from = "2019-12-31";
  req.to = "2021-01";
  EXPECT_THAT(Ids(Find(*s, req)), UnorderedElementsAre("a", "b", "c"));
  req.from = "2020-13";
  EXPECT_THAT(s->Search(req).status(),
              IsStatus(StatusCode::kInvalidArgument, "parameter 'from': '2020-13' has no month 13"));
}

TEST(SearcherTest, PagesAndRefusesDeepPages) {
  std::vector<Document> docs;
  for (int i = 0; i < 25; ++i) docs.push_back(Doc("d" + std::to_string(i), "Report " + std::to_string(i), "waste"));
  IndexFixture fx(docs);
  auto s = fx.Open();
  SearchRequest req;
  req.query = "waste";
  req.per_page = 10;
  req.page = 3;
  auto r = Find(*s, req);
  EXPECT_EQ(r.total, 25u);
  EXPECT_EQ(r.hits.size(), 5u);
  req.page = 1001;
  EXPECT_THAT(s->Search(req).status(),
              IsStatus(StatusCode::kInvalidArgument,
                       "parameter 'page': results beyond the first 10,000 cannot be paged to; narrow the query or add filters"));
  req.page = 1;
  req.per_page = 101;
  EXPECT_THAT(s->Search(req).status(),
              IsStatus(StatusCode::kInvalidArgument, "parameter 'per_page': must be 1 to 100, got 101"));
}

TEST(SearcherTest, SnippetMarksMatchesAndEscapesTheRest) {
  IndexFixture fx({Doc("a", "Safety", "Use <masks> & gloves: masks protect health workers.")});
  auto s = fx.Open();
  auto r = Find(*s, "masks");
  ASSERT_EQ(r.hits.size(), 1u);
  EXPECT_EQ(r.hits[0].snippet, "Use &lt;<mark>masks</mark>&gt; &amp; gloves: <mark>masks</mark> protect health workers.");
}

TEST(SearcherTest, TranscriptHitSaysWhenAndByWhomItWasSaid) {
  Document t = Doc("talk", "Reopening webinar", "");
  t.segments = {{0, 5000, "Moderator", "Welcome to the webinar on public health."},
                {751000, 760000, "Representative of Medellín", "We reopened schools with testing and masks."},
                {900000, 905000, "Moderator", "Thank you all."}};
  IndexFixture fx({t});
  auto s = fx.Open();
  auto r = Find(*s, "schools testing");
  ASSERT_EQ(r.hits.size(), 1u);
  ASSERT_TRUE(r.hits[0].segment.has_value());
  EXPECT_EQ(r.hits[0].segment->start_ms, 751000);
  EXPECT_EQ(r.hits[0].segment->speaker, "Representative of Medellín");
  EXPECT_EQ(FormatTimestamp(r.hits[0].segment->start_ms, false), "00:12:31");
  EXPECT_NE(r.hits[0].snippet.find("<mark>schools</mark>"), std::string::npos);
  EXPECT_EQ(r.hits[0].type, "webinar_transcript");
}

TEST(SearcherTest, SuggestsACorrectionForAMisspelledWord) {
  IndexFixture fx({Doc("a", "Earthquake preparedness", "earthquake drills in schools")});
  auto s = fx.Open();
  auto r = Find(*s, "earthqake");
  ASSERT_TRUE(r.suggestion.has_value());
  EXPECT_EQ(*r.suggestion, "earthquake");
  EXPECT_FALSE(Find(*s, "earthquake").suggestion.has_value());
}

TEST(SearcherTest, OnlyVisibleStatusesAreMatchedAndCounted) {
  Document pub = Doc("pub", "Masks", "masks");
  Document review = Doc("review", "Masks", "masks");
  review.status = "in_review";
  review.themes = {"health"};
  IndexFixture fx({pub, review});
  auto s = fx.Open();
  auto r = Find(*s, "masks");
  EXPECT_THAT(Ids(r), ElementsAre("pub"));
  EXPECT_TRUE(FacetOf(r, "theme").empty());
  SearchRequest staff;
  staff.query = "masks";
  staff.visible_statuses = {"published", "in_review"};
  EXPECT_THAT(Ids(Find(*s, staff)), UnorderedElementsAre("pub", "review"));
  SearchRequest sneaky;
  sneaky.filters["status"] = {"in_review"};
  EXPECT_THAT(s->Search(sneaky).status(),
              IsStatus(StatusCode::kInvalidArgument, "filter 'status': 'in_review' is not a status this caller may see"));
}

TEST(SearcherTest, AStatusFilterMatchingEveryDocumentComesBackWhenOneIsHidden) {
  IndexFixture fx({Doc("a", "Masks", "masks"), Doc("b", "More masks", "masks")});
  auto s = fx.Open();
  EXPECT_EQ(Find(*s, "masks").total, 2u);  // every document is published
  {
    auto w = IndexWriter::Open(fx.path());
    ASSERT_TRUE(w.ok());
    Document draft = Doc("draft", "Masks draft", "masks");
    draft.status = "draft";
    ASSERT_TRUE(FinishDocument(&draft, "draft").ok());
    ASSERT_TRUE((*w)->Put(draft).ok());
  }
  ASSERT_TRUE(s->Reopen().ok());
  EXPECT_THAT(Ids(Find(*s, "masks")), UnorderedElementsAre("a", "b"));
  SearchRequest staff;
  staff.query = "masks";
  staff.visible_statuses = {"published", "draft", "published"};
  EXPECT_EQ(Find(*s, staff).total, 3u);
  staff.visible_statuses = {"published", "published"};  // a repeated status does not count twice
  EXPECT_EQ(Find(*s, staff).total, 2u);
}

// Totals and facet counts come from counting every match, the hits from a
// ranking pass that only looks for the page: both must agree with what every
// match says, whatever the page, with many equal scores (identical documents).
TEST(SearcherTest, TotalsFacetsAndPagesAgreeWithEveryMatch) {
  std::vector<Document> docs;
  const char* themes[] = {"drr", "health", "tourism"};
  const std::pair<const char*, const char*> cities[] = {{"Medellín", "Colombia"}, {"Udine", "Italy"}, {"Dunhuang", "China"}};
  for (int i = 0; i < 60; ++i) {
    std::string body = i % 5 == 0 ? "flood" : "flood risk maps and flood shelters for the flood season";
    if (i % 7 == 0) body = "cyclone warnings";  // not a match
    if (i % 11 == 0) body += " Flood Risk";    // capitalised: the exact words only
    Document d = Doc("d" + std::to_string(i), i % 3 ? "Flood risk" : "Notes", body + " risk");
    d.themes = {themes[i % 3]};
    if (i % 4 == 0) d.themes.push_back("drr");
    d.cities = {{cities[i % 3].first, cities[i % 3].second}};
    d.date = std::to_string(2018 + i % 4);
    d.type = i % 2 ? "news" : "publication";
    docs.push_back(d);
  }
  IndexFixture fx(docs);
  auto s = fx.Open();
  SearchRequest all;
  all.query = "flood risk";
  all.per_page = 100;
  SearchResponse every = Find(*s, all);
  ASSERT_GT(every.total, 30u);
  ASSERT_EQ(every.total, every.hits.size());
  for (size_t i = 1; i < every.hits.size(); ++i) EXPECT_GE(every.hits[i - 1].score, every.hits[i].score);
  // Facet counts, counted here from the hits themselves.
  std::map<std::string, std::map<std::string, uint64_t>> counted;
  for (const auto& h : every.hits) {
    for (const auto& t : std::set<std::string>(h.themes.begin(), h.themes.end())) ++counted["theme"][t];
    for (const auto& c : h.cities) ++counted["city"][c.name], ++counted["country"][c.country];
    ++counted["year"][h.date.substr(0, 4)];
    ++counted["type"][h.type];
    ++counted["lang"][h.language];
  }
  for (const auto& [facet, values] : every.facets) {
    std::map<std::string, uint64_t> got;
    for (const auto& v : values) got[v.value] = v.count;
    EXPECT_EQ(got, counted[facet]) << facet;
  }
  // Any page of any size is the same slice of the same order, with the same total and facets.
  for (int per_page : {1, 3, 10, 25}) {
    std::vector<std::string> paged;
    for (int page = 1; static_cast<size_t>((page - 1) * per_page) < every.total; ++page) {
      SearchRequest req = all;
      req.per_page = per_page;
      req.page = page;
      SearchResponse r = Find(*s, req);
      EXPECT_EQ(r.total, every.total);
      EXPECT_EQ(r.facets.size(), every.facets.size());
      for (size_t f = 0; f < r.facets.size() && f < every.facets.size(); ++f)
        for (size_t v = 0; v < r.facets[f].second.size(); ++v) {
          EXPECT_EQ(r.facets[f].second[v].value, every.facets[f].second[v].value);
          EXPECT_EQ(r.facets[f].second[v].count, every.facets[f].second[v].count);
        }
      for (size_t h = 0; h < r.hits.size(); ++h) {
        const Hit& want = every.hits[(page - 1) * per_page + h];
        EXPECT_EQ(r.hits[h].id, want.id);
        EXPECT_EQ(r.hits[h].score, want.score);
        EXPECT_EQ(r.hits[h].snippet, want.snippet);
      }
      for (const auto& id : Ids(r)) paged.push_back(id);
    }
    EXPECT_EQ(paged, Ids(every)) << per_page << " per page";
  }
}

// Xapian checks a phrase's positions lazily, only when a document could still
// reach the page; ranking only the page must not let a document's score, and
// so its place, depend on which page was asked for.
TEST(SearcherTest, PagesOfAQueryWithAPhraseAreSlicesOfOneOrder) {
  const char* fillers[] = {"maps", "shelters", "season", "warnings", "drills", "budgets", "schools", "roads"};
  std::vector<Document> docs;
  for (int i = 0; i < 400; ++i) {
    std::string body;
    for (int k = 0; k < 1 + i % 7; ++k) body += std::string(fillers[(i + k) % 8]) + " ";
    body += i % 3 == 0 ? "early warning systems " : "warning early systems ";  // the phrase, or its words apart
    for (int k = 0; k < i % 5; ++k) body += "flood ";
    docs.push_back(Doc("d" + std::to_string(i), "Note " + std::to_string(i % 13), body + "risk"));
  }
  IndexFixture fx(docs);
  auto s = fx.Open();
  SearchRequest all;
  all.query = "\"early warning\" flood risk maps shelters drills";
  all.per_page = 100;
  all.facets = {};
  std::vector<std::pair<std::string, double>> every;
  for (int page = 1; page <= 4; ++page) {
    SearchRequest req = all;
    req.page = page;
    for (const auto& h : Find(*s, req).hits) every.emplace_back(h.id, h.score);
  }
  ASSERT_EQ(every.size(), 400u);
  std::set<std::string> distinct;
  for (const auto& [id, score] : every) distinct.insert(id);
  EXPECT_EQ(distinct.size(), every.size()) << "a document came on two pages";
  for (int per_page : {7, 10, 30}) {
    for (int page = 1; page * per_page <= 400; page += 3) {
      SearchRequest req = all;
      req.per_page = per_page;
      req.page = page;
      SearchResponse r = Find(*s, req);
      for (size_t h = 0; h < r.hits.size(); ++h) {
        const auto& want = every[static_cast<size_t>((page - 1) * per_page) + h];
        EXPECT_EQ(r.hits[h].id, want.first) << "page " << page << " of " << per_page;
        EXPECT_EQ(r.hits[h].score, want.second) << r.hits[h].id;
      }
    }
  }
}

TEST(SearcherTest, AllWordsFirstThenAnyWordWhenNothingHasAll) {
  IndexFixture fx({Doc("a", "Flood maps", "flood"), Doc("b", "Cyclone shelters", "cyclone")});
  auto s = fx.Open();
  auto r = Find(*s, "flood cyclone");
  EXPECT_TRUE(r.relaxed);
  EXPECT_EQ(r.total, 2u);
  EXPECT_FALSE(Find(*s, "flood maps").relaxed);
}

TEST(SearcherTest, EmptyQueryBrowsesNewestFirst) {
  Document a = Doc("a", "A", "x");
  a.date = "2018";
  Document b = Doc("b", "B", "x");
  b.date = "2021";
  IndexFixture fx({a, b});
  auto s = fx.Open();
  EXPECT_THAT(Ids(Find(*s, "")), ElementsAre("b", "a"));
}

TEST(SearcherTest, QueryThatOnlyFiltersListsNewestFirst) {
  Document a = Doc("a", "A", "x");
  a.date = "2018";
  a.themes = {"drr"};
  Document b = Doc("b", "B", "x");
  b.date = "2021";
  b.themes = {"drr"};
  Document c = Doc("c", "C", "x");
  c.date = "2020";
  c.themes = {"drr"};
  IndexFixture fx({a, b, c});
  auto s = fx.Open();
  EXPECT_THAT(Ids(Find(*s, "theme:drr")), ElementsAre("b", "c", "a"));
}

TEST(SearcherTest, SynonymsFindTheLongForm) {
  IndexFixture fx({Doc("a", "Local strategies", "Cities adopt disaster risk reduction plans."),
                   Doc("b", "PPE donations", "Personal protective equipment reached 22 countries.")});
  auto s = fx.Open();
  EXPECT_THAT(Ids(Find(*s, "DRR")), ElementsAre("a"));
  EXPECT_THAT(Ids(Find(*s, "personal protective equipment")), ElementsAre("b"));
}

TEST(SearcherTest, SeesCommittedWritesAfterReopen) {
  IndexFixture fx({Doc("a", "A", "alpha")});
  auto s = fx.Open();
  {
    auto w = IndexWriter::Open(fx.path());
    ASSERT_TRUE(w.ok());
    Document b = Doc("b", "B", "alpha");
    ASSERT_TRUE(FinishDocument(&b, "b").ok());
    ASSERT_TRUE((*w)->Put(b).ok());
  }
  ASSERT_TRUE(s->Reopen().ok());
  EXPECT_EQ(Find(*s, "alpha").total, 2u);
}

TEST(SearcherTest, FacetCountsFollowReplacedDocumentsAfterReopen) {
  Document a = Doc("a", "Plan", "flood plan");
  a.themes = {"drr"};
  IndexFixture fx({a, Doc("b", "Other", "flood")});
  auto s = fx.Open();
  EXPECT_EQ(FacetOf(Find(*s, "flood"), "theme")[0].value, "drr");
  {
    auto w = IndexWriter::Open(fx.path());
    ASSERT_TRUE(w.ok());
    a.themes = {"health"};
    ASSERT_TRUE(FinishDocument(&a, "a").ok());
    ASSERT_TRUE((*w)->Put(a).ok());
    Document c = Doc("c", "New", "flood");
    c.themes = {"health"};
    ASSERT_TRUE(FinishDocument(&c, "c").ok());
    ASSERT_TRUE((*w)->Put(c).ok());
  }
  ASSERT_TRUE(s->Reopen().ok());
  auto themes = FacetOf(Find(*s, "flood"), "theme");
  ASSERT_EQ(themes.size(), 1u);
  EXPECT_EQ(themes[0].value, "health");
  EXPECT_EQ(themes[0].count, 2u);
}

TEST(SearcherTest, SearchesSeveralShardsAsOne) {
  Document a = Doc("a", "Flood", "flood"), b = Doc("b", "Flood", "flood"), c = Doc("c", "Other", "x");
  a.themes = {"drr"};
  b.themes = {"drr", "health"};
  c.themes = {"health"};
  IndexFixture one({a});
  IndexFixture two({c, b});
  auto s = Searcher::Open({one.path(), two.path()});
  ASSERT_TRUE(s.ok());
  SearchRequest req;
  req.query = "flood";
  req.facets = {"theme"};
  auto r = Find(**s, req);
  EXPECT_EQ(r.total, 2u);
  EXPECT_THAT(Ids(r), UnorderedElementsAre("a", "b"));
  auto themes = FacetOf(r, "theme");  // docids interleave across shards; counts must not
  ASSERT_EQ(themes.size(), 2u);
  EXPECT_EQ(themes[0].value, "drr");
  EXPECT_EQ(themes[0].count, 2u);
  EXPECT_EQ(themes[1].value, "health");
  EXPECT_EQ(themes[1].count, 1u);
  auto got = (*s)->Get("c");
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(got->title, "Other");
}

TEST(SearcherTest, SimilarFindsDocumentsSharingTelltaleWordsAndLeavesOutTheDocument) {
  Document a = Doc("a", "Cloud tourism in Dunhuang", "Dunhuang grottoes cloud tours heritage caves digital museum.");
  Document b = Doc("b", "Dunhuang digital heritage", "Digital museum of the Dunhuang grottoes and caves.");
  Document c = Doc("c", "Flood warnings", "Rivers and rain gauges warn cities of floods.");
  Document d = Doc("d", "Dunhuang caves in review", "Dunhuang grottoes caves digital museum heritage.");
  d.status = "in_review";
  IndexFixture fx({a, b, c, d});
  auto s = fx.Open();
  SearchRequest req;
  auto r = s->Similar("a", req);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_THAT(Ids(*r), ElementsAre("b"));  // not a itself, not the unrelated c, not the unpublished d
  EXPECT_THAT(s->Similar("zzz", req).status(), IsStatus(StatusCode::kNotFound, "no document has id 'zzz'"));
}

TEST(SearcherTest, SuggestCompletesTitlesCitiesAndTagsOfVisibleDocuments) {
  Document a = Doc("a", "Medellín reopening measures", "x");
  a.cities = {{"Medellín", "Colombia"}};
  a.tags = {"mental health"};
  Document b = Doc("b", "Mexican heritage cities", "x");
  b.cities = {{"Mérida", "Mexico"}};
  b.status = "draft";
  IndexFixture fx({a, b});
  auto s = fx.Open();
  auto r = s->Suggest("medel", {"published"});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->size(), 2u);
  EXPECT_EQ((*r)[0].text, "Medellín reopening measures");
  EXPECT_EQ((*r)[0].kind, "title");
  EXPECT_EQ((*r)[0].id, "a");
  EXPECT_EQ((*r)[1].text, "Medellín");
  EXPECT_EQ((*r)[1].kind, "city");
  auto merida = s->Suggest("meri", {"published"});
  ASSERT_TRUE(merida.ok());
  EXPECT_TRUE(merida->empty());  // only a draft has it
  auto tag = s->Suggest("mental", {"published"});
  ASSERT_TRUE(tag.ok());
  ASSERT_EQ(tag->size(), 1u);
  EXPECT_EQ((*tag)[0].kind, "tag");
  EXPECT_EQ((*tag)[0].text, "mental health");
}

TEST(SearcherTest, JsonHasTheContractShape) {
  Document t = Doc("t", "Talk", "");
  t.themes = {"health"};
  t.cities = {{"Udine", "Italy"}};
  t.date = "2020-10-06";
  t.segments = {{751500, 760000, "Dr. Zunyou Wu", "testing"}};
  IndexFixture fx({t});
  auto s = fx.Open();
  std::string json = ToJson(Find(*s, "testing"));
  Poco::JSON::Parser parser;
  auto root = parser.parse(json).extract<Poco::JSON::Object::Ptr>();
  for (const char* key : {"query", "total", "page", "per_page", "took_ms", "suggestion", "hits", "facets"})
    EXPECT_TRUE(root->has(key)) << key;
  auto hit = root->getArray("hits")->getObject(0);
  for (const char* key : {"id", "title", "type", "date", "score", "snippet", "themes", "cities", "countries", "segment", "pinned"})
    EXPECT_TRUE(hit->has(key)) << key;
  EXPECT_EQ(hit->getObject("segment")->getValue<std::string>("start"), "00:12:31");
  EXPECT_EQ(hit->getObject("segment")->getValue<std::string>("speaker"), "Dr. Zunyou Wu");
  EXPECT_EQ(hit->getArray("cities")->getObject(0)->getValue<std::string>("country"), "Italy");
  EXPECT_TRUE(root->getObject("facets")->has("theme"));
}

}  // namespace
}  // namespace silkdex

namespace silkdex {
namespace {

std::vector<bool> PinnedFlags(const SearchResponse& r) {
  std::vector<bool> out;
  for (const auto& h : r.hits) out.push_back(h.pinned);
  return out;
}

class PinnedSearchTest : public ::testing::Test {
 protected:
  static Document Themed(std::string id, std::string title, std::string body, std::string theme,
                         std::string status = "published") {
    Document d = Doc(std::move(id), std::move(title), std::move(body));
    d.themes = {std::move(theme)};
    d.status = std::move(status);
    return d;
  }
  IndexFixture fx{{Themed("warning", "Early warning sirens", "Flood early warning in the valley.", "drr"),
                   Themed("drills", "School drills", "Earthquake drills in schools.", "drr"),
                   Themed("shelter", "Shelters", "Where to go when the river rises.", "drr"),
                   Themed("hidden", "Draft shelter plan", "Not yet reviewed.", "drr", "in_review"),
                   Themed("museum", "Museum reopening", "Tourism after lockdown.", "tourism")}};
  std::unique_ptr<Searcher> s = fx.Open();
};

TEST_F(PinnedSearchTest, PinnedDocumentsComeFirstInPinOrderEvenWithoutTheWords) {
  SearchRequest req;
  req.query = "early warning";
  req.pinned = {"shelter", "drills"};
  auto r = Find(*s, req);
  EXPECT_THAT(Ids(r), ElementsAre("shelter", "drills", "warning"));
  EXPECT_THAT(PinnedFlags(r), ElementsAre(true, true, false));
  EXPECT_EQ(r.total, 3u);
  EXPECT_THAT(FacetOf(r, "theme"), ElementsAre(FacetCount{"drr", 3}));
}

TEST_F(PinnedSearchTest, PinsRespectFiltersAndVisibility) {
  SearchRequest req;
  req.query = "early warning";
  req.pinned = {"hidden", "museum", "shelter"};
  req.filters["theme"] = {"drr"};
  auto r = Find(*s, req);
  // "hidden" is in review (the public cannot see it), "museum" is not drr.
  EXPECT_THAT(Ids(r), ElementsAre("shelter", "warning"));
}

TEST_F(PinnedSearchTest, PagesContinueAfterThePins) {
  SearchRequest req;
  req.query = "";
  req.pinned = {"museum", "shelter"};
  req.per_page = 2;
  auto page1 = Find(*s, req);
  EXPECT_THAT(Ids(page1), ElementsAre("museum", "shelter"));
  req.page = 2;
  auto page2 = Find(*s, req);
  EXPECT_EQ(page2.total, 4u);
  ASSERT_EQ(page2.hits.size(), 2u);
  for (const auto& h : page2.hits) {
    EXPECT_FALSE(h.pinned);
    EXPECT_TRUE(h.id == "warning" || h.id == "drills") << h.id;
  }
}

TEST_F(PinnedSearchTest, ClusterThemesFilterLikeAThemeFilter) {
  SearchRequest req;
  req.query = "";
  req.cluster_themes = {"tourism", "green"};
  EXPECT_THAT(Ids(Find(*s, req)), ElementsAre("museum"));
}

// Counting beside ranking (IndexOptions::count_beside_ranking, the default)
// runs a search on two threads; many searches at once on several searchers,
// as the server runs them, give exactly what counting first gives.
TEST(SearcherTest, CountingBesideRankingAgreesWithCountingFirstUnderConcurrency) {
  const char* words[] = {"flood", "risk", "market", "tourism", "waste", "health", "water", "heritage"};
  const char* themes[] = {"drr", "health", "tourism", "green"};
  std::vector<Document> docs;
  for (int i = 0; i < 1500; ++i) {
    std::string body;
    for (int k = 0; k < 8; ++k)
      if ((i * (k + 3)) % (k + 2) == 0) body += std::string(words[k]) + " ";
    Document d = Doc("d" + std::to_string(i), "Note " + std::to_string(i), body + "city");
    d.themes = {themes[i % 4]};
    docs.push_back(d);
  }
  IndexFixture fx(docs);
  const std::vector<std::string> queries = {"flood risk", "market tourism", "waste health", "water heritage",
                                            "flood market waste", "risk -tourism", "health OR heritage"};
  IndexOptions first;
  first.count_beside_ranking = false;
  auto reference = Searcher::Open({fx.path()}, first);
  ASSERT_TRUE(reference.ok());
  std::map<std::string, std::string> want;
  auto summary = [](const SearchResponse& r) {
    std::string out = std::to_string(r.total) + ":";
    for (const auto& h : r.hits) out += h.id + ",";
    for (const auto& [facet, values] : r.facets)
      for (const auto& v : values) out += facet + "=" + v.value + "/" + std::to_string(v.count) + ";";
    return out;
  };
  for (const auto& q : queries) want[q] = summary(Find(**reference, q));
  std::vector<std::string> mismatches[4];
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      auto s = Searcher::Open({fx.path()});
      if (!s.ok()) return mismatches[t].push_back(s.status().ToString());
      for (int i = 0; i < 150; ++i) {
        const std::string& q = queries[(i + t) % queries.size()];
        SearchRequest req;
        req.query = q;
        auto r = (*s)->Search(req);
        if (!r.ok()) mismatches[t].push_back(q + ": " + r.status().ToString());
        else if (summary(*r) != want[q]) mismatches[t].push_back(q + ": " + summary(*r));
      }
    });
  }
  for (auto& t : threads) t.join();
  for (const auto& m : mismatches) EXPECT_THAT(m, ::testing::IsEmpty());
}

}  // namespace
}  // namespace silkdex
