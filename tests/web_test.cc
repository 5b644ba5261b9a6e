// The web interface as the server delivers it, and the upload route: a real
// server on a free loopback port, real requests (as tests/api_test.cc does).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include "auth.h"
#include "server.h"
#include "silkdex/index.h"
#include "silkdex/ingest.h"
#include "support/http_client.h"
#include "support/test_support.h"
#include "web_assets.h"

namespace silkdex {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;
using Poco::JSON::Object;
using testing::TempDir;

using testing::Response;

class WebTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir;
    {
      auto w = IndexWriter::Open(dir_->path() / "data/index");
      ASSERT_TRUE(w.ok());
      Document d;
      d.id = "existing";
      d.title = "An existing document";
      d.body = "Already here.";
      d.language = "en";
      ASSERT_TRUE(FinishDocument(&d, d.id).ok());
      ASSERT_TRUE((*w)->Put(d).ok());
    }
    auto keys = api::KeyStore::Open(dir_->path() / "data/catalog.sqlite");
    ASSERT_TRUE(keys.ok());
    staff_ = (*keys)->Create(api::Role::kStaff, {})->key;
    admin_ = (*keys)->Create(api::Role::kAdmin, {})->key;
    api::ServerOptions options;
    options.port = 0;
    options.limits.max_body_bytes = 256 * 1024;
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

  static TempDir* dir_;
  static api::Server* server_;
  static std::string staff_, admin_;
};

TempDir* WebTest::dir_ = nullptr;
api::Server* WebTest::server_ = nullptr;
std::string WebTest::staff_, WebTest::admin_;

// ---- the page and its files

