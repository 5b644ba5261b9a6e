// The HTTP API as a client sees it: a real server on a free loopback port,
// real HTTP requests, exact statuses and problem codes.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/StreamCopier.h>

#include "auth.h"
#include "server.h"
#include "silkdex/index.h"
#include "silkdex/ingest.h"
#include "support/http_client.h"
#include "support/test_support.h"

namespace silkdex {
namespace {

using ::testing::HasSubstr;
using Poco::JSON::Object;
using testing::TempDir;

using testing::Response;

Document Doc(std::string id, std::string title, std::string body, std::string status = "published") {
  Document d;
  d.id = std::move(id);
  d.title = std::move(title);
  d.body = std::move(body);
  d.language = "en";
  d.status = std::move(status);
  return d;
}

class ApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir;
    {
      auto w = IndexWriter::Open(dir_->path() / "data/index");
      ASSERT_TRUE(w.ok());
      Document flood = Doc("flood-udine", "Flood early warning in Udine", "Udine warns its citizens of floods. Rivers and rain gauges.");
      flood.themes = {"drr"};
      flood.cities = {{"Udine", "Italy"}};
      flood.date = "2020-10-06";
      flood.tags = {"early warning"};
      Document masks = Doc("masks-22", "Masks for 22 countries", "Masks and <PPE> donations & logistics for floods relief.");
      masks.themes = {"health"};
      masks.date = "2021-02";
      Document review = Doc("secret-review", "Flood shelters awaiting review", "Flood shelters for Udine.", "in_review");
      review.themes = {"drr", "tourism"};
      review.cities = {{"Udinetown", "Italy"}};
      Document talk = Doc("talk", "Reopening webinar", "");
      talk.type = "webinar_transcript";
      talk.segments = {{0, 5000, "Moderator", "Welcome."}, {751000, 760000, "Dr. Zunyou Wu", "Testing in schools helped reopening."}};
      for (auto* d : {&flood, &masks, &review, &talk}) {
        ASSERT_TRUE(FinishDocument(d, d->id).ok());
        ASSERT_TRUE((*w)->Put(*d).ok());
      }
    }
    auto keys = api::KeyStore::Open(dir_->path() / "data/catalog.sqlite");
    ASSERT_TRUE(keys.ok());
    staff_ = (*keys)->Create(api::Role::kStaff, {})->key;
    moderator_ = (*keys)->Create(api::Role::kModerator, {"drr"})->key;
    admin_ = (*keys)->Create(api::Role::kAdmin, {})->key;
    api::ServerOptions options;
    options.port = 0;
    options.limits.max_body_bytes = 64 * 1024;
    options.limits.max_header_bytes = 4 * 1024;
    auto server = api::Server::Start(options, dir_->path() / "data");
    ASSERT_TRUE(server.ok()) << server.status().ToString();
    server_ = std::move(server).value().release();
  }
  static void TearDownTestSuite() {
    delete server_;
    delete dir_;
  }

  static Response Call(const std::string& method, const std::string& uri, const std::string& body = "",
                       const std::string& key = "", const std::vector<std::pair<std::string, std::string>>& headers = {}) {
    return testing::Call(server_->port(), method, uri, body, key, headers);
  }
  static std::vector<std::string> HitIds(const Response& r) { return testing::HitIds(r); }

  static TempDir* dir_;
  static api::Server* server_;
  static std::string staff_, moderator_, admin_;
};

TempDir* ApiTest::dir_ = nullptr;
api::Server* ApiTest::server_ = nullptr;
std::string ApiTest::staff_, ApiTest::moderator_, ApiTest::admin_;

// ---- search

