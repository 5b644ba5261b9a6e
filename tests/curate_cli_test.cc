// `silkdex curate FILE`: documents, featured items and pins from a curation
// file, checked whole before anything is written, audited as the command line,
// and applied twice without a second change; and the demo's own curation file
// (examples/curation-demo.json) on the demo corpus, as scripts/demo.sh runs it.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>

#include "silkdex/catalog.h"
#include "silkdex/store.h"
#include "support/test_support.h"

namespace silkdex {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using testing::DemoCorpus;
using testing::RunCommand;
using testing::SilkdexBinary;
using testing::TempDir;
using testing::WriteFile;

std::string Silkdex(const std::string& args) { return SilkdexBinary().string() + " " + args; }

constexpr const char* kCuration = R"({
  "comment": "a test",
  "documents": [
    {"id": "sirens", "title": "Sirens for the river district", "body": "Flood sirens warn the river district.",
     "themes": ["drr"], "status": "in_review", "language": "en"}
  ],
  "clusters": [
    {"id": "drr",
     "items": [{"id": "warning", "note": "Start here"}, {"id": "sirens"}],
     "pins": [{"query": "Flood  Sirens", "ids": ["sirens", "warning"]}]}
  ]
})";

class CurateCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    WriteFile(dir_ / "docs/warning.json",
              R"({"id": "warning", "title": "Flood early warning in Udine", "body": "Udine shares its flood warning system.", "themes": ["drr"]})");
    WriteFile(dir_ / "docs/markets.json",
              R"({"id": "markets", "title": "Night markets online", "body": "Vendors sell through live streams.", "themes": ["ecommerce"]})");
    std::string out, err;
    ASSERT_EQ(RunCommand(Silkdex("index " + (dir_ / "docs").string() + " --index " + Data() + " --no-plugins"), &out, &err), 0) << err;
  }
  std::string Data() const { return (dir_ / "data").string(); }
  int Curate(const std::string& json, std::string* out, std::string* err) {
    WriteFile(dir_ / "curation.json", json);
    return RunCommand(Silkdex("curate " + (dir_ / "curation.json").string() + " --index " + Data() + " --no-plugins"), out, err);
  }
  std::unique_ptr<Catalog> OpenCatalog() {
    auto c = Catalog::Open(Store::CatalogPath(dir_ / "data"));
    EXPECT_TRUE(c.ok()) << c.status().ToString();
    return c.ok() ? std::move(c).value() : nullptr;
  }

  TempDir dir_;
};

TEST_F(CurateCliTest, PutsDocumentsInReviewFeaturesItemsAndPinsAuditedAsTheCommandLine) {
  std::string out, err;
  ASSERT_EQ(Curate(kCuration, &out, &err), 0) << err;
  EXPECT_EQ(out, "curated: 1 documents (0 unchanged), 2 featured items (0 unchanged), 1 pins (0 unchanged)\n");

  auto catalog = OpenCatalog();
  ASSERT_TRUE(catalog);
  auto waiting = catalog->InStatus("in_review");
  ASSERT_TRUE(waiting.ok());
  ASSERT_EQ(waiting->size(), 1u);
  EXPECT_EQ(waiting->front().doc.id, "sirens");
  EXPECT_FALSE(waiting->front().submitted_at.empty()) << "in the moderation queue, with its submission time";

  auto items = catalog->Items("drr");
  ASSERT_TRUE(items.ok());
  ASSERT_EQ(items->size(), 2u);
  EXPECT_EQ((*items)[0].document_id, "warning");
  EXPECT_EQ((*items)[0].note, "Start here");
  EXPECT_EQ((*items)[1].document_id, "sirens");
  auto pins = catalog->PinsFor("drr", "flood sirens");
  ASSERT_TRUE(pins.ok());
  EXPECT_THAT(*pins, ElementsAre("sirens", "warning"));

  auto history = catalog->History("sirens");
  ASSERT_TRUE(history.ok());
  ASSERT_FALSE(history->empty());
  for (const auto& e : *history) {
    EXPECT_EQ(e.who.key_id, "cli") << e.action;
    EXPECT_EQ(e.who.role, "admin") << e.action;
  }
  EXPECT_TRUE(std::any_of(history->begin(), history->end(), [](const AuditEntry& e) { return e.action == "cluster_item"; }));

  // The index has it too: staff search sees it, the public search does not.
  ASSERT_EQ(RunCommand(Silkdex("search sirens --all-statuses --index " + Data()), &out, &err), 0) << err;
  EXPECT_THAT(out, HasSubstr("Sirens for the river district"));
  ASSERT_EQ(RunCommand(Silkdex("search sirens --index " + Data()), &out, &err), 0) << err;
  EXPECT_THAT(out, ::testing::Not(HasSubstr("Sirens for the river district")));
}