TEST_F(WebTest, RootServesThePageAsHtmlWithItsPolicy) {
  Response r = Call("GET", "/");
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.head.getContentType(), "text/html; charset=utf-8");
  EXPECT_THAT(r.body, StartsWith("<!doctype html>"));
  EXPECT_THAT(r.body, HasSubstr(R"(<script type="module" src="/assets/app.js"></script>)"));
  EXPECT_THAT(r.header("Content-Security-Policy"), HasSubstr("default-src 'self'"));
  EXPECT_THAT(r.header("Content-Security-Policy"), HasSubstr("script-src 'self';"));
  EXPECT_EQ(r.header("Cache-Control"), "no-cache");
  EXPECT_EQ(r.header("X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(r.body, std::string(api::FindWebAsset("index.html")->bytes));
}

TEST_F(WebTest, DeepLinksServeThePage) {
  const std::string page = Call("GET", "/").body;
  for (const char* path : {"/documents/flood-udine", "/clusters", "/clusters/drr", "/staff", "/moderation",
                           "/?q=flood&theme=drr&theme=health", "/documents/talk?x=1"}) {
    Response r = Call("GET", path);
    EXPECT_EQ(r.status, 200) << path;
    EXPECT_EQ(r.head.getContentType(), "text/html; charset=utf-8") << path;
    EXPECT_EQ(r.body, page) << path;
  }
}

TEST_F(WebTest, PathsOutsideTheAppAndTheApiStayProblems) {
  for (const char* path : {"/documents", "/documents/a/b", "/nowhere", "/v1/nowhere"}) {
    Response r = Call("GET", path);
    EXPECT_EQ(r.status, 404) << path;
    EXPECT_EQ(r.head.getContentType(), "application/problem+json") << path;
    EXPECT_EQ(r.code(), "unknown_route") << path;
  }
  Response post = Call("POST", "/staff", "{}");
  EXPECT_EQ(post.status, 405);
  EXPECT_EQ(post.header("Allow"), "GET");
}

TEST_F(WebTest, AssetsHaveTheirContentTypes) {
  const std::map<std::string, std::string> want = {{"app.js", "text/javascript; charset=utf-8"},
                                                   {"search.js", "text/javascript; charset=utf-8"},
                                                   {"app.css", "text/css; charset=utf-8"},
                                                   {"logo.svg", "image/svg+xml"}};
  for (const auto& [file, type] : want) {
    Response r = Call("GET", "/assets/" + file);
    ASSERT_EQ(r.status, 200) << file;
    EXPECT_EQ(r.head.getContentType(), type) << file;
    EXPECT_EQ(r.body, std::string(api::FindWebAsset(file)->bytes)) << file;
    EXPECT_FALSE(r.body.empty()) << file;
    EXPECT_EQ(r.header("Content-Security-Policy"), "") << file << ": the policy is the page's";
  }
}

TEST_F(WebTest, EveryModuleThePageImportsIsEmbedded) {
  // Each `from './x.js'` in an embedded module names an embedded file.
  for (const auto& asset : api::WebAssets()) {
    if (!asset.name.ends_with(".js")) continue;
    std::string text(asset.bytes);
    for (size_t at = text.find("from './"); at != std::string::npos; at = text.find("from './", at + 1)) {
      size_t end = text.find('\'', at + 8);
      std::string name = text.substr(at + 8, end - at - 8);
      EXPECT_NE(api::FindWebAsset(name), nullptr) << asset.name << " imports " << name;
    }
  }
}

TEST_F(WebTest, UnknownAssetIsAProblem) {
  Response r = Call("GET", "/assets/nothing.js");
  EXPECT_EQ(r.status, 404);
  EXPECT_EQ(r.head.getContentType(), "application/problem+json");
  EXPECT_EQ(r.code(), "asset_not_found");
  EXPECT_EQ(Call("GET", "/assets/..%2Fserver.cc").status, 404);
}

TEST_F(WebTest, EtagRevalidationAnswers304WithoutBody) {
  Response first = Call("GET", "/assets/app.css");
  std::string etag = first.header("ETag");
  ASSERT_THAT(etag, ::testing::MatchesRegex("\"[0-9a-f]{16}\""));
  EXPECT_EQ(first.header("Cache-Control"), "no-cache");
  Response again = Call("GET", "/assets/app.css", "", "", {{"If-None-Match", etag}});
  EXPECT_EQ(again.status, 304);
  EXPECT_EQ(again.body, "");
  EXPECT_EQ(again.header("ETag"), etag);
  EXPECT_EQ(Call("GET", "/assets/app.css", "", "", {{"If-None-Match", "\"other\", W/" + etag}}).status, 304);
  EXPECT_EQ(Call("GET", "/assets/app.css", "", "", {{"If-None-Match", "*"}}).status, 304);
  Response changed = Call("GET", "/assets/app.css", "", "", {{"If-None-Match", "\"0000000000000000\""}});
  EXPECT_EQ(changed.status, 200);
  EXPECT_EQ(changed.body, first.body);
  // Different files, different validators; the page has one too.
  EXPECT_NE(Call("GET", "/assets/app.js").header("ETag"), etag);
  std::string page_etag = Call("GET", "/staff").header("ETag");
  EXPECT_EQ(Call("GET", "/", "", "", {{"If-None-Match", page_etag}}).status, 304);
}

TEST_F(WebTest, HeadOfAnAssetHasItsLengthAndNoBody) {
  Response r = Call("HEAD", "/assets/app.js");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.body, "");
  EXPECT_EQ(r.head.getContentLength64(), static_cast<Poco::Int64>(api::FindWebAsset("app.js")->bytes.size()));
}

TEST_F(WebTest, ApiRepliesStayUncached) {
  EXPECT_EQ(Call("GET", "/v1/search?q=existing").header("Cache-Control"), "no-store");
  EXPECT_EQ(Call("GET", "/healthz").header("Cache-Control"), "no-store");
}

TEST(WebAssetsTest, ContentTypesByExtension) {
  EXPECT_EQ(api::WebContentType("a.html"), "text/html; charset=utf-8");
  EXPECT_EQ(api::WebContentType("a.js"), "text/javascript; charset=utf-8");
  EXPECT_EQ(api::WebContentType("a.css"), "text/css; charset=utf-8");
  EXPECT_EQ(api::WebContentType("a.svg"), "image/svg+xml");
  EXPECT_EQ(api::WebContentType("a.json"), "application/json");
  EXPECT_EQ(api::WebContentType("js"), "application/octet-stream");
  EXPECT_EQ(api::WebContentType("a.exe"), "application/octet-stream");
  ASSERT_NE(api::FindWebAsset("index.html"), nullptr);
  EXPECT_EQ(api::FindWebAsset("missing.html"), nullptr);
}

// ---- POST /v1/documents:upload

TEST_F(WebTest, UploadNeedsAStaffKey) {
  EXPECT_EQ(Call("POST", "/v1/documents:upload?filename=a.txt", "Hello").status, 401);
  EXPECT_EQ(Call("POST", "/v1/documents:upload?filename=a.txt", "Hello", "sdx_bad_key").status, 401);
}

