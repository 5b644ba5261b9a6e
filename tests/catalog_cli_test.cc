// The catalog of record through the `silkdex` program: reindexing from the
// catalog gives the same search results, backups made and restored by the
// commands bring back every document, tag and pin, and making a key is audited.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <regex>

#include "silkdex/store.h"
#include "support/test_support.h"

namespace silkdex {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;
using testing::RunCommand;
using testing::SilkdexBinary;
using testing::TempDir;

std::string Silkdex(const std::string& args) { return SilkdexBinary().string() + " " + args; }

class CatalogCliTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir;
    std::string out, err;
    ASSERT_EQ(RunCommand(Silkdex("index " + testing::DemoCorpus().string() + " --index " + Data()), &out, &err), 0) << err;
  }
  static void TearDownTestSuite() { delete dir_; }
  static std::string Data() { return (dir_->path() / "data").string(); }

  // The search response without its timing, which differs run to run.
  static std::string Search(const std::string& query) {
    std::string out, err;
    EXPECT_EQ(RunCommand(Silkdex("search '" + query + "' --json --all-statuses --limit 20 --index " + Data()), &out, &err), 0) << err;
    return std::regex_replace(out, std::regex("\"took_ms\":[0-9.e+-]+"), "\"took_ms\":0");
  }

  static TempDir* dir_;
};

TempDir* CatalogCliTest::dir_ = nullptr;

const std::vector<std::string> kQueries = {"disaster risk reduction", "turismo sostenible", "masks", "e-commerce poverty",
                                           "city:Medellín", "air quality", "健康", "webinar"};

TEST_F(CatalogCliTest, ReindexFromTheCatalogGivesIdenticalResults) {
  std::vector<std::string> before;
  for (const auto& q : kQueries) before.push_back(Search(q));
  std::string out, err;
  ASSERT_EQ(RunCommand(Silkdex("reindex --index " + Data()), &out, &err), 0) << err;
  EXPECT_THAT(out, StartsWith("reindexed 91, plugin failures 0"));
  for (size_t i = 0; i < kQueries.size(); ++i) EXPECT_EQ(Search(kQueries[i]), before[i]) << kQueries[i];
}

TEST_F(CatalogCliTest, ABackupRestoresEveryDocumentTagAndPin) {
  {
    auto store = Store::Open(Data());
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    auto tagged = (*store)->Update("gp-udine-reopening", Actor::CommandLine(), "tags", [](Document* d) {
      d->tags.push_back("backup-check");
      return Status::Ok();
    });
    ASSERT_TRUE(tagged.ok()) << tagged.status().ToString();
    ASSERT_TRUE((*store)
                    ->Curate([&](Catalog::Batch& b) {
                      return (*store)->catalog().SetPins(b, "drr", "reopening", {"gp-udine-reopening"},
                                                         Actor::CommandLine());
                    })
                    .ok());
  }
  std::string out, err;
  auto backup = dir_->path() / "backup";
  ASSERT_EQ(RunCommand(Silkdex("backup " + backup.string() + " --index " + Data()), &out, &err), 0) << err;
  EXPECT_THAT(out, StartsWith("backed up 91 documents"));
  // Lose the data folder's catalog and index, then bring them back.
  std::filesystem::remove_all(dir_->path() / "data");
  ASSERT_EQ(RunCommand(Silkdex("restore " + backup.string() + " --index " + Data()), &out, &err), 0) << err;
  EXPECT_THAT(out, StartsWith("restored 91 documents"));
  EXPECT_THAT(Search("tag:backup-check"), HasSubstr("\"id\":\"gp-udine-reopening\""));
  auto catalog = Catalog::Open(Store::CatalogPath(Data()));
  ASSERT_TRUE(catalog.ok());
  EXPECT_EQ((*catalog)->document_count(), 91u);
  EXPECT_EQ(*(*catalog)->PinsFor("drr", "Reopening"), std::vector<std::string>{"gp-udine-reopening"});
  // A backup never overwrites.
  EXPECT_EQ(RunCommand(Silkdex("backup " + backup.string() + " --index " + Data()), &out, &err), 1);
  EXPECT_EQ(err, "silkdex: backup destination " + backup.string() + " is not empty\n");
}

TEST_F(CatalogCliTest, MakingAKeyIsAuditedWithoutTheKey) {
  std::string out, err;
  ASSERT_EQ(RunCommand(Silkdex("keys create --role moderator --cluster drr --cluster health --index " + Data()), &out, &err), 0) << err;
  std::string key = out.substr(0, out.find('\n'));
  auto catalog = Catalog::Open(Store::CatalogPath(Data()));
  ASSERT_TRUE(catalog.ok());
  auto entries = (*catalog)->Entries(0, 1000, "key_create");
  ASSERT_TRUE(entries.ok());
  ASSERT_FALSE(entries->empty());
  const AuditEntry& e = entries->back();
  EXPECT_EQ(e.who.key_id, "cli");
  std::string id = key.substr(4, 12);
  EXPECT_EQ(e.changes_json, R"({"key":{"before":null,"after":{"id":")" + id + R"(","role":"moderator","clusters":["drr","health"]}}})");
  EXPECT_EQ(e.changes_json.find(key.substr(17)), std::string::npos);
  EXPECT_EQ(RunCommand(Silkdex("keys create --role moderator --cluster space --index " + Data()), &out, &err), 1);
  EXPECT_EQ(err, "silkdex: --cluster 'space' is not a cluster; the clusters are health, agriculture, ecommerce, tourism, drr, transport, green\n");
}

}  // namespace
}  // namespace silkdex
