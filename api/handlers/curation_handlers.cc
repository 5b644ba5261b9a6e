// The review workflow (submit, publish, reject, archive), the audit trail,
// thematic clusters (featured items, pins), the moderation queue, bulk tagging
// and /v1/whoami.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/ParseHandler.h>
#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <set>
#include <sstream>

#include "handlers/common.h"
#include "handlers/handlers.h"
#include "handlers/params.h"

namespace silkdex::api::handlers {
namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

std::string Stringify(const Object& o) {
  std::ostringstream out;
  o.stringify(out);
  return out.str();
}

Poco::Dynamic::Var ParseJson(const std::string& text) {
  Poco::JSON::Parser parser(new Poco::JSON::ParseHandler(/*preserveObjectOrder=*/true));
  return parser.parse(text);
}

Reply NoContent() {
  Reply r;
  r.status = 204;
  r.content_type.clear();
  return r;
}

std::string Join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : ", ") + i;
  return out;
}

// --- the workflow -----------------------------------------------------------

struct Transition {
  const char* action;                 // publish, reject, archive, submit
  std::vector<std::string> from;      // statuses it may start from
  const char* to;
  bool moderated;                     // a moderator of the document's clusters (or an admin) decides
};

Reply ChangeStatus(Context& ctx, const Request& req, const Transition& t) {
  const std::string& id = req.path_params.at("id");
  std::string reason;
  if (std::string(t.action) == "reject") {
    Object::Ptr body;
    if (auto p = ReadObject(req.body, "{\"reason\": \"...\"}", &body)) return p->ToReply();
    if (!body->has("reason") || !body->get("reason").isString() || body->getValue<std::string>("reason").empty())
      return Problem{400, "invalid_json", "field 'reason': say why the document is rejected, so its author can fix it",
                     {{"reason", "is missing"}}}.ToReply();
    reason = body->getValue<std::string>("reason");
  }
  auto clusters = ctx.index().catalog().Clusters();
  if (!clusters.ok()) return FromStatus(clusters.status()).ToReply();
  std::optional<Problem> problem;
  auto doc = ctx.index().Update(id, ActorOf(req.principal), t.action, [&](Document* d) -> Status {
    if (t.moderated) {
      auto in = ClustersOf(*d, *clusters);
      if (!Moderates(req.principal, in)) {
        problem = Problem{403, "forbidden",
                          in.empty() ? "document '" + id + "' belongs to no cluster (it has no theme); only an admin may " + t.action + " it"
                                     : "only a moderator of " + Join(in) + " or an admin may " + t.action + " document '" + id +
                                           "'; your key moderates " + (req.principal.clusters.empty() ? std::string("no cluster") : Join(req.principal.clusters)),
                          {}};
        return Status::FailedPrecondition("refused");
      }
    }
    if (std::find(t.from.begin(), t.from.end(), d->status) == t.from.end()) {
      problem = Problem{409, "invalid_transition",
                        "document '" + id + "' is " + d->status + "; only a document that is " + Join(t.from) + " can be " +
                            (std::string(t.action) == "submit" ? "submitted for review" : std::string(t.action) + "ed"),
                        {{"status", d->status}}};
      return Status::FailedPrecondition("refused");
    }
    d->status = t.to;
    return Status::Ok();
  }, reason);
  if (problem) return problem->ToReply();
  if (!doc.ok()) return doc.status().code() == StatusCode::kNotFound ? DocumentNotFound(id).ToReply() : FromStatus(doc.status()).ToReply();
  return JsonReply(DocumentJson(ctx, *doc));
}

// --- the audit trail ----------------------------------------------------------

Object::Ptr EntryJson(const AuditEntry& e) {
  Object::Ptr item = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
  item->set("seq", e.seq);
  item->set("at", e.at);
  Object::Ptr who = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
  who->set("key_id", e.who.key_id);
  who->set("role", e.who.role);
  item->set("who", who);
  item->set("action", e.action);
  if (!e.document_id.empty()) item->set("document_id", e.document_id);
  if (!e.cluster.empty()) item->set("cluster", e.cluster);
  item->set("changes", ParseJson(e.changes_json));
  if (!e.reason.empty()) item->set("reason", e.reason);
  if (!e.plugins.empty()) {
    Array::Ptr plugins = new Array;
    for (const auto& p : e.plugins) plugins->add(p);
    item->set("plugins", plugins);
  }
  return item;
}