TEST_F(ApiTest, SearchAnswersTheContractShape) {
  Response r = Call("GET", "/v1/search?q=flood&per_page=5");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.content_type, "application/json");
  auto o = r.json();
  for (const char* key : {"query", "total", "page", "per_page", "took_ms", "suggestion", "hits", "facets"}) EXPECT_TRUE(o->has(key)) << key;
  EXPECT_EQ(o->getValue<int>("per_page"), 5);
  EXPECT_THAT(HitIds(r), ::testing::UnorderedElementsAre("flood-udine", "masks-22"));
  for (const char* facet : {"theme", "type", "country", "city", "year", "partner", "lang"}) EXPECT_TRUE(o->getObject("facets")->has(facet)) << facet;
}

TEST_F(ApiTest, SearchFiltersOrWithinAndAndAcross) {
  EXPECT_THAT(HitIds(Call("GET", "/v1/search?q=flood&theme=drr&theme=health")), ::testing::UnorderedElementsAre("flood-udine", "masks-22"));
  EXPECT_THAT(HitIds(Call("GET", "/v1/search?q=flood&theme=drr&theme=health&city=udine")), ::testing::ElementsAre("flood-udine"));
  EXPECT_THAT(HitIds(Call("GET", "/v1/search?from=2021&to=2021-12")), ::testing::ElementsAre("masks-22"));
}

TEST_F(ApiTest, SnippetMarksMatchesAndEscapesEverythingElse) {
  Response r = Call("GET", "/v1/search?q=donations");
  ASSERT_EQ(r.status, 200);
  std::string snippet = r.json()->getArray("hits")->getObject(0)->getValue<std::string>("snippet");
  EXPECT_EQ(snippet, "Masks and &lt;PPE&gt; <mark>donations</mark> &amp; logistics for floods relief.");
}

TEST_F(ApiTest, TranscriptHitGivesTheMomentAndSpeaker) {
  Response r = Call("GET", "/v1/search?q=schools");
  ASSERT_EQ(r.status, 200);
  auto seg = r.json()->getArray("hits")->getObject(0)->getObject("segment");
  EXPECT_EQ(seg->getValue<std::string>("start"), "00:12:31");
  EXPECT_EQ(seg->getValue<std::string>("speaker"), "Dr. Zunyou Wu");
}

TEST_F(ApiTest, BadParametersAreNamed) {
  Response r = Call("GET", "/v1/search?q=flood&page=abc");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.content_type, "application/problem+json");
  EXPECT_EQ(r.body, R"({"type":"https://silkdex.org/problems/invalid_parameter","title":"Bad Request","status":400,"detail":"parameter 'page' must be a whole number, got 'abc'","code":"invalid_parameter","errors":[{"field":"page","detail":"must be a whole number"}]})");
  r = Call("GET", "/v1/search?q=flood&per_page=101");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.json()->getValue<std::string>("detail"), "parameter 'per_page': must be 1 to 100, got 101");
  r = Call("GET", "/v1/search?q=flood&page=1001");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.code(), "invalid_parameter");
  r = Call("GET", "/v1/search?q=year:20x0");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.code(), "invalid_query");
  r = Call("GET", "/v1/search?cluster=space");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.json()->getValue<std::string>("detail"), "parameter 'cluster': no cluster has id 'space'");
}

// ---- visibility: the public never sees what is not published

TEST_F(ApiTest, PublicNeverSeesUnpublishedDocuments) {
  Response r = Call("GET", "/v1/search?q=shelters");
  EXPECT_EQ(r.json()->getValue<int>("total"), 0);
  r = Call("GET", "/v1/search?q=flood&facets=theme,city");
  std::string facets = r.body.substr(r.body.find("\"facets\""));
  EXPECT_THAT(facets, ::testing::Not(HasSubstr("tourism")));
  EXPECT_THAT(facets, ::testing::Not(HasSubstr("Udinetown")));
  EXPECT_EQ(Call("GET", "/v1/documents/secret-review").status, 404);
  EXPECT_EQ(Call("GET", "/v1/documents/secret-review/similar").status, 404);
  EXPECT_THAT(Call("GET", "/v1/suggest?q=udinet").body, ::testing::Not(HasSubstr("Udinetown")));
  EXPECT_THAT(Call("GET", "/v1/documents/flood-udine/similar").body, ::testing::Not(HasSubstr("secret-review")));
  EXPECT_EQ(Call("GET", "/v1/search?status=in_review").status, 403);
  // Staff see every status.
  EXPECT_EQ(Call("GET", "/v1/documents/secret-review", "", staff_).status, 200);
  EXPECT_EQ(Call("GET", "/v1/search?q=shelters", "", staff_).json()->getValue<int>("total"), 1);
  EXPECT_THAT(Call("GET", "/v1/suggest?q=udinet", "", staff_).body, HasSubstr("Udinetown"));
}

