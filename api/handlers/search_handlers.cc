// GET /v1/search, /v1/suggest, /v1/documents/{id}/similar, /v1/plugins.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <sstream>

#include "handlers/handlers.h"
#include "handlers/params.h"

namespace silkdex::api::handlers {
namespace {

std::string Stringify(const Poco::JSON::Object& o) {
  std::ostringstream out;
  o.stringify(out);
  return out.str();
}

}  // namespace

Reply GetSearch(Context& ctx, const Request& req) {
  SearchRequest sr;
  if (auto p = ParseSearchParams(ctx, req, &sr)) return p->ToReply();
  if (auto p = ResolveCluster(ctx, &sr, /*with_pins=*/true)) return p->ToReply();
  auto searcher = ctx.index().Acquire();
  if (!searcher.ok()) return FromStatus(searcher.status()).ToReply();
  auto resp = (*searcher)->Search(sr);
  if (!resp.ok()) {
    Problem p = FromStatus(resp.status());
    if (resp.status().code() == StatusCode::kNotFound) p = Problem{400, "invalid_parameter", resp.status().message(), {{"cluster", resp.status().message()}}};
    return p.ToReply();
  }
  return JsonReply(ToJson(*resp));
}

Reply GetSuggest(Context& ctx, const Request& req) {
  auto q = req.Param("q");
  if (!q || q->empty())
    return Problem{400, "invalid_parameter", "parameter 'q' is missing: give the beginning of a word", {{"q", "is missing"}}}.ToReply();
  int limit = 10;
  if (auto p = IntParam(req, "limit", 10, &limit)) return p->ToReply();
  if (limit < 1 || limit > 50)
    return Problem{400, "invalid_parameter", "parameter 'limit' must be 1 to 50", {{"limit", "must be 1 to 50"}}}.ToReply();
  auto searcher = ctx.index().Acquire();
  if (!searcher.ok()) return FromStatus(searcher.status()).ToReply();
  auto completions = (*searcher)->Suggest(*q, VisibleStatuses(req.principal), static_cast<size_t>(limit));
  if (!completions.ok()) return FromStatus(completions.status()).ToReply();
  Poco::JSON::Object o(Poco::JSON_PRESERVE_KEY_ORDER);
  o.set("query", *q);
  Poco::JSON::Array::Ptr list = new Poco::JSON::Array;
  for (const auto& c : *completions) {
    Poco::JSON::Object::Ptr item = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    item->set("text", c.text);
    item->set("kind", c.kind);
    if (!c.id.empty()) item->set("id", c.id);
    list->add(item);
  }
  o.set("suggestions", list);
  return JsonReply(Stringify(o));
}

Reply GetSimilar(Context& ctx, const Request& req) {
  const std::string& id = req.path_params.at("id");
  SearchRequest sr;
  if (auto p = ParseSearchParams(ctx, req, &sr)) return p->ToReply();
  if (auto p = ResolveCluster(ctx, &sr, /*with_pins=*/false)) return p->ToReply();
  auto searcher = ctx.index().Acquire();
  if (!searcher.ok()) return FromStatus(searcher.status()).ToReply();
  // The document itself must be one the caller may see.
  auto doc = (*searcher)->Get(id);
  auto visible = VisibleStatuses(req.principal);
  if (!doc.ok() || std::find(visible.begin(), visible.end(), doc->status) == visible.end())
    return Problem{404, "document_not_found", "no document has id '" + id + "'", {}}.ToReply();
  auto resp = (*searcher)->Similar(id, sr);
  if (!resp.ok()) return FromStatus(resp.status()).ToReply();
  return JsonReply(ToJson(*resp));
}

Reply GetPlugins(Context& ctx, const Request&) {
  Poco::JSON::Object o(Poco::JSON_PRESERVE_KEY_ORDER);
  Poco::JSON::Array::Ptr list = new Poco::JSON::Array;
  for (const auto& p : ctx.plugins().plugins()) {
    Poco::JSON::Object::Ptr item = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    item->set("name", p.name);
    item->set("version", p.version);
    item->set("theme", p.theme);
    item->set("status", p.loaded ? "loaded" : "refused");
    if (!p.loaded) item->set("reason", p.reason);
    item->set("failures", p.failures);
    list->add(item);
  }
  o.set("plugins", list);
  return JsonReply(Stringify(o));
}

}  // namespace silkdex::api::handlers
