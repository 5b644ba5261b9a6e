#include "curate_command.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/ParseHandler.h>
#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

#include "data_folder.h"
#include "silkdex/document_json.h"
#include "silkdex/ingest.h"
#include "silkdex/places.h"
#include "silkdex/store.h"

namespace silkdex::cli {
namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

// At most this many documents pinned for one query, as the API allows.
constexpr size_t kMaxPins = 20;

struct ItemPlan {
  std::string id;
  std::string note;
};
struct PinPlan {
  std::string query;
  std::vector<std::string> ids;
};
struct ClusterPlan {
  std::string id;
  std::vector<ItemPlan> items;
  std::vector<PinPlan> pins;
};
struct Plan {
  std::vector<Document> documents;
  std::vector<ClusterPlan> clusters;
};

// Problems name the file and where in it: "FILE: clusters[1].pins[0]: ...".
class Where {
 public:
  explicit Where(std::string file) : file_(std::move(file)) {}
  Status Bad(const std::string& at, const std::string& what) const {
    return Status::InvalidArgument(file_ + ": " + (at.empty() ? "" : at + ": ") + what);
  }

 private:
  std::string file_;
};

std::string Indexed(const std::string& name, size_t i) { return name + "[" + std::to_string(i) + "]"; }

Status OnlyKeys(const Where& where, const std::string& at, const Object& o, std::initializer_list<const char*> allowed) {
  for (const auto& k : o.getNames()) {
    if (std::none_of(allowed.begin(), allowed.end(), [&](const char* a) { return k == a; })) {
      std::string list;
      for (const char* a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
      return where.Bad(at, "unknown field '" + k + "' (expected " + list + ")");
    }
  }
  return Status::Ok();
}

// The array at `key` (absent: null), or the problem.
Status ArrayAt(const Where& where, const std::string& at, const Object& o, const std::string& key, Array::Ptr* out) {
  *out = nullptr;
  if (!o.has(key)) return Status::Ok();
  *out = o.getArray(key);
  if (!*out) return where.Bad(at, "field '" + key + "' must be an array");
  return Status::Ok();
}

Status StringAt(const Where& where, const std::string& at, const Object& o, const std::string& key, bool required,
                std::string* out) {
  if (!o.has(key)) return required ? where.Bad(at, "field '" + key + "' is missing") : Status::Ok();
  if (!o.get(key).isString()) return where.Bad(at, "field '" + key + "' must be a string");
  *out = o.getValue<std::string>(key);
  return Status::Ok();
}

std::string Stringify(const Object& o) {
  std::ostringstream s;
  o.stringify(s);
  return s.str();
}

Status ReadDocuments(const Where& where, const Array& list, Plan* plan) {
  std::set<std::string> seen;
  for (size_t i = 0; i < list.size(); ++i) {
    std::string at = Indexed("documents", i);
    Object::Ptr o = list.getObject(static_cast<unsigned>(i));
    if (!o) return where.Bad(at, "must be a document object");
    if (!o->has("id")) return where.Bad(at, "field 'id' is missing: documents of a curation file name their id");
    auto doc = DocumentFromJson(Stringify(*o));
    if (!doc.ok()) return where.Bad(at, doc.status().message());
    if (Status s = FinishDocument(&*doc, doc->id); !s.ok()) return where.Bad(at, s.message());
    if (!seen.insert(doc->id).second) return where.Bad(at, "document '" + doc->id + "' is listed twice");
    plan->documents.push_back(std::move(doc).value());
  }
  return Status::Ok();
}

Status ReadCluster(const Where& where, const std::string& at, const Object& o, ClusterPlan* c) {
  if (Status s = OnlyKeys(where, at, o, {"id", "items", "pins", "comment"}); !s.ok()) return s;
  if (Status s = StringAt(where, at, o, "id", true, &c->id); !s.ok()) return s;
  Array::Ptr items, pins;
  if (Status s = ArrayAt(where, at, o, "items", &items); !s.ok()) return s;
  if (Status s = ArrayAt(where, at, o, "pins", &pins); !s.ok()) return s;
  std::set<std::string> seen;
  for (size_t i = 0; items && i < items->size(); ++i) {
    std::string item_at = at + "." + Indexed("items", i);
    Object::Ptr item = items->getObject(static_cast<unsigned>(i));
    if (!item) return where.Bad(item_at, "must be an object: {\"id\": \"...\", \"note\": \"...\"}");
    if (Status s = OnlyKeys(where, item_at, *item, {"id", "note"}); !s.ok()) return s;
    ItemPlan plan;
    if (Status s = StringAt(where, item_at, *item, "id", true, &plan.id); !s.ok()) return s;
    if (Status s = StringAt(where, item_at, *item, "note", false, &plan.note); !s.ok()) return s;
    if (!seen.insert(plan.id).second) return where.Bad(item_at, "document '" + plan.id + "' is listed twice");
    c->items.push_back(std::move(plan));
  }
  std::set<std::string> queries;
  for (size_t i = 0; pins && i < pins->size(); ++i) {
    std::string pin_at = at + "." + Indexed("pins", i);
    Object::Ptr pin = pins->getObject(static_cast<unsigned>(i));
    if (!pin) return where.Bad(pin_at, "must be an object: {\"query\": \"...\", \"ids\": [...]}");
    if (Status s = OnlyKeys(where, pin_at, *pin, {"query", "ids"}); !s.ok()) return s;
    PinPlan plan;
    if (Status s = StringAt(where, pin_at, *pin, "query", true, &plan.query); !s.ok()) return s;
    if (PinKey(plan.query).empty()) return where.Bad(pin_at, "field 'query' is empty");
    if (!queries.insert(PinKey(plan.query)).second) return where.Bad(pin_at, "the query '" + plan.query + "' is listed twice");
    Array::Ptr ids;
    if (Status s = ArrayAt(where, pin_at, *pin, "ids", &ids); !s.ok()) return s;
    if (!ids) return where.Bad(pin_at, "field 'ids' is missing: give the documents to pin, in order ([] removes the pins)");
    if (ids->size() > kMaxPins) return where.Bad(pin_at, "at most 20 documents can be pinned for a query");
    std::set<std::string> pinned;
    for (size_t j = 0; j < ids->size(); ++j) {
      if (!ids->get(static_cast<unsigned>(j)).isString()) return where.Bad(pin_at, "field 'ids' must be an array of document ids");
      std::string id = ids->getElement<std::string>(static_cast<unsigned>(j));
      if (!pinned.insert(id).second) return where.Bad(pin_at, "document '" + id + "' is pinned twice");
      plan.ids.push_back(id);
    }
    c->pins.push_back(std::move(plan));
  }
  return Status::Ok();
}

Result<Plan> ReadPlan(const std::string& file) {
  Where where(file);
  std::ifstream in(file, std::ios::binary);
  if (!in) return Status::NotFound(file + ": cannot read the curation file");
  std::ostringstream text;
  text << in.rdbuf();
  Object::Ptr root;
  try {
    Poco::JSON::Parser parser(new Poco::JSON::ParseHandler(/*preserveObjectOrder=*/true));
    root = parser.parse(text.str()).extract<Object::Ptr>();
  } catch (const Poco::Exception& e) {
    return where.Bad("", "not JSON: " + e.displayText());
  } catch (const std::exception&) {
    return where.Bad("", "expected a JSON object with \"documents\" and \"clusters\"");
  }
  if (!root) return where.Bad("", "expected a JSON object with \"documents\" and \"clusters\"");
  if (Status s = OnlyKeys(where, "", *root, {"documents", "clusters", "comment"}); !s.ok()) return s;
  Plan plan;
  Array::Ptr documents, clusters;
  if (Status s = ArrayAt(where, "", *root, "documents", &documents); !s.ok()) return s;
  if (Status s = ArrayAt(where, "", *root, "clusters", &clusters); !s.ok()) return s;
  if (documents)
    if (Status s = ReadDocuments(where, *documents, &plan); !s.ok()) return s;
  std::set<std::string> seen;
  for (size_t i = 0; clusters && i < clusters->size(); ++i) {
    std::string at = Indexed("clusters", i);
    Object::Ptr o = clusters->getObject(static_cast<unsigned>(i));
    if (!o) return where.Bad(at, "must be an object: {\"id\": \"drr\", \"items\": [...], \"pins\": [...]}");
    ClusterPlan c;
    if (Status s = ReadCluster(where, at, *o, &c); !s.ok()) return s;
    if (!seen.insert(c.id).second) return where.Bad(at, "cluster '" + c.id + "' is listed twice");
    plan.clusters.push_back(std::move(c));
  }
  return plan;
}

// Every cluster exists and every document it names is live, in the catalog or in the file.
Status CheckReferences(const std::string& file, const Plan& plan, Catalog& catalog) {
  Where where(file);
  auto clusters = catalog.Clusters();
  if (!clusters.ok()) return clusters.status();
  std::set<std::string> in_file;
  for (const auto& d : plan.documents) in_file.insert(d.id);
  auto exists = [&](const std::string& id) {
    if (in_file.count(id)) return true;
    auto stored = catalog.Get(id);
    return stored.ok() && !stored->deleted;
  };
  for (size_t i = 0; i < plan.clusters.size(); ++i) {
    const auto& c = plan.clusters[i];
    std::string at = Indexed("clusters", i);
    if (std::none_of(clusters->begin(), clusters->end(), [&](const Cluster& x) { return x.id == c.id; })) {
      std::string known;
      for (const auto& x : *clusters) known += (known.empty() ? "" : ", ") + x.id;
      return where.Bad(at, "'" + c.id + "' is not a cluster; the clusters are " + known);
    }
    for (size_t j = 0; j < c.items.size(); ++j)
      if (!exists(c.items[j].id)) return where.Bad(at + "." + Indexed("items", j), "no document has id '" + c.items[j].id + "'");
    for (size_t j = 0; j < c.pins.size(); ++j)
      for (const auto& id : c.pins[j].ids)
        if (!exists(id)) return where.Bad(at + "." + Indexed("pins", j), "no document has id '" + id + "'");
  }
  return Status::Ok();
}

}  // namespace

int RunCurate(const CurateCommand& cmd, std::ostream& out, std::ostream& err) {
  auto data = ResolveDataFolder(cmd.data);
  if (!data.ok()) return Fail(err, data.status());
  auto plan = ReadPlan(cmd.file);
  if (!plan.ok()) return Fail(err, plan.status());
  if (!std::filesystem::exists(Store::CatalogPath(data->root)) && !std::filesystem::exists(Store::IndexPath(data->root)))
    return Fail(err, Status::NotFound("no data in " + data->root.string() + "; index documents first with `silkdex index DIR`"));
  auto store = Store::Open(data->root);
  if (!store.ok()) return Fail(err, store.status());
  Catalog& catalog = (*store)->catalog();
  if (Status s = CheckReferences(cmd.file, *plan, catalog); !s.ok()) return Fail(err, s);

  // Documents get their places and the plugins' findings, as `silkdex index` gives them.
  size_t docs_written = 0;
  if (!plan->documents.empty()) {
    auto plugins = LoadPlugins(cmd.plugins);
    if (!plugins.ok()) return Fail(err, plugins.status());
    auto places = Gazetteer::Load();
    if (!places.ok()) return Fail(err, places.status());
    for (auto& doc : plan->documents) {
      AddPlaces(**places, &doc);
      (*plugins)->Extract(&doc);
    }
    auto written = (*store)->PutMany(plan->documents, Actor::CommandLine());
    if (!written.ok()) return Fail(err, written.status());
    docs_written = static_cast<size_t>(std::count_if(written->begin(), written->end(), [](const Store::Written& w) { return w.seq != 0; }));
  }

  // Items and pins in one catalog transaction; what already is as the file
  // says is left alone, so the audit trail records only real changes.
  size_t items = 0, items_set = 0, pins = 0, pins_set = 0;
  Status s = (*store)->Curate([&](Catalog::Batch& b) -> Status {
    const Actor who = Actor::CommandLine();
    for (const auto& c : plan->clusters) {
      for (size_t i = 0; i < c.items.size(); ++i) {
        ++items;
        const int position = static_cast<int>(i) + 1;
        auto current = catalog.Items(c.id);
        if (!current.ok()) return current.status();
        bool same = std::any_of(current->begin(), current->end(), [&](const ClusterItem& x) {
          return x.document_id == c.items[i].id && x.position == position && x.note == c.items[i].note;
        });
        if (same) continue;
        if (Status put = catalog.PutItem(b, c.id, c.items[i].id, position, c.items[i].note, who); !put.ok()) return put;
        ++items_set;
      }
      for (const auto& pin : c.pins) {
        ++pins;
        auto current = catalog.PinsFor(c.id, pin.query);
        if (!current.ok()) return current.status();
        if (*current == pin.ids) continue;
        if (Status set = catalog.SetPins(b, c.id, pin.query, pin.ids, who); !set.ok()) return set;
        ++pins_set;
      }
    }
    return Status::Ok();
  });
  if (!s.ok()) return Fail(err, s);
  out << "curated: " << plan->documents.size() << " documents (" << plan->documents.size() - docs_written
      << " unchanged), " << items << " featured items (" << items - items_set << " unchanged), " << pins << " pins ("
      << pins - pins_set << " unchanged)\n";
  return 0;
}

}  // namespace silkdex::cli