// --- clusters ---------------------------------------------------------------

Object::Ptr ClusterJson(Context& ctx, const Request& req, const Cluster& c, const std::map<std::string, int>& moderators) {
  Object::Ptr o = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
  o->set("id", c.id);
  o->set("name", c.name);
  o->set("description", c.description);
  Array::Ptr themes = new Array;
  for (const auto& t : c.themes) themes->add(t);
  o->set("themes", themes);
  o->set("builtin", c.builtin);
  auto m = moderators.find(c.id);
  o->set("moderators", m == moderators.end() ? 0 : m->second);
  Array::Ptr featured = new Array;
  auto items = ctx.index().catalog().Items(c.id);
  auto visible = VisibleStatuses(req.principal);
  if (items.ok()) {
    for (const auto& item : *items) {
      auto stored = ctx.index().catalog().Get(item.document_id);
      if (!stored.ok() || stored->deleted) continue;
      const Document& d = stored->doc;
      if (std::find(visible.begin(), visible.end(), d.status) == visible.end()) continue;
      Object::Ptr f = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
      f->set("id", d.id);
      f->set("title", d.title);
      f->set("type", d.type);
      f->set("date", d.date);
      f->set("position", item.position);
      f->set("note", item.note);
      featured->add(f);
    }
  }
  o->set("items", featured->size());
  o->set("featured", featured);
  return o;
}

// The cluster of the path, when the caller may curate it.
std::optional<Problem> CuratedCluster(Context& ctx, const Request& req, Cluster* out) {
  const std::string& id = req.path_params.at("id");
  auto c = ctx.index().catalog().GetCluster(id);
  if (!c.ok()) return ClusterNotFound(id);
  if (!Moderates(req.principal, {id}))
    return Problem{403, "forbidden", "only a moderator of cluster '" + id + "' or an admin may curate it; your key moderates " +
                                         (req.principal.clusters.empty() ? std::string("no cluster") : Join(req.principal.clusters)),
                   {}};
  *out = std::move(c).value();
  return std::nullopt;
}

bool IsIdList(const std::vector<std::string>& ids, std::string* bad) {
  for (const auto& id : ids)
    if (!IsValidId(id)) {
      *bad = id;
      return false;
    }
  return true;
}

// Every document `sr` finds (a page of 100 at a time), at most 10,000; a short
// query that no document matches with every word finds nothing.
std::optional<Problem> MatchingIds(Context& ctx, SearchRequest* sr, std::vector<std::string>* ids) {
  constexpr uint64_t kMaxDocuments = 10000;
  auto searcher = ctx.index().Acquire();
  if (!searcher.ok()) return FromStatus(searcher.status());
  sr->per_page = 100;
  for (sr->page = 1;; ++sr->page) {
    auto resp = (*searcher)->Search(*sr);
    if (!resp.ok()) return FromStatus(resp.status());
    if (resp->total > kMaxDocuments)
      return Problem{400, "too_many_documents", "the query matches " + std::to_string(resp->total) +
                                                    " documents; bulk tagging takes at most 10,000: narrow the query or add filters",
                     {{"query", "matches too many documents"}}};
    if (resp->relaxed) return std::nullopt;  // no document has every word: tag nothing rather than near misses
    for (const auto& h : resp->hits) ids->push_back(h.id);
    if (resp->hits.size() < static_cast<size_t>(sr->per_page)) return std::nullopt;
  }
}

}  // namespace

Reply PostDocumentPublish(Context& ctx, const Request& req) {
  return ChangeStatus(ctx, req, {"publish", {"in_review"}, "published", true});
}

Reply PostDocumentReject(Context& ctx, const Request& req) {
  return ChangeStatus(ctx, req, {"reject", {"in_review"}, "rejected", true});
}