TEST_F(CurateCliTest, ApplyingTheSameFileAgainChangesNothing) {
  std::string out, err;
  ASSERT_EQ(Curate(kCuration, &out, &err), 0) << err;
  uint64_t seq = OpenCatalog()->last_seq();
  ASSERT_EQ(Curate(kCuration, &out, &err), 0) << err;
  EXPECT_EQ(out, "curated: 1 documents (1 unchanged), 2 featured items (2 unchanged), 1 pins (1 unchanged)\n");
  EXPECT_EQ(OpenCatalog()->last_seq(), seq) << "no new audit entry";

  // An item a moderator added since stays, after the file's items.
  {
    auto store = Store::Open(dir_ / "data");
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    Catalog& c = (*store)->catalog();
    ASSERT_TRUE((*store)->Curate([&](Catalog::Batch& b) { return c.PutItem(b, "drr", "markets", 1, "", {"k1", "moderator"}); }).ok());
  }
  ASSERT_EQ(Curate(kCuration, &out, &err), 0) << err;
  auto items = OpenCatalog()->Items("drr");
  ASSERT_TRUE(items.ok());
  std::vector<std::string> ids;
  for (const auto& i : *items) ids.push_back(i.document_id);
  EXPECT_THAT(ids, ElementsAre("warning", "sirens", "markets"));
}

TEST_F(CurateCliTest, ABadFileWritesNothingAndSaysWhere) {
  const std::string file = (dir_ / "curation.json").string();
  struct Case {
    std::string json, error;
  } cases[] = {
      {"{\"documents\": [", file + ": not JSON: "},
      {R"({"document": []})", file + ": unknown field 'document' (expected documents, clusters, comment)"},
      {R"({"clusters": [{"id": "space"}]})", file + ": clusters[0]: 'space' is not a cluster; the clusters are "},
      {R"({"clusters": [{"id": "drr", "items": [{"id": "nope"}]}]})", file + ": clusters[0].items[0]: no document has id 'nope'"},
      {R"({"clusters": [{"id": "drr", "pins": [{"query": "x"}]}]})", file + ": clusters[0].pins[0]: field 'ids' is missing"},
      {R"({"documents": [{"title": "No id", "body": "x"}]})", file + ": documents[0]: field 'id' is missing"},
      {R"({"documents": [{"id": "x", "title": "X", "body": "x", "views": "many"}]})",
       file + ": documents[0]: field 'views': expected an integer, got a string"},
  };
  uint64_t seq = OpenCatalog()->last_seq();
  for (const auto& c : cases) {
    // Each would also add a document, were it checked piece by piece.
    std::string json = c.json;
    std::string out, err;
    EXPECT_EQ(Curate(json, &out, &err), 1) << json;
    EXPECT_THAT(err, HasSubstr("silkdex: " + c.error)) << json;
    EXPECT_EQ(out, "");
  }
  // A good document beside a bad reference is not written either.
  std::string out, err;
  EXPECT_EQ(Curate(R"({"documents": [{"id": "new", "title": "New", "body": "x"}], "clusters": [{"id": "drr", "items": [{"id": "nope"}]}]})",
                   &out, &err), 1);
  EXPECT_EQ(OpenCatalog()->last_seq(), seq);
  EXPECT_FALSE(OpenCatalog()->Get("new").ok());
  EXPECT_EQ(RunCommand(Silkdex("curate " + (dir_ / "missing.json").string() + " --index " + Data()), &out, &err), 1);
  EXPECT_THAT(err, HasSubstr("missing.json: cannot read the curation file"));
}

