#include "silkdex/index.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include "index/layout.h"
#include "support/index_fixture.h"

namespace silkdex {
namespace {

using testing::Doc;
using testing::IndexFixture;
using testing::IsOk;
using testing::IsStatus;
using testing::IsStatusContaining;
using testing::TempDir;
using testing::WriteFile;

TEST(IndexWriterTest, PutReplacesTheDocumentWithTheSameId) {
  TempDir dir;
  {
    auto w = IndexWriter::Open(dir / "index");
    ASSERT_TRUE(w.ok());
    Document a = Doc("a", "First version about floods", "floods");
    Document b = Doc("b", "Other", "tourism");
    ASSERT_THAT(FinishDocument(&a, "a"), IsOk());
    ASSERT_THAT(FinishDocument(&b, "b"), IsOk());
    ASSERT_THAT((*w)->Put(a), IsOk());
    ASSERT_THAT((*w)->Put(b), IsOk());
    a.title = "Second version about earthquakes";
    a.body = "earthquakes";
    ASSERT_THAT((*w)->Put(a), IsOk());
    ASSERT_THAT((*w)->Commit(), IsOk());
    EXPECT_EQ((*w)->document_count(), 2u);
  }
  auto s = Searcher::Open({dir / "index"});
  ASSERT_TRUE(s.ok());
  auto got = (*s)->Get("a");
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(got->title, "Second version about earthquakes");
  EXPECT_TRUE((*s)->Get("b").ok());  // nothing else lost
  SearchRequest req;
  req.query = "floods";
  EXPECT_EQ((*s)->Search(req)->total, 0u);
}

TEST(IndexWriterTest, DeleteRemovesAndReportsMissingIds) {
  TempDir dir;
  auto w = IndexWriter::Open(dir / "index");
  ASSERT_TRUE(w.ok());
  Document a = Doc("a", "Title", "text");
  ASSERT_THAT(FinishDocument(&a, "a"), IsOk());
  ASSERT_THAT((*w)->Put(a), IsOk());
  EXPECT_THAT((*w)->Delete("a"), IsOk());
  EXPECT_THAT((*w)->Delete("a"), IsStatus(StatusCode::kNotFound, "no document has id 'a'"));
}

TEST(IndexWriterTest, SecondWriterIsToldTheIndexIsBusy) {
  TempDir dir;
  auto first = IndexWriter::Open(dir / "index");
  ASSERT_TRUE(first.ok());
  auto second = IndexWriter::Open(dir / "index");
  ASSERT_FALSE(second.ok());
  EXPECT_THAT(second.status(), IsStatusContaining(StatusCode::kUnavailable, "another silkdex is writing this index"));
}

TEST(IndexWriterTest, OpeningWithoutCreateReportsAMissingIndex) {
  TempDir dir;
  IndexOptions options;
  options.create_if_missing = false;
  auto w = IndexWriter::Open(dir / "nothing", options);
  ASSERT_FALSE(w.ok());
  EXPECT_EQ(w.status().code(), StatusCode::kNotFound);
}

// The index remembers the definitions it was built with and refuses others.
TEST(IndexWriterTest, IndexBuiltWithOtherDefinitionsIsRefusedUntilRebuilt) {
  TempDir dir;
  std::filesystem::copy(std::filesystem::path(SILKDEX_SOURCE_DIR_FOR_TESTS) / "indexes/default", dir / "defs",
                        std::filesystem::copy_options::recursive);
  WriteFile(dir / "defs/stopwords/en.txt", "the\n");
  IndexOptions other;
  other.definitions_dir = dir / "defs";
  {
    auto w = IndexWriter::Open(dir / "index", other);
    ASSERT_TRUE(w.ok()) << w.status().ToString();
    Document a = Doc("a", "Title", "text");
    ASSERT_THAT(FinishDocument(&a, "a"), IsOk());
    ASSERT_THAT((*w)->Put(a), IsOk());
  }
  const auto& defs = analysis::DefaultDefinitions();
  auto other_defs = analysis::LoadDefinitionsFromFolder(dir / "defs");
  ASSERT_TRUE(other_defs.ok());
  std::string expected = "the index at " + (dir / "index").string() + " was built with schema version 2 and analyzer " +
                         other_defs->fingerprint + ", but this silkdex uses schema version 2 and analyzer " +
                         defs.fingerprint + "; rebuild it with `silkdex index DIR --rebuild` (its documents must be indexed again)";
  auto w = IndexWriter::Open(dir / "index");
  ASSERT_FALSE(w.ok());
  EXPECT_THAT(w.status(), IsStatus(StatusCode::kFailedPrecondition, expected));
  auto s = Searcher::Open({dir / "index"});
  ASSERT_FALSE(s.ok());
  EXPECT_THAT(s.status(), IsStatus(StatusCode::kFailedPrecondition, expected));
  EXPECT_THAT(CheckIndex(dir / "index"), IsStatus(StatusCode::kFailedPrecondition, expected));

  IndexOptions rebuild;
  rebuild.overwrite = true;
  auto rebuilt = IndexWriter::Open(dir / "index", rebuild);
  ASSERT_TRUE(rebuilt.ok()) << rebuilt.status().ToString();
  EXPECT_EQ((*rebuilt)->document_count(), 0u);
}

TEST(IndexWriterTest, SchemaVersionMismatchIsRefused) {
  TempDir dir;
  {
    Xapian::WritableDatabase db((dir / "index").string(), Xapian::DB_CREATE_OR_OPEN);
    db.set_metadata("silkdex.schema_version", "0");
    db.set_metadata("silkdex.analyzer", analysis::DefaultDefinitions().fingerprint);
    db.commit();
  }
  auto w = IndexWriter::Open(dir / "index");
  ASSERT_FALSE(w.ok());
  EXPECT_THAT(w.status(), IsStatusContaining(StatusCode::kFailedPrecondition, "was built with schema version 0"));
}

TEST(LayoutTest, FacetListsRoundTrip) {
  std::vector<std::string> values = {"Medellín", "", "Udine", std::string("a\0b", 3)};
  EXPECT_EQ(index::UnserialiseList(index::SerialiseList(values)), values);
  EXPECT_TRUE(index::UnserialiseList("").empty());
}

TEST(LayoutTest, FacetsSlotHoldsEveryFacetWithValues) {
  Document d = Doc("a", "t", "b");
  d.themes = {"drr", "health"};
  d.language = "en";
  auto facets = index::UnserialiseFacets(index::SerialiseFacets(d, {"theme", "city", "lang"}));
  ASSERT_EQ(facets.size(), 2u);  // no city: left out
  EXPECT_EQ(facets[0].first, "theme");
  EXPECT_EQ(facets[0].second, (std::vector<std::string>{"drr", "health"}));
  EXPECT_EQ(facets[1].first, "lang");
  EXPECT_EQ(facets[1].second, (std::vector<std::string>{"en"}));
}

TEST(LayoutTest, CountriesFacetIncludesTheCountriesOfCities) {
  Document d = Doc("a", "t", "b");
  d.countries = {"China"};
  d.cities = {{"Medellín", "Colombia"}, {"Dunhuang", "China"}};
  EXPECT_EQ(index::FacetValues(d, "country"), (std::vector<std::string>{"China", "Colombia"}));
  EXPECT_EQ(index::FacetValues(d, "city"), (std::vector<std::string>{"Medellín", "Dunhuang"}));
}

}  // namespace
}  // namespace silkdex