Reply PostDocumentArchive(Context& ctx, const Request& req) {
  return ChangeStatus(ctx, req, {"archive", {"published", "rejected"}, "archived", true});
}

Reply PostDocumentSubmit(Context& ctx, const Request& req) {
  return ChangeStatus(ctx, req, {"submit", {"draft", "rejected", "archived"}, "in_review", false});
}

Reply GetDocumentHistory(Context& ctx, const Request& req) {
  const std::string& id = req.path_params.at("id");
  if (!ctx.index().catalog().Get(id).ok()) return DocumentNotFound(id).ToReply();
  auto history = ctx.index().catalog().History(id);
  if (!history.ok()) return FromStatus(history.status()).ToReply();
  Object o(Poco::JSON_PRESERVE_KEY_ORDER);
  o.set("id", id);
  Array::Ptr entries = new Array;
  for (const auto& e : *history) entries->add(EntryJson(e));
  o.set("entries", entries);
  return JsonReply(Stringify(o));
}

Reply GetAudit(Context& ctx, const Request& req) {
  int since = 0, limit = 100;
  if (auto p = IntParam(req, "since", 0, &since)) return p->ToReply();
  if (auto p = IntParam(req, "limit", 100, &limit)) return p->ToReply();
  if (since < 0) return Problem{400, "invalid_parameter", "parameter 'since' must be 0 or more", {{"since", "negative"}}}.ToReply();
  if (limit < 1 || limit > 1000)
    return Problem{400, "invalid_parameter", "parameter 'limit' must be 1 to 1000", {{"limit", "must be 1 to 1000"}}}.ToReply();
  auto entries = ctx.index().catalog().Entries(static_cast<uint64_t>(since), static_cast<size_t>(limit),
                                               req.Param("action").value_or(""), req.Param("cluster").value_or(""));
  if (!entries.ok()) return FromStatus(entries.status()).ToReply();
  Object o(Poco::JSON_PRESERVE_KEY_ORDER);
  Array::Ptr list = new Array;
  for (const auto& e : *entries) list->add(EntryJson(e));
  o.set("entries", list);
  // Where the next page starts, when this one is full.
  if (entries->size() == static_cast<size_t>(limit))
    o.set("next", entries->back().seq);
  else
    o.set("next", Poco::Dynamic::Var());
  return JsonReply(Stringify(o));
}

Reply GetClusters(Context& ctx, const Request& req) {
  auto clusters = ctx.index().catalog().Clusters();
  if (!clusters.ok()) return FromStatus(clusters.status()).ToReply();
  auto moderators = ctx.keys().ModeratorsByCluster();
  Object o(Poco::JSON_PRESERVE_KEY_ORDER);
  Array::Ptr list = new Array;
  for (const auto& c : *clusters) list->add(ClusterJson(ctx, req, c, moderators));
  o.set("clusters", list);
  return JsonReply(Stringify(o));
}

Reply GetCluster(Context& ctx, const Request& req) {
  const std::string& id = req.path_params.at("id");
  auto c = ctx.index().catalog().GetCluster(id);
  if (!c.ok()) return ClusterNotFound(id).ToReply();
  return JsonReply(Stringify(*ClusterJson(ctx, req, *c, ctx.keys().ModeratorsByCluster())));
}