// scripts/demo.sh: index the demo corpus, then apply examples/curation-demo.json.
TEST(DemoCurationTest, TheDemoFileGivesAReviewQueueFeaturedItemsAndPins) {
  TempDir dir;
  const std::string data = (dir / "data").string();
  const std::string file = (DemoCorpus().parent_path() / "curation-demo.json").string();
  std::string out, err;
  ASSERT_EQ(RunCommand(Silkdex("index " + DemoCorpus().string() + " --index " + data), &out, &err), 0) << err;
  ASSERT_EQ(RunCommand(Silkdex("curate " + file + " --index " + data), &out, &err), 0) << err;
  EXPECT_EQ(out, "curated: 4 documents (0 unchanged), 5 featured items (0 unchanged), 2 pins (0 unchanged)\n");
  // demo.sh run again: the corpus and the curation are as they were.
  ASSERT_EQ(RunCommand(Silkdex("index " + DemoCorpus().string() + " --index " + data + " --rebuild"), &out, &err), 0) << err;
  ASSERT_EQ(RunCommand(Silkdex("curate " + file + " --index " + data), &out, &err), 0) << err;
  EXPECT_EQ(out, "curated: 4 documents (4 unchanged), 5 featured items (5 unchanged), 2 pins (2 unchanged)\n");

  auto catalog = Catalog::Open(Store::CatalogPath(dir / "data"));
  ASSERT_TRUE(catalog.ok());
  for (const char* id : {"review-philippine-cities-resilience", "review-resilience-workshop-certificates",
                         "review-ppe-donations-partners", "review-in-kind-training-support"}) {
    auto d = (*catalog)->Get(id);
    ASSERT_TRUE(d.ok()) << id;
    EXPECT_EQ(d->doc.status, "in_review") << id;
  }
  auto waiting = (*catalog)->InStatus("in_review");
  ASSERT_TRUE(waiting.ok());
  auto clusters = (*catalog)->Clusters();
  ASSERT_TRUE(clusters.ok());
  size_t in_drr = 0;
  for (const auto& w : *waiting) {
    auto in = ClustersOf(w.doc, *clusters);
    in_drr += static_cast<size_t>(std::count(in.begin(), in.end(), "drr"));
    if (w.doc.id.rfind("review-", 0) == 0) {
      EXPECT_FALSE(w.doc.suggested_themes.empty()) << w.doc.id << ": the plugins ran, as for `silkdex index`";
    }
  }
  EXPECT_GE(in_drr, 2u) << "a drr moderator has a queue";
  for (const char* cluster : {"drr", "tourism"}) {
    auto items = (*catalog)->Items(cluster);
    ASSERT_TRUE(items.ok());
    EXPECT_GE(items->size(), 2u) << cluster;
    for (const auto& i : *items) {
      EXPECT_FALSE(i.note.empty()) << cluster << " " << i.document_id;
      auto d = (*catalog)->Get(i.document_id);
      ASSERT_TRUE(d.ok()) << i.document_id;
      EXPECT_EQ(d->doc.status, "published") << "the public sees every featured item: " << i.document_id;
    }
  }
  auto pins = (*catalog)->PinsFor("drr", "reopening");
  ASSERT_TRUE(pins.ok());
  EXPECT_THAT(*pins, ElementsAre("webinar-2020-10-06-reopening", "gp-drr-four-cities"));
}

}  // namespace
}  // namespace silkdex