TEST_F(ApiTest, SuggestAndPlugins) {
  Response r = Call("GET", "/v1/suggest?q=flo");
  ASSERT_EQ(r.status, 200);
  EXPECT_THAT(r.body, HasSubstr(R"({"text":"Flood early warning in Udine","kind":"title","id":"flood-udine"})"));
  EXPECT_EQ(Call("GET", "/v1/suggest").code(), "invalid_parameter");
  EXPECT_EQ(Call("GET", "/v1/plugins").body, R"({"plugins":[]})");
}

// ---- documents

TEST_F(ApiTest, DocumentLifecycle) {
  Response r = Call("PUT", "/v1/documents/gp-1", R"({"title":"Composting in Pune","body":"Pune composts market waste.","themes":["green"]})", staff_);
  ASSERT_EQ(r.status, 201) << r.body;
  auto doc = r.json();
  EXPECT_EQ(doc->getValue<std::string>("status"), "in_review");  // staff submissions wait for review
  EXPECT_TRUE(doc->has("suggested_themes"));
  EXPECT_EQ(Call("GET", "/v1/documents/gp-1").status, 404);      // not yet public
  r = Call("PUT", "/v1/documents/gp-1", R"({"title":"Composting in Pune","body":"Pune composts.","status":"published"})", admin_);
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(Call("GET", "/v1/documents/gp-1").status, 200);
  EXPECT_EQ(Call("GET", "/v1/search?q=composts").json()->getValue<int>("total"), 1);  // committed before the answer

  r = Call("POST", "/v1/documents/gp-1/tags", R"({"add":["waste","pune"],"remove":["none"]})", staff_);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()->getArray("tags")->size(), 2u);
  r = Call("POST", "/v1/documents/gp-1/themes", R"({"add":["green"]})", staff_);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()->getArray("clusters")->getElement<std::string>(0), "green");
  r = Call("POST", "/v1/documents/gp-1/themes", R"({"accept":["drr"]})", staff_);
  EXPECT_EQ(r.status, 409);
  EXPECT_EQ(r.code(), "not_suggested");
  r = Call("POST", "/v1/documents/gp-1/themes", R"({"add":["space"]})", staff_);
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.json()->getValue<std::string>("detail"), "field 'add': 'space' is not a theme id");

  EXPECT_EQ(Call("DELETE", "/v1/documents/gp-1", "", staff_).status, 204);
  EXPECT_EQ(Call("DELETE", "/v1/documents/gp-1", "", staff_).code(), "document_not_found");
}

TEST_F(ApiTest, PostCreatesWithLocationAndRefusesDuplicates) {
  Response r = Call("POST", "/v1/documents", R"({"title":"Bus rapid transit","body":"BRT lanes."})", staff_);
  ASSERT_EQ(r.status, 201) << r.body;
  std::string id = r.json()->getValue<std::string>("id");
  EXPECT_EQ(r.head.get("Location"), "/v1/documents/" + id);
  r = Call("POST", "/v1/documents", R"({"id":"flood-udine","title":"Again","body":"x"})", staff_);
  EXPECT_EQ(r.status, 409);
  EXPECT_EQ(r.code(), "document_exists");
}

