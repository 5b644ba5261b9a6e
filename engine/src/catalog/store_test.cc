#include "silkdex/store.h"

#include <gtest/gtest.h>

#include "silkdex/ingest.h"
#include "silkdex/search.h"
#include "support/index_fixture.h"

namespace silkdex {
namespace {

using testing::Doc;
using testing::IsOk;
using testing::IsStatus;
using testing::TempDir;

const Actor kStaff{"k1", "staff"};

Document Ready(std::string id, std::string title, std::string body, std::vector<std::string> themes = {}) {
  Document d = Doc(std::move(id), std::move(title), std::move(body));
  d.themes = std::move(themes);
  EXPECT_THAT(FinishDocument(&d, d.id), IsOk());
  return d;
}

std::vector<std::string> SearchIds(const std::filesystem::path& data, const std::string& q) {
  auto s = Searcher::Open({Store::IndexPath(data)});
  EXPECT_TRUE(s.ok()) << s.status().ToString();
  SearchRequest r;
  r.query = q;
  r.visible_statuses = {"published", "in_review", "draft", "rejected", "archived"};
  auto resp = (*s)->Search(r);
  EXPECT_TRUE(resp.ok()) << resp.status().ToString();
  return testing::Ids(*resp);
}

TEST(StoreTest, AWriteReachesCatalogAndIndexWithAnAuditEntry) {
  TempDir dir;
  auto store = Store::Open(dir.path());
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  auto w = (*store)->Put(Ready("a", "Flood early warning", "sirens in the valley"), kStaff);
  ASSERT_TRUE(w.ok());
  EXPECT_TRUE(w->created);
  EXPECT_GT(w->seq, 0u);
  EXPECT_EQ(SearchIds(dir.path(), "sirens"), std::vector<std::string>{"a"});
  auto history = (*store)->catalog().History("a");
  ASSERT_TRUE(history.ok());
  ASSERT_EQ(history->size(), 1u);
  EXPECT_EQ((*history)[0].action, "create");
  EXPECT_EQ((*history)[0].who.key_id, "k1");
  EXPECT_EQ((*history)[0].who.role, "staff");
  EXPECT_NE((*history)[0].changes_json.find("\"title\":{\"before\":null,\"after\":\"Flood early warning\"}"),
            std::string::npos)
      << (*history)[0].changes_json;
  EXPECT_NE((*history)[0].changes_json.find("\"body\":{\"before\":null,\"after\":{\"chars\":20}}"), std::string::npos)
      << (*history)[0].changes_json;
}

TEST(StoreTest, AnUnchangedDocumentIsNotWrittenAgain) {
  TempDir dir;
  auto store = Store::Open(dir.path());
  ASSERT_TRUE(store.ok());
  Document a = Ready("a", "Title", "body text");
  ASSERT_TRUE((*store)->Put(a, kStaff).ok());
  auto again = (*store)->Put(a, kStaff);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->seq, 0u);
  EXPECT_EQ((*store)->catalog().History("a")->size(), 1u);
}

TEST(StoreTest, AReplacementRecordsBeforeAndAfterOfWhatChanged) {
  TempDir dir;
  auto store = Store::Open(dir.path());
  ASSERT_TRUE(store.ok());
  ASSERT_TRUE((*store)->Put(Ready("a", "Old title", "same body"), kStaff).ok());
  ASSERT_TRUE((*store)->Put(Ready("a", "New title", "same body"), {"k2", "admin"}).ok());
  auto history = (*store)->catalog().History("a");
  ASSERT_EQ(history->size(), 2u);
  EXPECT_EQ((*history)[1].action, "replace");
  EXPECT_EQ((*history)[1].who.key_id, "k2");
  EXPECT_EQ((*history)[1].changes_json, R"({"title":{"before":"Old title","after":"New title"}})");
}

TEST(StoreTest, UpdateEditsUnderTheLockAndAnErrorWritesNothing) {
  TempDir dir;
  auto store = Store::Open(dir.path());
  ASSERT_TRUE(store.ok());
  ASSERT_TRUE((*store)->Put(Ready("a", "Title", "body"), kStaff).ok());
  auto edited = (*store)->Update("a", kStaff, "tags", [](Document* d) {
    d->tags.push_back("flagship");
    return Status::Ok();
  });
  ASSERT_TRUE(edited.ok());
  EXPECT_EQ(edited->tags, std::vector<std::string>{"flagship"});
  EXPECT_EQ(SearchIds(dir.path(), "tag:flagship"), std::vector<std::string>{"a"});
  auto failed = (*store)->Update("a", kStaff, "tags", [](Document* d) {
    d->tags.push_back("lost");
    return Status::InvalidArgument("no");
  });
  EXPECT_THAT(failed.status(), IsStatus(StatusCode::kInvalidArgument, "no"));
  EXPECT_EQ((*store)->catalog().Get("a")->doc.tags, std::vector<std::string>{"flagship"});
  EXPECT_THAT((*store)->Update("zz", kStaff, "tags", [](Document*) { return Status::Ok(); }).status(),
              IsStatus(StatusCode::kNotFound, "no document has id 'zz'"));
}

TEST(StoreTest, DeleteKeepsTheRecordAndLeavesTheIndex) {
  TempDir dir;
  auto store = Store::Open(dir.path());
  ASSERT_TRUE(store.ok());
  ASSERT_TRUE((*store)->Put(Ready("a", "Title", "sirens"), kStaff).ok());
  ASSERT_THAT((*store)->Delete("a", kStaff), IsOk());
  EXPECT_TRUE(SearchIds(dir.path(), "sirens").empty());
  auto kept = (*store)->catalog().Get("a");
  ASSERT_TRUE(kept.ok());
  EXPECT_TRUE(kept->deleted);
  EXPECT_EQ((*store)->document_count(), 0u);
  EXPECT_THAT((*store)->Delete("a", kStaff), IsStatus(StatusCode::kNotFound, "no document has id 'a'"));
  auto history = (*store)->catalog().History("a");
  EXPECT_EQ(history->back().action, "delete");
  // Putting it back is a restore, seen in the history.
  ASSERT_TRUE((*store)->Put(Ready("a", "Title", "sirens"), kStaff).ok());
  EXPECT_EQ((*store)->catalog().History("a")->back().action, "restore");
}

TEST(StoreTest, OpenAppliesCatalogChangesALaggingIndexMissed) {
  TempDir dir;
  {
    auto store = Store::Open(dir.path());
    ASSERT_TRUE(store.ok());
    ASSERT_TRUE((*store)->Put(Ready("a", "Title", "sirens"), kStaff).ok());
    ASSERT_TRUE((*store)->Put(Ready("gone", "Title", "sirens"), kStaff).ok());
  }
  {
    // As if the process died after the catalog's commit and before the index's.
    auto catalog = Catalog::Open(Store::CatalogPath(dir.path()));
    ASSERT_TRUE(catalog.ok());
    ASSERT_THAT((*catalog)->Transaction([&](Catalog::Batch& b) -> Status {
      SILKDEX_RETURN_IF_ERROR((*catalog)->PutDocument(b, Ready("b", "Late", "sirens and drills"), kStaff).status());
      return (*catalog)->DeleteDocument(b, "gone", kStaff).status();
    }),
                IsOk());
  }
  OpenReport report;
  auto store = Store::Open(dir.path(), {}, &report);
  ASSERT_TRUE(store.ok());
  EXPECT_EQ(report.repaired, 2u);
  auto ids = SearchIds(dir.path(), "sirens");
  std::sort(ids.begin(), ids.end());
  EXPECT_EQ(ids, (std::vector<std::string>{"a", "b"}));
}

TEST(StoreTest, AnIndexWithoutCatalogGivesItsDocumentsToTheCatalog) {
  TempDir dir;
  {
    auto w = IndexWriter::Open(Store::IndexPath(dir.path()));
    ASSERT_TRUE(w.ok());
    ASSERT_THAT((*w)->Put(Ready("old", "Indexed before catalogs", "sirens")), IsOk());
  }
  OpenReport report;
  auto store = Store::Open(dir.path(), {}, &report);
  ASSERT_TRUE(store.ok());
  EXPECT_EQ(report.imported, 1u);
  EXPECT_EQ((*store)->catalog().Get("old")->doc.title, "Indexed before catalogs");
  EXPECT_EQ((*store)->catalog().History("old")->front().action, "import");
}

TEST(StoreTest, RebuildMakesTheIndexFromTheCatalogAloneAndRecordsReextraction) {
  TempDir dir;
  auto store = Store::Open(dir.path());
  ASSERT_TRUE(store.ok());
  ASSERT_TRUE((*store)->PutMany({Ready("a", "One", "sirens"), Ready("b", "Two", "drills")}, kStaff).ok());
  auto before = SearchIds(dir.path(), "sirens OR drills");
  auto n = (*store)->Rebuild([](Document* d) {
    d->suggested_themes = {{"drr", 0.9, {"sirens"}, "drr-plugin", "1.2.0"}};
  });
  ASSERT_TRUE(n.ok());
  EXPECT_EQ(*n, 2u);
  EXPECT_EQ(SearchIds(dir.path(), "sirens OR drills"), before);
  auto history = (*store)->catalog().History("a");
  EXPECT_EQ(history->back().action, "reextract");
  EXPECT_EQ(history->back().plugins, std::vector<std::string>{"drr-plugin 1.2.0"});
}

TEST(StoreTest, ASecondWriterIsRefused) {
  TempDir dir;
  auto first = Store::Open(dir.path());
  ASSERT_TRUE(first.ok());
  auto second = Store::Open(dir.path());
  EXPECT_EQ(second.status().code(), StatusCode::kUnavailable);
}

TEST(StoreTest, BackupWhileOpenAndRestoreBringEverythingBack) {
  TempDir dir, backups;
  auto store = Store::Open(dir.path());
  ASSERT_TRUE(store.ok());
  ASSERT_TRUE((*store)->Put(Ready("a", "One", "sirens", {"drr"}), kStaff).ok());
  ASSERT_THAT((*store)->Curate([&](Catalog::Batch& b) -> Status {
    SILKDEX_RETURN_IF_ERROR((*store)->catalog().PutItem(b, "drr", "a", 1, "read first", kStaff));
    return (*store)->catalog().SetPins(b, "drr", "Early Warning", {"a"}, kStaff);
  }),
              IsOk());
  ASSERT_THAT(Store::Backup(dir.path(), backups / "b1"), IsOk());  // the store is still open
  EXPECT_THAT(Store::Backup(dir.path(), backups / "b1"),
              IsStatus(StatusCode::kFailedPrecondition, "backup destination " + (backups / "b1").string() + " is not empty"));
  EXPECT_EQ(Store::Restore(backups / "b1", dir.path()).code(), StatusCode::kUnavailable);
  ASSERT_THAT((*store)->Delete("a", kStaff), IsOk());
  store->reset();
  ASSERT_THAT(Store::Restore(backups / "b1", dir.path()), IsOk());
  auto back = Store::Open(dir.path());
  ASSERT_TRUE(back.ok());
  EXPECT_EQ((*back)->catalog().Get("a")->doc.themes, std::vector<std::string>{"drr"});
  EXPECT_FALSE((*back)->catalog().Get("a")->deleted);
  EXPECT_EQ((*back)->catalog().Items("drr")->front().note, "read first");
  EXPECT_EQ(*(*back)->catalog().PinsFor("drr", "early   warning"), std::vector<std::string>{"a"});
  back->reset();
  EXPECT_EQ(SearchIds(dir.path(), "sirens"), std::vector<std::string>{"a"});
}

TEST(CatalogTest, SevenBuiltInClustersOnePerTheme) {
  TempDir dir;
  auto catalog = Catalog::Open(dir / "c.sqlite");
  ASSERT_TRUE(catalog.ok());
  auto clusters = (*catalog)->Clusters();
  ASSERT_TRUE(clusters.ok());
  ASSERT_EQ(clusters->size(), 7u);
  EXPECT_EQ((*clusters)[0].id, "health");
  EXPECT_EQ((*clusters)[4].name, "Disaster Risk Reduction, Mitigation in Resilient Cities");
  EXPECT_EQ((*clusters)[4].themes, std::vector<std::string>{"drr"});
  EXPECT_TRUE((*clusters)[4].builtin);
}

TEST(CatalogTest, ItemsKeepTheirOrderWhenOneMoves) {
  TempDir dir;
  auto catalog = Catalog::Open(dir / "c.sqlite");
  ASSERT_TRUE(catalog.ok());
  auto& c = **catalog;
  ASSERT_THAT(c.Transaction([&](Catalog::Batch& b) -> Status {
    for (const char* id : {"a", "b", "c"}) SILKDEX_RETURN_IF_ERROR(c.PutItem(b, "drr", id, 0, "", kStaff));
    return c.PutItem(b, "drr", "c", 1, "now first", kStaff);
  }),
              IsOk());
  auto items = c.Items("drr");
  ASSERT_EQ(items->size(), 3u);
  EXPECT_EQ((*items)[0].document_id, "c");
  EXPECT_EQ((*items)[0].position, 1);
  EXPECT_EQ((*items)[0].note, "now first");
  EXPECT_EQ((*items)[1].document_id, "a");
  EXPECT_EQ((*items)[2].position, 3);
  EXPECT_THAT(c.Transaction([&](Catalog::Batch& b) { return c.RemoveItem(b, "drr", "zz", kStaff); }),
              IsStatus(StatusCode::kNotFound, "document 'zz' is not an item of cluster 'drr'"));
}

TEST(CatalogTest, AFailedTransactionLeavesNothing) {
  TempDir dir;
  auto catalog = Catalog::Open(dir / "c.sqlite");
  ASSERT_TRUE(catalog.ok());
  auto& c = **catalog;
  EXPECT_THAT(c.Transaction([&](Catalog::Batch& b) -> Status {
    SILKDEX_RETURN_IF_ERROR(c.PutDocument(b, Ready("a", "T", "b"), kStaff).status());
    return Status::Internal("stop");
  }),
              IsStatus(StatusCode::kInternal, "stop"));
  EXPECT_EQ(c.Get("a").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(c.last_seq(), 0u);
}

TEST(CatalogTest, PinKeyIgnoresCaseAndSpacing) {
  EXPECT_EQ(PinKey("  Early   WARNING\tsystems "), "early warning systems");
  EXPECT_EQ(PinKey(""), "");
}

TEST(CatalogTest, ADocumentBelongsToTheClustersOfItsGivenThemes) {
  Document d;
  d.themes = {"drr", "health"};
  d.suggested_themes = {{"tourism", 0.9, {}, "", ""}};
  std::vector<Cluster> clusters = {{"health", "", "", {"health"}, true},
                                   {"tourism", "", "", {"tourism"}, true},
                                   {"drr", "", "", {"drr"}, true},
                                   {"resilience", "", "", {"drr", "green"}, false}};
  EXPECT_EQ(ClustersOf(d, clusters), (std::vector<std::string>{"health", "drr", "resilience"}));
}

}  // namespace
}  // namespace silkdex
