// The response writer gives, byte for byte, what the Poco object tree it
// replaced gave (kept below as the reference), on demo corpus searches and on
// awkward values.
#include <cmath>
#include <sstream>

#include <gtest/gtest.h>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include "silkdex/index.h"
#include "silkdex/ingest.h"
#include "silkdex/search.h"
#include "support/test_support.h"

namespace silkdex {
namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

// The writer as it was, on Poco's JSON objects.
double Round(double v, int digits) {
  double f = std::pow(10.0, digits);
  return std::round(v * f) / f;
}

Array::Ptr Strings(const std::vector<std::string>& v) {
  Array::Ptr a = new Array;
  for (const auto& s : v) a->add(s);
  return a;
}

Object::Ptr HitObject(const Hit& h) {
  Object::Ptr o = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
  o->set("id", h.id);
  o->set("title", h.title);
  o->set("type", h.type);
  o->set("date", h.date.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(h.date));
  o->set("language", h.language);
  o->set("status", h.status);
  o->set("score", Round(h.score, 4));
  o->set("snippet", h.snippet);
  o->set("themes", Strings(h.themes));
  Array::Ptr cities = new Array;
  for (const auto& c : h.cities) {
    Object::Ptr city = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    city->set("name", c.name);
    city->set("country", c.country);
    cities->add(city);
  }
  o->set("cities", cities);
  o->set("countries", Strings(h.countries));
  if (h.segment) {
    Object::Ptr seg = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    seg->set("start", FormatTimestamp(h.segment->start_ms, false));
    seg->set("end", FormatTimestamp(h.segment->end_ms, false));
    seg->set("start_ms", h.segment->start_ms);
    seg->set("speaker", h.segment->speaker.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(h.segment->speaker));
    o->set("segment", seg);
  }
  o->set("pinned", h.pinned);
  return o;
}

std::string PocoJson(const SearchResponse& r) {
  Object root(Poco::JSON_PRESERVE_KEY_ORDER);
  root.set("query", r.query);
  root.set("total", r.total);
  root.set("page", r.page);
  root.set("per_page", r.per_page);
  root.set("took_ms", Round(r.took_ms, 3));
  root.set("suggestion", r.suggestion ? Poco::Dynamic::Var(*r.suggestion) : Poco::Dynamic::Var());
  root.set("relaxed", r.relaxed);
  Array::Ptr hits = new Array;
  for (const auto& h : r.hits) hits->add(HitObject(h));
  root.set("hits", hits);
  Object::Ptr facets = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
  for (const auto& [name, values] : r.facets) {
    Array::Ptr list = new Array;
    for (const auto& v : values) {
      Object::Ptr fv = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
      fv->set("value", v.value);
      fv->set("count", v.count);
      list->add(fv);
    }
    facets->set(name, list);
  }
  root.set("facets", facets);
  std::ostringstream out;
  root.stringify(out);
  return out.str();
}

TEST(SearchJson, IsWhatPocoWroteForAwkwardValues) {
  std::string every_byte;
  for (int c = 1; c < 128; ++c) every_byte += static_cast<char>(c);
  SearchResponse r;
  r.query = every_byte;
  r.total = 18446744073709551615ull;
  r.page = 3;
  r.per_page = 100;
  r.suggestion = "did \"you\" mean </script>";
  r.relaxed = true;
  for (double v : {0.0, 1.0, -2.5, 1e-7, 0.1 + 0.2, 123456789.123456, 1e21, 3.0e-5, 12.34567, 99999.99999}) {
    Hit h;
    h.id = "id/" + std::to_string(v);
    h.title = "Ürümqi 敦煌 \xF0\x9F\x98\x80 " + every_byte;
    h.score = v;
    r.took_ms = v;
    h.snippet = "<mark>flood</mark> &amp; \\ \"risk\"\n\t…";
    h.themes = {"drr", "", "health"};
    h.cities = {{"Medellín", "Colombia"}, {"", ""}};
    h.countries = {};
    h.pinned = v > 1;
    if (v == 1.0) h.segment = SegmentHit{3723004, 3725000, ""};
    if (v == 0.0) h.segment = SegmentHit{0, 1, "Ms. \"Li\""};
    h.date = v < 0 ? "" : "2020-05-01";
    r.hits.push_back(h);
    EXPECT_EQ(ToJson(r), PocoJson(r)) << v;
  }
  r.facets = {{"theme", {{"drr", 3}, {"a/b", 0}}}, {"year", {}}, {"theme", {{"drr", 3}, {"a/b", 0}}}, {"x\ny", {{"", 1}}}};
  r.suggestion.reset();
  EXPECT_EQ(ToJson(r), PocoJson(r));
  EXPECT_EQ(ToJson(SearchResponse{}), PocoJson(SearchResponse{}));
}

TEST(SearchJson, IsWhatPocoWroteForDemoCorpusSearches) {
  testing::TempDir dir;
  {
    auto files = ListFolder(testing::DemoCorpus());
    ASSERT_TRUE(files.ok());
    auto writer = IndexWriter::Open(dir.path() / "index");
    ASSERT_TRUE(writer.ok());
    for (const auto& f : *files)
      for (const auto& d : IngestFile(f, testing::DemoCorpus()).documents) ASSERT_TRUE((*writer)->Put(d).ok());
    ASSERT_TRUE((*writer)->Commit().ok());
  }
  auto s = Searcher::Open({dir.path() / "index"});
  ASSERT_TRUE(s.ok());
  size_t segments = 0;
  for (const char* q : {"waste management", "sustainable tourism", "public health", "smart city", "air quality",
                        "heritage protection", "disaster risk", "renewable energy", "", "敦煌", "turismo", "webinar",
                        "covid masks", "mayors training", "zzzunknownword"}) {
    for (int page : {1, 2}) {
      SearchRequest req;
      req.query = q;
      req.page = page;
      req.facets = {"theme", "type", "country", "city", "year", "partner", "lang", "tag", "sdg"};
      auto r = (*s)->Search(req);
      ASSERT_TRUE(r.ok()) << q;
      for (const auto& h : r->hits) segments += h.segment.has_value();
      EXPECT_EQ(ToJson(*r), PocoJson(*r)) << q;
    }
  }
  EXPECT_GT(segments, 0u);
}

}  // namespace
}  // namespace silkdex