TEST_F(ApiTest, BadDocumentsAreExplained) {
  Response r = Call("PUT", "/v1/documents/x1", R"({"title":"T","body":"b","views":"many"})", staff_);
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.body, R"({"type":"https://silkdex.org/problems/invalid_document","title":"Bad Request","status":400,"detail":"field 'views': expected an integer, got a string","code":"invalid_document","errors":[{"field":"views","detail":"expected an integer, got a string"}]})");
  r = Call("PUT", "/v1/documents/x1", R"({"title": "T", "body": )", staff_);
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.code(), "invalid_json");
  r = Call("PUT", "/v1/documents/x1", R"({"id":"x2","title":"T","body":"b"})", staff_);
  EXPECT_EQ(r.json()->getValue<std::string>("detail"), "field 'id': 'x2' differs from the id in the path, 'x1'");
  r = Call("PUT", "/v1/documents/x1", R"({"title":"T","body":"b","status":"published"})", staff_);
  EXPECT_EQ(r.status, 403);
}

TEST_F(ApiTest, BulkKeepsGoodLinesAndNamesBadOnes) {
  std::string ndjson =
      "{\"id\":\"b1\",\"title\":\"One\",\"body\":\"bulk one\"}\n"
      "{\"id\":\"b2\",\"title\":\"Two\"}\n"
      "\n"
      "not json\n"
      "{\"id\":\"b3\",\"title\":\"Three\",\"body\":\"bulk three\"}\n";
  Response r = Call("POST", "/v1/documents:bulk", ndjson, admin_);
  ASSERT_EQ(r.status, 200) << r.body;
  auto o = r.json();
  EXPECT_EQ(o->getValue<int>("indexed"), 2);
  auto failed = o->getArray("failed");
  ASSERT_EQ(failed->size(), 2u);
  EXPECT_EQ(failed->getObject(0)->getValue<int>("line"), 2);
  EXPECT_EQ(failed->getObject(0)->getObject("problem")->getValue<std::string>("detail"),
            "field 'body': is missing (required for JSON documents)");
  EXPECT_EQ(failed->getObject(1)->getValue<int>("line"), 4);
  EXPECT_EQ(failed->getObject(1)->getObject("problem")->getValue<std::string>("code"), "invalid_json");
  EXPECT_EQ(Call("GET", "/v1/documents/b3").status, 200);  // an admin's bulk load is published
}

// ---- keys and roles

TEST_F(ApiTest, RolesMatrix) {
  struct Case {
    std::string method, uri, body;
    int public_status, staff_status;
  };
  const std::vector<Case> cases = {
      {"GET", "/v1/search?q=flood", "", 200, 200},
      {"GET", "/v1/suggest?q=flo", "", 200, 200},
      {"GET", "/v1/plugins", "", 200, 200},
      {"GET", "/v1/documents/flood-udine", "", 200, 200},
      {"GET", "/v1/documents/flood-udine/similar", "", 200, 200},
      {"PUT", "/v1/documents/matrix", R"({"title":"M","body":"m"})", 401, 0},
      {"POST", "/v1/documents", R"({"title":"M","body":"m"})", 401, 201},
      {"POST", "/v1/documents:bulk", R"({"title":"M","body":"m"})", 401, 200},
      {"POST", "/v1/documents/flood-udine/tags", R"({"add":["x"]})", 401, 200},
      {"POST", "/v1/documents/flood-udine/themes", R"({"add":["drr"]})", 401, 200},
      {"DELETE", "/v1/documents/matrix", "", 401, 0},
      {"GET", "/healthz", "", 200, 200},
      {"GET", "/readyz", "", 200, 200},
      {"GET", "/metrics", "", 200, 200},
  };
  for (const auto& c : cases) {
    Response anon = Call(c.method, c.uri, c.body);
    EXPECT_EQ(anon.status, c.public_status) << "public " << c.method << " " << c.uri << ": " << anon.body;
    if (anon.status == 401) {
      EXPECT_EQ(anon.code(), "unauthorized");
      EXPECT_EQ(anon.head.get("WWW-Authenticate"), "Bearer");
    }
    for (const std::string* key : {&staff_, &moderator_, &admin_}) {
      if (c.method == "DELETE") Call("PUT", c.uri, R"({"title":"M","body":"m"})", admin_);
      Response r = Call(c.method, c.uri, c.body, *key);
      if (c.staff_status) EXPECT_EQ(r.status, c.staff_status) << c.method << " " << c.uri << ": " << r.body;
      else EXPECT_LT(r.status, 300) << c.method << " " << c.uri << ": " << r.body;
    }
  }
}

