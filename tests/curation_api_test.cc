// Staff tagging and moderator curation through the real server: the review
// workflow, cluster items and pins, the audit trail, each role against each
// curation endpoint.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "auth.h"
#include "server.h"
#include "silkdex/ingest.h"
#include "silkdex/store.h"
#include "support/http_client.h"
#include "support/test_support.h"

namespace silkdex {
namespace {

using ::testing::ElementsAre;
using Poco::JSON::Array;
using Poco::JSON::Object;
using testing::Response;
using testing::TempDir;

Document Doc(std::string id, std::string title, std::string body, std::vector<std::string> themes,
             std::string status = "published") {
  Document d;
  d.id = std::move(id);
  d.title = std::move(title);
  d.body = std::move(body);
  d.language = "en";
  d.themes = std::move(themes);
  d.status = std::move(status);
  return d;
}

std::vector<std::string> Strings(const Array::Ptr& arr) {
  std::vector<std::string> out;
  for (size_t i = 0; i < arr->size(); ++i) out.push_back(arr->getElement<std::string>(static_cast<unsigned>(i)));
  return out;
}

class CurationApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir;
    {
      auto store = Store::Open(dir_->path() / "data");
      ASSERT_TRUE(store.ok()) << store.status().ToString();
      std::vector<Document> docs = {
          Doc("sirens", "Early warning sirens in Udine", "Flood early warning for the valley.", {"drr"}),
          Doc("drills", "School earthquake drills", "Drills and early warning in schools.", {"drr"}),
          Doc("news-shelters", "Shelters open", "Early warning news: shelters open.", {"drr"}),
          Doc("museum", "Museum reopening", "Tourism after lockdown.", {"tourism"}),
          Doc("draft-plan", "Early warning plan draft", "Early warning plan not yet reviewed.", {"drr"}, "in_review"),
          Doc("both", "Heritage sites and floods", "Flood protection for heritage.", {"drr", "tourism"}, "in_review"),
      };
      docs[2].type = "news";
      docs[0].suggested_themes = {{"health", 0.7, {"valley clinic"}, "silkdex_health", "1.0.0"}};
      for (auto& d : docs) ASSERT_TRUE(FinishDocument(&d, d.id).ok());
      ASSERT_TRUE((*store)->PutMany(docs, Actor::CommandLine()).ok());
    }
    auto keys = api::KeyStore::Open(Store::CatalogPath(dir_->path() / "data"));
    ASSERT_TRUE(keys.ok());
    auto make = [&](api::Role role, std::vector<std::string> clusters, std::string* key, std::string* id) {
      auto k = (*keys)->Create(role, clusters);
      ASSERT_TRUE(k.ok());
      *key = k->key;
      *id = k->id;
    };
    make(api::Role::kStaff, {}, &staff_, &staff_id_);
    make(api::Role::kModerator, {"drr"}, &mod_drr_, &mod_drr_id_);
    make(api::Role::kModerator, {"tourism"}, &mod_tourism_, &mod_tourism_id_);
    make(api::Role::kAdmin, {}, &admin_, &admin_id_);
    api::ServerOptions options;
    options.port = 0;
    auto server = api::Server::Start(options, dir_->path() / "data");
    ASSERT_TRUE(server.ok()) << server.status().ToString();
    server_ = std::move(server).value().release();
  }
  static void TearDownTestSuite() {
    delete server_;
    delete dir_;
  }
  static Response Call(const std::string& method, const std::string& uri, const std::string& body = "",
                       const std::string& key = "") {
    return testing::Call(server_->port(), method, uri, body, key);
  }
  // Creates a document through the API as staff (it lands in review).
  static void Submit(const std::string& id, const std::string& themes) {
    Response r = Call("PUT", "/v1/documents/" + id,
                      R"({"title": "Submitted )" + id + R"(", "body": "Community early warning volunteers.", "themes": )" + themes + "}",
                      staff_);
    ASSERT_EQ(r.status, 201) << r.body;
    ASSERT_EQ(r.json()->getValue<std::string>("status"), "in_review");
  }

