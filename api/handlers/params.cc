#include "handlers/params.h"

#include <charconv>

#include "handlers/handlers.h"
#include "silkdex/document.h"

namespace silkdex::api::handlers {

Problem Forbidden(const std::string& detail) { return Problem{403, "forbidden", detail, {}}; }

std::optional<Problem> IntParam(const Request& req, const std::string& name, int fallback, int* out) {
  auto v = req.Param(name);
  if (!v) {
    *out = fallback;
    return std::nullopt;
  }
  auto [ptr, ec] = std::from_chars(v->data(), v->data() + v->size(), *out);
  if (ec != std::errc() || ptr != v->data() + v->size()) {
    return Problem{400, "invalid_parameter", "parameter '" + name + "' must be a whole number, got '" + *v + "'",
                   {{name, "must be a whole number"}}};
  }
  return std::nullopt;
}

std::vector<std::string> VisibleStatuses(const Principal& p) {
  if (p.role == Role::kPublic) return {"published"};
  return {DocumentStatuses().begin(), DocumentStatuses().end()};
}

std::optional<Problem> ParseSearchParams(Context& ctx, const Request& req, SearchRequest* out) {
  out->query = req.Param("q").value_or("");
  for (const char* f : {"theme", "type", "city", "country", "partner", "tag", "lang", "sdg", "status"}) {
    auto values = req.Params(f);
    if (!values.empty()) out->filters[f] = values;
  }
  if (out->filters.count("status") && req.principal.role == Role::kPublic)
    return Forbidden("parameter 'status' needs a staff key: without one only published documents are searched");
  out->visible_statuses = VisibleStatuses(req.principal);
  out->from = req.Param("from").value_or("");
  out->to = req.Param("to").value_or("");
  out->cluster = req.Param("cluster").value_or("");
  out->theme_source = req.Param("theme_source").value_or("given");
  out->sort = req.Param("sort").value_or("relevance");
  if (auto p = IntParam(req, "page", 1, &out->page)) return p;
  if (auto p = IntParam(req, "per_page", 10, &out->per_page)) return p;
  if (auto facets = req.Param("facets")) {
    out->facets.clear();
    size_t pos = 0;
    while (pos <= facets->size()) {
      size_t comma = facets->find(',', pos);
      if (comma == std::string::npos) comma = facets->size();
      std::string f = facets->substr(pos, comma - pos);
      if (!f.empty()) out->facets.push_back(f);
      pos = comma + 1;
    }
  }
  out->time_limit_ms = ctx.limits().search_time_limit_ms;
  return std::nullopt;
}

std::optional<Problem> ResolveCluster(Context& ctx, SearchRequest* sr, bool with_pins) {
  if (sr->cluster.empty()) return std::nullopt;
  auto cluster = ctx.index().catalog().GetCluster(sr->cluster);
  if (!cluster.ok())
    return Problem{400, "invalid_parameter", "parameter 'cluster': no cluster has id '" + sr->cluster + "'", {{"cluster", "unknown"}}};
  if (with_pins) {
    auto pins = ctx.index().catalog().PinsFor(cluster->id, sr->query);
    if (!pins.ok()) return FromStatus(pins.status());
    sr->pinned = std::move(pins).value();
  }
  sr->cluster_themes = cluster->themes;
  sr->cluster.clear();
  return std::nullopt;
}

}  // namespace silkdex::api::handlers