Reply PostCluster(Context& ctx, const Request& req) {
  Object::Ptr body;
  const std::string example = R"({"id": "water", "name": "...", "description": "...", "themes": ["green", "drr"]})";
  if (auto p = ReadObject(req.body, example, &body)) return p->ToReply();
  Cluster c;
  for (auto [field, out] : {std::pair<const char*, std::string*>{"id", &c.id}, {"name", &c.name}, {"description", &c.description}}) {
    if (body->has(field) && body->get(field).isString()) *out = body->getValue<std::string>(field);
  }
  if (c.id.empty() || !IsValidId(c.id))
    return Problem{400, "invalid_json", "field 'id': give 1 to 128 characters of A-Z a-z 0-9 . _ -", {{"id", "invalid"}}}.ToReply();
  if (c.name.empty()) return Problem{400, "invalid_json", "field 'name': is missing", {{"name", "is missing"}}}.ToReply();
  if (auto p = ReadStrings(*body, "themes", &c.themes)) return p->ToReply();
  if (c.themes.empty())
    return Problem{400, "invalid_json", "field 'themes': name the themes whose documents belong to the cluster", {{"themes", "is missing"}}}.ToReply();
  for (const auto& t : c.themes) {
    auto ids = ThemeIds();
    if (std::find(ids.begin(), ids.end(), t) == ids.end())
      return Problem{400, "invalid_json", "field 'themes': '" + t + "' is not a theme id", {{"themes", "'" + t + "' is not a theme id"}}}.ToReply();
  }
  Status s = ctx.index().Curate([&](Catalog::Batch& b) { return ctx.index().catalog().CreateCluster(b, c, ActorOf(req.principal)); });
  if (s.code() == StatusCode::kFailedPrecondition) return Problem{409, "cluster_exists", s.message(), {}}.ToReply();
  if (!s.ok()) return FromStatus(s).ToReply();
  Reply r = JsonReply(Stringify(*ClusterJson(ctx, req, c, {})), 201);
  r.headers.emplace_back("Location", "/v1/clusters/" + c.id);
  return r;
}

Reply PutClusterItem(Context& ctx, const Request& req) {
  Cluster cluster;
  if (auto p = CuratedCluster(ctx, req, &cluster)) return p->ToReply();
  const std::string& doc_id = req.path_params.at("doc_id");
  Object::Ptr body = new Object;
  if (!req.body.empty())
    if (auto p = ReadObject(req.body, R"({"position": 1, "note": "..."})", &body)) return p->ToReply();
  int position = 0;
  std::string note;
  if (body->has("position")) {
    auto v = body->get("position");
    if (!v.isInteger() || v.convert<int>() < 1)
      return Problem{400, "invalid_json", "field 'position': must be a whole number from 1 (1 is first)", {{"position", "must be 1 or more"}}}.ToReply();
    position = v.convert<int>();
  }
  if (body->has("note")) {
    if (!body->get("note").isString()) return Problem{400, "invalid_json", "field 'note': must be a string", {{"note", "must be a string"}}}.ToReply();
    note = body->getValue<std::string>("note");
  }
  auto stored = ctx.index().catalog().Get(doc_id);
  if (!stored.ok() || stored->deleted) return DocumentNotFound(doc_id).ToReply();
  Status s = ctx.index().Curate([&](Catalog::Batch& b) {
    return ctx.index().catalog().PutItem(b, cluster.id, doc_id, position, note, ActorOf(req.principal));
  });
  if (!s.ok()) return FromStatus(s).ToReply();
  return JsonReply(Stringify(*ClusterJson(ctx, req, cluster, ctx.keys().ModeratorsByCluster())));
}

Reply DeleteClusterItem(Context& ctx, const Request& req) {
  Cluster cluster;
  if (auto p = CuratedCluster(ctx, req, &cluster)) return p->ToReply();
  const std::string& doc_id = req.path_params.at("doc_id");
  Status s = ctx.index().Curate([&](Catalog::Batch& b) {
    return ctx.index().catalog().RemoveItem(b, cluster.id, doc_id, ActorOf(req.principal));
  });
  if (s.code() == StatusCode::kNotFound) return Problem{404, "item_not_found", s.message(), {}}.ToReply();
  if (!s.ok()) return FromStatus(s).ToReply();
  return NoContent();
}

Reply GetClusterPins(Context& ctx, const Request& req) {
  Cluster cluster;
  if (auto p = CuratedCluster(ctx, req, &cluster)) return p->ToReply();
  auto pins = ctx.index().catalog().Pins(cluster.id);
  if (!pins.ok()) return FromStatus(pins.status()).ToReply();
  Object o(Poco::JSON_PRESERVE_KEY_ORDER);
  o.set("cluster", cluster.id);
  Array::Ptr list = new Array;
  for (const auto& pin : *pins) {
    Object::Ptr item = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    item->set("query", pin.query);
    Array::Ptr ids = new Array;
    for (const auto& id : pin.ids) ids->add(id);
    item->set("ids", ids);
    list->add(item);
  }
  o.set("pins", list);
  return JsonReply(Stringify(o));
}