  static TempDir* dir_;
  static api::Server* server_;
  static std::string staff_, mod_drr_, mod_tourism_, admin_;
  static std::string staff_id_, mod_drr_id_, mod_tourism_id_, admin_id_;
};

TempDir* CurationApiTest::dir_ = nullptr;
api::Server* CurationApiTest::server_ = nullptr;
std::string CurationApiTest::staff_, CurationApiTest::mod_drr_, CurationApiTest::mod_tourism_, CurationApiTest::admin_;
std::string CurationApiTest::staff_id_, CurationApiTest::mod_drr_id_, CurationApiTest::mod_tourism_id_,
    CurationApiTest::admin_id_;

// ---- the workflow

TEST_F(CurationApiTest, AStaffSubmissionWaitsForItsClustersModeratorThenIsPublic) {
  Submit("wf-1", R"(["drr"])");
  EXPECT_EQ(Call("GET", "/v1/documents/wf-1").status, 404);  // the public cannot see it yet
  Response queue = Call("GET", "/v1/moderation/queue?cluster=drr", "", mod_drr_);
  ASSERT_EQ(queue.status, 200) << queue.body;
  std::vector<std::string> waiting;
  auto docs = queue.json()->getArray("documents");
  for (size_t i = 0; i < docs->size(); ++i) waiting.push_back(docs->getObject(static_cast<unsigned>(i))->getValue<std::string>("id"));
  EXPECT_NE(std::find(waiting.begin(), waiting.end(), "wf-1"), waiting.end());
  EXPECT_EQ(std::find(waiting.begin(), waiting.end(), "museum"), waiting.end());

  Response wrong = Call("POST", "/v1/documents/wf-1/publish", "", mod_tourism_);
  EXPECT_EQ(wrong.status, 403);
  EXPECT_EQ(wrong.code(), "forbidden");
  EXPECT_EQ(wrong.detail(), "only a moderator of drr or an admin may publish document 'wf-1'; your key moderates tourism");

  Response ok = Call("POST", "/v1/documents/wf-1/publish", "", mod_drr_);
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(ok.json()->getValue<std::string>("status"), "published");
  EXPECT_EQ(Strings(ok.json()->getArray("clusters")), std::vector<std::string>{"drr"});
  EXPECT_EQ(Call("GET", "/v1/documents/wf-1").status, 200);
  EXPECT_THAT(testing::HitIds(Call("GET", "/v1/search?q=volunteers")), ElementsAre("wf-1"));

  Response again = Call("POST", "/v1/documents/wf-1/publish", "", mod_drr_);
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(again.code(), "invalid_transition");
  EXPECT_EQ(again.detail(), "document 'wf-1' is published; only a document that is in_review can be published");
}

TEST_F(CurationApiTest, ARejectionNeedsAReasonAndIsRecorded) {
  Submit("wf-2", R"(["tourism"])");
  Response no_reason = Call("POST", "/v1/documents/wf-2/reject", "{}", mod_tourism_);
  EXPECT_EQ(no_reason.status, 400);
  EXPECT_EQ(no_reason.detail(), "field 'reason': say why the document is rejected, so its author can fix it");
  Response r = Call("POST", "/v1/documents/wf-2/reject", R"({"reason": "Add the city and the year."})", mod_tourism_);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()->getValue<std::string>("status"), "rejected");

  Response history = Call("GET", "/v1/documents/wf-2/history", "", staff_);
  ASSERT_EQ(history.status, 200) << history.body;
  auto entries = history.json()->getArray("entries");
  ASSERT_EQ(entries->size(), 2u);
  auto create = entries->getObject(0), reject = entries->getObject(1);
  EXPECT_EQ(create->getValue<std::string>("action"), "create");
  EXPECT_EQ(create->getObject("who")->getValue<std::string>("key_id"), staff_id_);
  EXPECT_EQ(create->getObject("who")->getValue<std::string>("role"), "staff");
  EXPECT_EQ(reject->getValue<std::string>("action"), "reject");
  EXPECT_EQ(reject->getObject("who")->getValue<std::string>("key_id"), mod_tourism_id_);
  EXPECT_EQ(reject->getValue<std::string>("reason"), "Add the city and the year.");
  auto status = reject->getObject("changes")->getObject("status");
  EXPECT_EQ(status->getValue<std::string>("before"), "in_review");
  EXPECT_EQ(status->getValue<std::string>("after"), "rejected");
  // Staff resubmit after fixing it.
  Response resubmit = Call("POST", "/v1/documents/wf-2/submit", "", staff_);
  EXPECT_EQ(resubmit.status, 200) << resubmit.body;
  EXPECT_EQ(resubmit.json()->getValue<std::string>("status"), "in_review");
}