TEST_F(WebTest, UploadedTranscriptBecomesSegmentsInReview) {
  const std::string vtt =
      "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Ana Pérez>Welcome to the drainage webinar.\n\n"
      "00:12:31.000 --> 00:12:40.000\n<v Li Wei>Sponge city drainage cut flooding in half.\n";
  Response r = Call("POST", "/v1/documents:upload?filename=drainage-talk.vtt&title=Drainage%20webinar&theme=drr&tag=upload-test",
                    vtt, staff_);
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(r.header("Location"), "/v1/documents/drainage-talk");
  auto o = r.json();
  EXPECT_EQ(o->getValue<int>("indexed"), 1);
  EXPECT_EQ(o->getArray("ids")->getElement<std::string>(0), "drainage-talk");
  EXPECT_EQ(o->getArray("failed")->size(), 0u);

  Response doc = Call("GET", "/v1/documents/drainage-talk", "", staff_);
  ASSERT_EQ(doc.status, 200) << doc.body;
  auto d = doc.json();
  EXPECT_EQ(d->getValue<std::string>("title"), "Drainage webinar");
  EXPECT_EQ(d->getValue<std::string>("type"), "webinar_transcript");
  EXPECT_EQ(d->getValue<std::string>("status"), "in_review");
  EXPECT_EQ(d->getArray("themes")->getElement<std::string>(0), "drr");
  EXPECT_EQ(d->getArray("tags")->getElement<std::string>(0), "upload-test");
  auto segments = d->getArray("segments");
  ASSERT_EQ(segments->size(), 2u);
  EXPECT_EQ(segments->getObject(1)->getValue<std::string>("speaker"), "Li Wei");
  EXPECT_THAT(segments->getObject(1)->getValue<std::string>("start"), StartsWith("00:12:31"));
  // In review: the public does not see it, staff find it at its moment.
  EXPECT_EQ(Call("GET", "/v1/documents/drainage-talk").status, 404);
  Response hit = Call("GET", "/v1/search?q=sponge+city+drainage", "", staff_);
  ASSERT_EQ(hit.status, 200);
  auto hits = hit.json()->getArray("hits");
  ASSERT_GE(hits->size(), 1u);
  EXPECT_EQ(hits->getObject(0)->getValue<std::string>("id"), "drainage-talk");
  EXPECT_THAT(hits->getObject(0)->getObject("segment")->getValue<std::string>("start"), StartsWith("00:12:31"));
}

TEST_F(WebTest, UploadedMarkdownKeepsItsFrontMatter) {
  const std::string md = "---\nid: md-upload\ntitle: Rain gardens in Udine\ndate: 2021-03\nthemes: [green]\n---\n# Ignored heading\n\nRain gardens **absorb** storm water.\n";
  Response r = Call("POST", "/v1/documents:upload?filename=notes.md", md, staff_);
  ASSERT_EQ(r.status, 201) << r.body;
  auto d = Call("GET", "/v1/documents/md-upload", "", staff_).json();
  EXPECT_EQ(d->getValue<std::string>("title"), "Rain gardens in Udine");
  EXPECT_EQ(d->getValue<std::string>("date"), "2021-03");
  EXPECT_THAT(d->getValue<std::string>("body"), HasSubstr("Rain gardens absorb storm water."));
  EXPECT_THAT(d->getValue<std::string>("body"), ::testing::Not(HasSubstr("**")));
}

TEST_F(WebTest, UploadedHtmlAndPdfAreRead) {
  Response html = Call("POST", "/v1/documents:upload?filename=page.html",
                       "<html><head><title>Clean air zones</title><script>var x = 'hidden';</script></head>"
                       "<body><h1>Clean air</h1><p>Low-emission zones in Tashkent.</p></body></html>", staff_);
  ASSERT_EQ(html.status, 201) << html.body;
  auto h = Call("GET", "/v1/documents/page", "", staff_).json();
  EXPECT_EQ(h->getValue<std::string>("title"), "Clean air zones");
  EXPECT_THAT(h->getValue<std::string>("body"), HasSubstr("Low-emission zones in Tashkent."));
  EXPECT_THAT(h->getValue<std::string>("body"), ::testing::Not(HasSubstr("hidden")));

  Response pdf = Call("POST", "/v1/documents:upload?filename=report.pdf&id=pdf-report",
                      testing::MakePdf("Storage report", {"Grain storage for smallholders."}), staff_);
  ASSERT_EQ(pdf.status, 201) << pdf.body;
  auto p = Call("GET", "/v1/documents/pdf-report", "", staff_).json();
  EXPECT_EQ(p->getValue<std::string>("title"), "Storage report");
  EXPECT_THAT(p->getValue<std::string>("body"), HasSubstr("Grain storage for smallholders."));
}

