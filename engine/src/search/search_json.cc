// The search response as the API's JSON (shared/contract/api.md).
#include <cmath>
#include <sstream>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include "silkdex/search.h"

namespace silkdex {
namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

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

}  // namespace

std::string ToJson(const SearchResponse& r) {
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

}  // namespace silkdex