TEST_F(CurationApiTest, ADocumentOfTwoClustersMayBePublishedByEitherModerator) {
  Response r = Call("POST", "/v1/documents/both/publish", "", mod_tourism_);
  EXPECT_EQ(r.status, 200) << r.body;
}

TEST_F(CurationApiTest, ADocumentWithoutThemesIsForAnAdmin) {
  Submit("wf-3", "[]");
  Response r = Call("POST", "/v1/documents/wf-3/publish", "", mod_drr_);
  EXPECT_EQ(r.status, 403);
  EXPECT_EQ(r.detail(), "document 'wf-3' belongs to no cluster (it has no theme); only an admin may publish it");
  EXPECT_EQ(Call("POST", "/v1/documents/wf-3/publish", "", admin_).status, 200);
}

// ---- tagging and theme decisions, audited

TEST_F(CurationApiTest, TagEditsAndThemeDecisionsAreAuditedWithWhoAndWhichPlugin) {
  ASSERT_EQ(Call("POST", "/v1/documents/sirens/tags", R"({"add": ["flagship"]})", staff_).status, 200);
  Response decided = Call("POST", "/v1/documents/sirens/themes", R"({"reject": ["health"]})", staff_);
  ASSERT_EQ(decided.status, 200) << decided.body;
  auto entries = Call("GET", "/v1/documents/sirens/history", "", staff_).json()->getArray("entries");
  ASSERT_GE(entries->size(), 3u);
  auto tags = entries->getObject(static_cast<unsigned>(entries->size() - 2));
  EXPECT_EQ(tags->getValue<std::string>("action"), "tags");
  EXPECT_EQ(tags->getObject("who")->getValue<std::string>("key_id"), staff_id_);
  EXPECT_EQ(Strings(tags->getObject("changes")->getObject("tags")->getArray("after")), std::vector<std::string>{"flagship"});
  auto themes = entries->getObject(static_cast<unsigned>(entries->size() - 1));
  EXPECT_EQ(themes->getValue<std::string>("action"), "themes");
  EXPECT_EQ(Strings(themes->getObject("changes")->getObject("rejected_themes")->getArray("after")),
            std::vector<std::string>{"health"});
  EXPECT_EQ(Strings(themes->getArray("plugins")), std::vector<std::string>{"silkdex_health 1.0.0"});
}

TEST_F(CurationApiTest, BulkTaggingTagsEveryResultOfAQuery) {
  Response r = Call("POST", "/v1/tags:bulk", R"({"query": "drills OR sirens", "add": ["campaign-2021"]})", staff_);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()->getValue<int>("matched"), 2);
  EXPECT_EQ(r.json()->getValue<int>("changed"), 2);
  auto tagged = testing::HitIds(Call("GET", "/v1/search?tag=campaign-2021&sort=date"));
  std::sort(tagged.begin(), tagged.end());
  EXPECT_THAT(tagged, ElementsAre("drills", "sirens"));
  Response again = Call("POST", "/v1/tags:bulk", R"({"query": "drills OR sirens", "add": ["campaign-2021"]})", staff_);
  EXPECT_EQ(again.json()->getValue<int>("changed"), 0);
  Response empty = Call("POST", "/v1/tags:bulk", R"({"query": "drills"})", staff_);
  EXPECT_EQ(empty.status, 400);
  EXPECT_EQ(empty.detail(), "fields 'add' and 'remove': give at least one tag to add or remove");
}