Reply PutClusterPins(Context& ctx, const Request& req) {
  Cluster cluster;
  if (auto p = CuratedCluster(ctx, req, &cluster)) return p->ToReply();
  Object::Ptr body;
  if (auto p = ReadObject(req.body, R"({"query": "early warning", "ids": ["doc-1", "doc-2"]})", &body)) return p->ToReply();
  if (!body->has("query") || !body->get("query").isString() || PinKey(body->getValue<std::string>("query")).empty())
    return Problem{400, "invalid_json", "field 'query': give the query the pins are for", {{"query", "is missing"}}}.ToReply();
  std::string query = body->getValue<std::string>("query");
  std::vector<std::string> ids;
  if (!body->has("ids")) return Problem{400, "invalid_json", "field 'ids': give the documents to pin, in order ([] removes the pins)", {{"ids", "is missing"}}}.ToReply();
  if (auto p = ReadStrings(*body, "ids", &ids)) return p->ToReply();
  constexpr size_t kMaxPins = 20;
  if (ids.size() > kMaxPins)
    return Problem{400, "invalid_json", "field 'ids': at most 20 documents can be pinned for a query", {{"ids", "more than 20"}}}.ToReply();
  std::string bad;
  if (!IsIdList(ids, &bad))
    return Problem{400, "invalid_json", "field 'ids': '" + bad + "' is not a document id", {{"ids", "'" + bad + "' is not a document id"}}}.ToReply();
  std::set<std::string> seen;
  for (const auto& id : ids) {
    if (!seen.insert(id).second)
      return Problem{400, "invalid_json", "field 'ids': '" + id + "' is listed twice", {{"ids", "'" + id + "' twice"}}}.ToReply();
    auto stored = ctx.index().catalog().Get(id);
    if (!stored.ok() || stored->deleted)
      return Problem{400, "invalid_json", "field 'ids': no document has id '" + id + "'", {{"ids", "no document has id '" + id + "'"}}}.ToReply();
  }
  Status s = ctx.index().Curate([&](Catalog::Batch& b) {
    return ctx.index().catalog().SetPins(b, cluster.id, query, ids, ActorOf(req.principal));
  });
  if (!s.ok()) return FromStatus(s).ToReply();
  Object o(Poco::JSON_PRESERVE_KEY_ORDER);
  o.set("cluster", cluster.id);
  o.set("query", query);
  Array::Ptr list = new Array;
  for (const auto& id : ids) list->add(id);
  o.set("ids", list);
  return JsonReply(Stringify(o));
}

Reply GetModerationQueue(Context& ctx, const Request& req) {
  auto clusters = ctx.index().catalog().Clusters();
  if (!clusters.ok()) return FromStatus(clusters.status()).ToReply();
  std::vector<std::string> wanted;
  if (auto c = req.Param("cluster")) {
    if (std::none_of(clusters->begin(), clusters->end(), [&](const Cluster& x) { return x.id == *c; }))
      return Problem{400, "invalid_parameter", "parameter 'cluster': no cluster has id '" + *c + "'", {{"cluster", "unknown"}}}.ToReply();
    if (!Moderates(req.principal, {*c}))
      return Problem{403, "forbidden", "your key does not moderate cluster '" + *c + "'; it moderates " +
                                           (req.principal.clusters.empty() ? std::string("no cluster") : Join(req.principal.clusters)),
                     {}}.ToReply();
    wanted = {*c};
  } else if (req.principal.role != Role::kAdmin) {
    wanted = req.principal.clusters;
  }
  auto waiting = ctx.index().catalog().InStatus("in_review", 10000);
  if (!waiting.ok()) return FromStatus(waiting.status()).ToReply();
  Object o(Poco::JSON_PRESERVE_KEY_ORDER);
  if (wanted.size() == 1) o.set("cluster", wanted.front());
  Array::Ptr list = new Array;
  for (const auto& w : *waiting) {
    auto in = ClustersOf(w.doc, *clusters);
    bool mine = wanted.empty() || std::any_of(in.begin(), in.end(), [&](const std::string& c) {
      return std::find(wanted.begin(), wanted.end(), c) != wanted.end();
    });
    if (!mine) continue;
    Object::Ptr item = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    item->set("id", w.doc.id);
    item->set("title", w.doc.title);
    item->set("type", w.doc.type);
    item->set("date", w.doc.date);
    Array::Ptr themes = new Array, cl = new Array;
    for (const auto& t : w.doc.themes) themes->add(t);
    for (const auto& c : in) cl->add(c);
    item->set("themes", themes);
    item->set("clusters", cl);
    item->set("status", w.doc.status);
    item->set("submitted_at", w.submitted_at);
    list->add(item);
  }
  o.set("documents", list);
  return JsonReply(Stringify(o));
}