TEST_F(ApiTest, BadKeysAreRefusedEvenOnPublicRoutes) {
  for (const std::string& key : {std::string("nonsense"), "sdx_000000000000_" + std::string(48, '0'), staff_.substr(0, staff_.size() - 1) + "x"}) {
    Response r = Call("GET", "/v1/search?q=flood", "", key);
    EXPECT_EQ(r.status, 401) << key;
    EXPECT_EQ(r.json()->getValue<std::string>("detail"), "the API key is not valid: check the Authorization: Bearer header");
  }
  Response basic = Call("GET", "/v1/search", "", "", {{"Authorization", "Basic abc"}});
  EXPECT_EQ(basic.status, 401);
}

// ---- errors and limits

TEST_F(ApiTest, UnknownRouteAndWrongMethodAreProblems) {
  Response r = Call("GET", "/v2/everything");
  EXPECT_EQ(r.status, 404);
  EXPECT_EQ(r.code(), "unknown_route");
  EXPECT_EQ(r.content_type, "application/problem+json");
  r = Call("DELETE", "/v1/search");
  EXPECT_EQ(r.status, 405);
  EXPECT_EQ(r.code(), "method_not_allowed");
  EXPECT_EQ(r.head.get("Allow"), "GET");
}

TEST_F(ApiTest, BodyAndHeaderCaps) {
  Response r = Call("POST", "/v1/documents:bulk", std::string(70 * 1024, 'x'), staff_);
  EXPECT_EQ(r.status, 413);
  EXPECT_EQ(r.code(), "body_too_large");
  r = Call("GET", "/v1/search?q=flood", "", "", {{"X-Padding", std::string(5000, 'a')}});
  EXPECT_EQ(r.status, 431);
  EXPECT_EQ(r.code(), "headers_too_large");
}

// ---- health, readiness, metrics

TEST_F(ApiTest, HealthReadinessAndMetrics) {
  EXPECT_EQ(Call("GET", "/healthz").body, R"({"status":"ok"})");
  EXPECT_THAT(Call("GET", "/readyz").body, HasSubstr(R"("status":"ready")"));
  Call("GET", "/v1/search?q=flood");
  Response m = Call("GET", "/metrics");
  EXPECT_EQ(m.content_type, "text/plain; version=0.0.4");
  EXPECT_THAT(m.body, HasSubstr("silkdex_http_requests_total{route=\"get_search\",status=\"200\"}"));
  EXPECT_THAT(m.body, HasSubstr("silkdex_http_request_duration_seconds_bucket{route=\"get_search\",le=\"+Inf\"}"));
  EXPECT_THAT(m.body, HasSubstr("silkdex_documents "));
  EXPECT_THAT(m.body, HasSubstr("silkdex_index_bytes "));
  EXPECT_THAT(m.body, HasSubstr("silkdex_plugin_failures_total 0"));
}

// ---- concurrency: searches keep working while a bulk load commits