TEST_F(CurationApiTest, BulkTaggingOfAShortQueryTagsOnlyDocumentsWithEveryWord) {
  // A search for "flood warning" lists documents with one of the words after
  // "sirens", the only one with both; bulk tagging takes "sirens" alone.
  auto listed = testing::HitIds(Call("GET", "/v1/search?q=flood%20warning", "", staff_));
  ASSERT_GE(listed.size(), 2u);
  EXPECT_EQ(listed[0], "sirens");
  Response r = Call("POST", "/v1/tags:bulk", R"({"query": "flood warning", "add": ["flood-2021"]})", staff_);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()->getValue<int>("matched"), 1);
  EXPECT_THAT(testing::HitIds(Call("GET", "/v1/search?tag=flood-2021", "", staff_)), ElementsAre("sirens"));
  Response undo = Call("POST", "/v1/tags:bulk", R"({"query": "flood warning", "remove": ["flood-2021"]})", staff_);
  ASSERT_EQ(undo.status, 200) << undo.body;
  EXPECT_EQ(undo.json()->getValue<int>("changed"), 1);
}

// ---- clusters: items and pins

TEST_F(CurationApiTest, SevenClustersArePublicWithTheirFeaturedItemsInOrder) {
  ASSERT_EQ(Call("PUT", "/v1/clusters/drr/items/sirens", R"({"position": 1, "note": "Start here"})", mod_drr_).status, 200);
  Response put = Call("PUT", "/v1/clusters/drr/items/drills", R"({"position": 1})", mod_drr_);
  ASSERT_EQ(put.status, 200) << put.body;
  ASSERT_EQ(Call("PUT", "/v1/clusters/drr/items/draft-plan", "{}", mod_drr_).status, 200);
  Response list = Call("GET", "/v1/clusters");
  ASSERT_EQ(list.status, 200);
  EXPECT_EQ(list.json()->getArray("clusters")->size(), 7u);
  Response drr = Call("GET", "/v1/clusters/drr");
  ASSERT_EQ(drr.status, 200);
  auto o = drr.json();
  EXPECT_EQ(o->getValue<std::string>("name"), "Disaster Risk Reduction, Mitigation in Resilient Cities");
  EXPECT_EQ(o->getValue<int>("moderators"), 1);
  auto featured = o->getArray("featured");
  // The public does not see the item still in review.
  ASSERT_EQ(featured->size(), 2u);
  EXPECT_EQ(featured->getObject(0)->getValue<std::string>("id"), "drills");
  EXPECT_EQ(featured->getObject(1)->getValue<std::string>("id"), "sirens");
  EXPECT_EQ(featured->getObject(1)->getValue<std::string>("note"), "Start here");
  EXPECT_EQ(Call("GET", "/v1/clusters/drr", "", staff_).json()->getArray("featured")->size(), 3u);
  EXPECT_EQ(Call("DELETE", "/v1/clusters/drr/items/drills", "", mod_drr_).status, 204);
  Response gone = Call("DELETE", "/v1/clusters/drr/items/drills", "", mod_drr_);
  EXPECT_EQ(gone.status, 404);
  EXPECT_EQ(gone.detail(), "document 'drills' is not an item of cluster 'drr'");
  Response missing = Call("GET", "/v1/clusters/space");
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(missing.code(), "cluster_not_found");
}