Reply PostTagsBulk(Context& ctx, const Request& req) {
  Object::Ptr body;
  const std::string example = R"({"query": "flood early warning", "filters": {"theme": ["drr"]}, "add": ["flagship"], "remove": []})";
  if (auto p = ReadObject(req.body, example, &body)) return p->ToReply();
  SearchRequest sr;
  if (!body->has("query") || !body->get("query").isString())
    return Problem{400, "invalid_json", "field 'query': give the query whose results to tag (\"\" for every document the filters keep)", {{"query", "is missing"}}}.ToReply();
  sr.query = body->getValue<std::string>("query");
  if (body->has("filters")) {
    Object::Ptr filters = body->getObject("filters");
    if (!filters) return Problem{400, "invalid_json", "field 'filters': must be an object of string arrays", {{"filters", "must be an object"}}}.ToReply();
    for (const auto& name : filters->getNames()) {
      std::vector<std::string> values;
      if (auto p = ReadStrings(*filters, name, &values)) return p->ToReply();
      sr.filters[name] = values;
    }
  }
  std::vector<std::string> add, remove;
  if (auto p = ReadStrings(*body, "add", &add)) return p->ToReply();
  if (auto p = ReadStrings(*body, "remove", &remove)) return p->ToReply();
  if (add.empty() && remove.empty())
    return Problem{400, "invalid_json", "fields 'add' and 'remove': give at least one tag to add or remove", {{"add", "empty"}}}.ToReply();
  sr.visible_statuses = VisibleStatuses(req.principal);
  sr.facets.clear();
  sr.every_word = true;  // tag the documents with every word of a short query, not those ranked after them
  std::vector<std::string> ids;
  if (auto p = MatchingIds(ctx, &sr, &ids)) return p->ToReply();
  uint64_t changed = 0;
  for (const auto& id : ids) {
    bool differs = false;
    auto doc = ctx.index().Update(id, ActorOf(req.principal), "tags", [&](Document* d) {
      auto before = d->tags;
      RemoveAll(&d->tags, remove);
      AddAll(&d->tags, add);
      differs = before != d->tags;
      return Status::Ok();
    });
    if (!doc.ok() && doc.status().code() != StatusCode::kNotFound) return FromStatus(doc.status()).ToReply();
    if (doc.ok() && differs) ++changed;
  }
  Object o(Poco::JSON_PRESERVE_KEY_ORDER);
  o.set("matched", ids.size());
  o.set("changed", changed);
  return JsonReply(Stringify(o));
}

Reply GetWhoami(Context&, const Request& req) {
  Object o(Poco::JSON_PRESERVE_KEY_ORDER);
  o.set("role", std::string(RoleName(req.principal.role)));
  Array::Ptr clusters = new Array;
  for (const auto& c : req.principal.clusters) clusters->add(c);
  o.set("clusters", clusters);
  if (!req.principal.key_id.empty()) o.set("key_id", req.principal.key_id);
  return JsonReply(Stringify(o));
}

}  // namespace silkdex::api::handlers