TEST_F(ApiTest, SearchesNeverFailDuringABulkLoad) {
  std::atomic<bool> done{false};
  std::atomic<int> searches{0}, failures{0};
  std::vector<std::thread> readers;
  for (int t = 0; t < 3; ++t) {
    readers.emplace_back([&] {
      while (!done) {
        Response r = Call("GET", "/v1/search?q=concurrent+load&facets=theme");
        ++searches;
        if (r.status != 200) ++failures;
      }
    });
  }
  for (int batch = 0; batch < 10; ++batch) {
    std::string ndjson;
    for (int i = 0; i < 100; ++i)
      ndjson += "{\"id\":\"c" + std::to_string(batch * 100 + i) + "\",\"title\":\"Concurrent load " + std::to_string(i) +
                "\",\"body\":\"concurrent load text\",\"themes\":[\"green\"]}\n";
    ASSERT_EQ(Call("POST", "/v1/documents:bulk", ndjson, admin_).status, 200);
  }
  done = true;
  for (auto& t : readers) t.join();
  EXPECT_EQ(failures.load(), 0);
  EXPECT_GT(searches.load(), 0);
  EXPECT_EQ(Call("GET", "/v1/search?q=concurrent+load").json()->getValue<int>("total"), 1000);
}

// ---- load shedding: a full server answers 503 at once instead of queueing without end

TEST(OverloadTest, ConnectionsBeyondTheQueueGet503) {
  TempDir dir;
  api::ServerOptions options;
  options.port = 0;
  options.threads = 1;
  options.max_queued = 0;
  options.request_timeout_s = 1;
  auto server = api::Server::Start(options, dir / "data");
  ASSERT_TRUE(server.ok()) << server.status().ToString();
  uint16_t port = (*server)->port();
  // A connection that sends nothing holds the only worker until the request timeout.
  Poco::Net::StreamSocket idle(Poco::Net::SocketAddress("127.0.0.1", port));
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  std::vector<int> statuses(2);
  std::vector<std::thread> clients;
  for (int i = 0; i < 2; ++i) {
    clients.emplace_back([&, i] {
      Poco::Net::HTTPClientSession session("127.0.0.1", port);
      session.setTimeout(Poco::Timespan(10, 0));
      Poco::Net::HTTPRequest req("GET", "/healthz", Poco::Net::HTTPMessage::HTTP_1_1);
      session.sendRequest(req);
      Poco::Net::HTTPResponse resp;
      std::string body;
      Poco::StreamCopier::copyToString(session.receiveResponse(resp), body);
      statuses[i] = resp.getStatus();
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  for (auto& t : clients) t.join();
  EXPECT_THAT(statuses, ::testing::ElementsAre(503, 200));  // the first waited behind another: shed
}

// ---- the program: serve, then stop on SIGTERM with the index closed

TEST(ServeCommandTest, StopsCleanlyOnSigterm) {
  TempDir dir;
  std::string out, err;
  std::string bin = testing::SilkdexBinary().string();
  ASSERT_EQ(testing::RunCommand(bin + " index " + testing::DemoCorpus().string() + " --index " + (dir / "data").string(), &out, &err), 0) << err;
  std::string script = bin + " serve --port 0 --index " + (dir / "data").string() + " > " + (dir / "serve.out").string() +
                       " 2> " + (dir / "serve.err").string() + " & pid=$!; " +
                       "for i in $(seq 100); do grep -q listening " + (dir / "serve.out").string() + " && break; sleep 0.1; done; " +
                       "kill -TERM $pid; wait $pid; echo exit=$?";
  ASSERT_EQ(testing::RunCommand(script, &out, &err), 0) << err;
  EXPECT_THAT(out, HasSubstr("exit=0"));
  EXPECT_THAT(testing::ReadFile(dir / "serve.out"), HasSubstr("listening on http://127.0.0.1:"));
  EXPECT_THAT(testing::ReadFile(dir / "serve.err"), HasSubstr("SIGTERM: finishing requests in flight and closing the index"));
  EXPECT_TRUE(CheckIndex(dir / "data/index").ok());
  ASSERT_EQ(testing::RunCommand(bin + " index " + testing::DemoCorpus().string() + " --index " + (dir / "data").string(), &out, &err), 0)
      << "the index lock was released: " << err;
}

}  // namespace
}  // namespace silkdex