TEST_F(CurationApiTest, PinnedResultsComeFirstInTheirClusterAndRespectFilters) {
  Response put = Call("PUT", "/v1/clusters/drr/pins", R"({"query": "Early Warning", "ids": ["news-shelters", "draft-plan", "drills"]})", mod_drr_);
  ASSERT_EQ(put.status, 200) << put.body;
  Response r = Call("GET", "/v1/search?cluster=drr&q=early%20warning");
  ASSERT_EQ(r.status, 200) << r.body;
  auto ids = testing::HitIds(r);
  // draft-plan is in review: the public never sees it, pinned or not.
  ASSERT_GE(ids.size(), 3u);
  EXPECT_EQ(ids[0], "news-shelters");
  EXPECT_EQ(ids[1], "drills");
  EXPECT_EQ(std::count(ids.begin(), ids.end(), "draft-plan"), 0);
  auto hits = r.json()->getArray("hits");
  EXPECT_TRUE(hits->getObject(0)->getValue<bool>("pinned"));
  EXPECT_TRUE(hits->getObject(1)->getValue<bool>("pinned"));
  EXPECT_FALSE(hits->getObject(2)->getValue<bool>("pinned"));
  // Staff see the pinned draft in its place.
  EXPECT_EQ(testing::HitIds(Call("GET", "/v1/search?cluster=drr&q=early%20warning", "", staff_))[1], "draft-plan");
  // A filter that leaves a pinned document out leaves it out.
  auto filtered = testing::HitIds(Call("GET", "/v1/search?cluster=drr&q=early%20warning&type=other"));
  EXPECT_EQ(std::count(filtered.begin(), filtered.end(), "news-shelters"), 0);
  EXPECT_EQ(filtered.front(), "drills");
  // Outside the cluster, or for another query, nothing is pinned.
  EXPECT_FALSE(Call("GET", "/v1/search?q=early%20warning").json()->getArray("hits")->getObject(0)->getValue<bool>("pinned"));
  Response listed = Call("GET", "/v1/clusters/drr/pins", "", mod_drr_);
  ASSERT_EQ(listed.status, 200);
  EXPECT_EQ(listed.json()->getArray("pins")->getObject(0)->getValue<std::string>("query"), "Early Warning");
  Response bad = Call("PUT", "/v1/clusters/drr/pins", R"({"query": "x", "ids": ["nope"]})", mod_drr_);
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.detail(), "field 'ids': no document has id 'nope'");
}

TEST_F(CurationApiTest, AdminsAddClusters) {
  Response r = Call("POST", "/v1/clusters", R"({"id": "resilience", "name": "Resilient heritage", "description": "Floods and heritage.", "themes": ["drr", "tourism"]})", admin_);
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(Call("POST", "/v1/clusters", R"({"id": "resilience", "name": "Again", "themes": ["drr"]})", admin_).code(), "cluster_exists");
  auto ids = testing::HitIds(Call("GET", "/v1/search?cluster=resilience&sort=date&per_page=50"));
  EXPECT_NE(std::find(ids.begin(), ids.end(), "museum"), ids.end());
  EXPECT_NE(std::find(ids.begin(), ids.end(), "sirens"), ids.end());
}

// ---- the audit trail beyond documents

TEST_F(CurationApiTest, AdminsReadTheWholeTrailIncludingPinsAndItems) {
  ASSERT_EQ(Call("PUT", "/v1/clusters/tourism/pins", R"({"query": "heritage", "ids": ["museum"]})", mod_tourism_).status, 200);
  ASSERT_EQ(Call("PUT", "/v1/clusters/tourism/items/museum", R"({"note": "Reopening safely"})", mod_tourism_).status, 200);
  Response pins = Call("GET", "/v1/audit?action=pin&cluster=tourism", "", admin_);
  ASSERT_EQ(pins.status, 200) << pins.body;
  auto entries = pins.json()->getArray("entries");
  ASSERT_EQ(entries->size(), 1u);
  auto pin = entries->getObject(0);
  EXPECT_EQ(pin->getObject("who")->getValue<std::string>("key_id"), mod_tourism_id_);
  EXPECT_EQ(pin->getObject("changes")->getValue<std::string>("query"), "heritage");
  EXPECT_EQ(Strings(pin->getObject("changes")->getObject("ids")->getArray("before")), std::vector<std::string>{});
  EXPECT_EQ(Strings(pin->getObject("changes")->getObject("ids")->getArray("after")), std::vector<std::string>{"museum"});
  auto items = Call("GET", "/v1/audit?action=cluster_item&cluster=tourism", "", admin_).json()->getArray("entries");
  ASSERT_EQ(items->size(), 1u);
  EXPECT_EQ(items->getObject(0)->getValue<std::string>("document_id"), "museum");
  EXPECT_EQ(items->getObject(0)->getObject("changes")->getObject("item")->getObject("after")->getValue<std::string>("note"),
            "Reopening safely");
  // Paging through the trail.
  Response first = Call("GET", "/v1/audit?limit=2", "", admin_);
  ASSERT_EQ(first.json()->getArray("entries")->size(), 2u);
  auto next = first.json()->getValue<int>("next");
  auto rest = Call("GET", "/v1/audit?limit=1000&since=" + std::to_string(next), "", admin_).json()->getArray("entries");
  EXPECT_EQ(rest->getObject(0)->getValue<int>("seq"), next + 1);
  EXPECT_EQ(Call("GET", "/v1/audit", "", staff_).status, 403);
}