TEST_F(WebTest, UploadedNdjsonKeepsGoodLinesAndReportsBadOnes) {
  const std::string nd = R"({"id":"nd-1","title":"One","body":"First."})" "\n" R"({"id":"nd-2","title":"Two"})" "\n"
                         R"({"id":"nd-3","title":"Three","body":"Third."})" "\n";
  Response r = Call("POST", "/v1/documents:upload?filename=batch.ndjson", nd, staff_);
  ASSERT_EQ(r.status, 201) << r.body;
  auto o = r.json();
  EXPECT_EQ(o->getValue<int>("indexed"), 2);
  auto failed = o->getArray("failed");
  ASSERT_EQ(failed->size(), 1u);
  EXPECT_EQ(failed->getObject(0)->getValue<int>("line"), 2);
  std::string detail = failed->getObject(0)->getObject("problem")->getValue<std::string>("detail");
  EXPECT_THAT(detail, StartsWith("batch.ndjson:2: "));
  EXPECT_THAT(detail, ::testing::Not(HasSubstr("silkdex-upload-")));  // no temporary path leaks out
}

TEST_F(WebTest, UploadRefusals) {
  // No or a bad file name.
  Response none = Call("POST", "/v1/documents:upload", "x", staff_);
  EXPECT_EQ(none.status, 400);
  EXPECT_EQ(none.code(), "invalid_parameter");
  for (const char* bad : {"..%2Fescape.txt", "a%2Fb.txt", ".hidden.txt", "talk.meta.json"}) {
    Response r = Call("POST", std::string("/v1/documents:upload?filename=") + bad, "x", staff_);
    EXPECT_EQ(r.status, 400) << bad;
    EXPECT_EQ(r.code(), "invalid_parameter") << bad;
  }
  // A format silkdex does not read.
  Response docx = Call("POST", "/v1/documents:upload?filename=report.docx", "PK...", staff_);
  EXPECT_EQ(docx.status, 415);
  EXPECT_EQ(docx.code(), "unsupported_format");
  // An empty body, a broken file, metadata for a JSON file.
  EXPECT_EQ(Call("POST", "/v1/documents:upload?filename=a.txt", "", staff_).code(), "invalid_document");
  Response broken = Call("POST", "/v1/documents:upload?filename=broken.json", "{\"title\": ", staff_);
  EXPECT_EQ(broken.status, 400);
  EXPECT_EQ(broken.code(), "invalid_document");
  EXPECT_THAT(broken.json()->getValue<std::string>("detail"), StartsWith("broken.json"));
  EXPECT_EQ(Call("POST", "/v1/documents:upload?filename=a.json&title=x", R"({"title":"a","body":"b"})", staff_).status, 400);
  // An id that exists: nothing replaced.
  Response exists = Call("POST", "/v1/documents:upload?filename=existing.txt", "New text.", staff_);
  EXPECT_EQ(exists.status, 409);
  EXPECT_EQ(exists.code(), "document_exists");
  EXPECT_EQ(Call("GET", "/v1/documents/existing").json()->getValue<std::string>("body"), "Already here.");
  // Staff cannot publish through a file's own metadata; an admin can.
  const std::string published = "---\ntitle: Self-published\nstatus: published\n---\nText.\n";
  Response staff = Call("POST", "/v1/documents:upload?filename=selfpub.md", published, staff_);
  EXPECT_EQ(staff.status, 403);
  EXPECT_EQ(Call("POST", "/v1/documents:upload?filename=selfpub.md", published, admin_).status, 201);
  EXPECT_EQ(Call("GET", "/v1/documents/selfpub").status, 200);
}

TEST_F(WebTest, UploadOverTheBodyLimitIs413) {
  Response r = Call("POST", "/v1/documents:upload?filename=big.txt", std::string(300 * 1024, 'a'), staff_);
  EXPECT_EQ(r.status, 413);
  EXPECT_EQ(r.code(), "body_too_large");
}

}  // namespace
}  // namespace silkdex