// ---- each role against each curation endpoint

struct Case {
  const char* method;
  const char* path;
  const char* body;
  int public_status, staff_status, other_moderator_status;  // 401/403, or 0 for "allowed"
};

TEST_F(CurationApiTest, EveryRoleAgainstEveryCurationEndpoint) {
  const std::vector<Case> cases = {
      {"POST", "/v1/documents/draft-plan/publish", "", 401, 403, 403},
      {"POST", "/v1/documents/draft-plan/reject", R"({"reason": "r"})", 401, 403, 403},
      {"POST", "/v1/documents/draft-plan/archive", "", 401, 403, 403},
      {"POST", "/v1/documents/sirens/submit", "", 401, 0, 0},
      {"GET", "/v1/documents/sirens/history", "", 401, 0, 0},
      {"POST", "/v1/tags:bulk", R"({"query": "nothing-matches-this", "add": ["x"]})", 401, 0, 0},
      {"GET", "/v1/clusters", "", 0, 0, 0},
      {"GET", "/v1/clusters/drr", "", 0, 0, 0},
      {"POST", "/v1/clusters", R"({"id": "c2", "name": "n", "themes": ["drr"]})", 401, 403, 403},
      {"PUT", "/v1/clusters/drr/items/sirens", "{}", 401, 403, 403},
      {"DELETE", "/v1/clusters/drr/items/sirens", "", 401, 403, 403},
      {"GET", "/v1/clusters/drr/pins", "", 401, 403, 403},
      {"PUT", "/v1/clusters/drr/pins", R"({"query": "q", "ids": []})", 401, 403, 403},
      {"GET", "/v1/moderation/queue?cluster=drr", "", 401, 403, 403},
      {"GET", "/v1/whoami", "", 0, 0, 0},
      {"GET", "/v1/audit", "", 401, 403, 403},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(std::string(c.method) + " " + c.path);
    for (auto [key, expected] : {std::pair{std::string(), c.public_status}, {staff_, c.staff_status}, {mod_tourism_, c.other_moderator_status}}) {
      Response r = Call(c.method, c.path, c.body, key);
      if (expected == 0) {
        EXPECT_NE(r.status, 401) << r.body;
        EXPECT_NE(r.status, 403) << r.body;
      } else {
        EXPECT_EQ(r.status, expected) << r.body;
        EXPECT_EQ(r.code(), expected == 401 ? "unauthorized" : "forbidden") << r.body;
      }
    }
  }
  // The rights they lack, the drr moderator and the admin have.
  EXPECT_EQ(Call("GET", "/v1/clusters/drr/pins", "", mod_drr_).status, 200);
  EXPECT_EQ(Call("GET", "/v1/moderation/queue?cluster=drr", "", mod_drr_).status, 200);
  EXPECT_EQ(Call("GET", "/v1/clusters/tourism/pins", "", admin_).status, 200);
  Response who = Call("GET", "/v1/whoami", "", mod_drr_);
  EXPECT_EQ(who.json()->getValue<std::string>("role"), "moderator");
  EXPECT_EQ(Strings(who.json()->getArray("clusters")), std::vector<std::string>{"drr"});
  EXPECT_EQ(Call("GET", "/v1/whoami").json()->getValue<std::string>("role"), "public");
}

}  // namespace
}  // namespace silkdex
