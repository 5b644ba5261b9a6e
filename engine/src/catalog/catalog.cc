#include "silkdex/catalog.h"

#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/Session.h>
#include <Poco/Data/Statement.h>
#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <ctime>
#include <mutex>
#include <set>
#include <sstream>

#include "catalog/audit_diff.h"
#include "silkdex/document_json.h"

namespace silkdex {

using namespace Poco::Data::Keywords;
using Poco::Int64;

namespace {

struct BuiltinCluster {
  const char* id;
  const char* name;
  const char* description;
};

// The seven focus areas of the Cities Project (2021), one community of practice each.
constexpr std::array<BuiltinCluster, 7> kBuiltinClusters = {{
    {"health", "COVID-19 Response and Recovery, Public Health",
     "Cities sharing how they responded to COVID-19 and rebuilt public health: protective equipment, "
     "testing, community care and recovery plans."},
    {"agriculture", "Sustainable Agriculture Value Chain Development",
     "Cities and partners growing agricultural value chains: cooperatives, processing, market access and "
     "rural livelihoods."},
    {"ecommerce", "E-Commerce, Digitalization and Smart City",
     "Cities using e-commerce, live-streaming sales and digital public services to reach markets and run "
     "smarter."},
    {"tourism", "Sustainable Tourism, Heritage Protection and Creative Economy",
     "Cities protecting heritage and growing sustainable, creative and digital tourism."},
    {"drr", "Disaster Risk Reduction, Mitigation in Resilient Cities",
     "Cities reducing disaster risk and building resilience: early warning, preparedness and recovery."},
    {"transport", "Sustainable Transport and Air Quality",
     "Cities improving public transport, mobility and the air their people breathe."},
    {"green", "Waste Management, Green City, Renewable Energy",
     "Cities managing waste, greening public space and moving to renewable energy."},
}};

std::string Now() {
  auto now = std::chrono::system_clock::now();
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  std::time_t t = std::chrono::system_clock::to_time_t(now);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &tm);
  char out[40];
  std::snprintf(out, sizeof out, "%s.%03dZ", buf, static_cast<int>(ms));
  return out;
}

std::string JoinList(const std::vector<std::string>& items) {
  Poco::JSON::Array arr;
  for (const auto& i : items) arr.add(i);
  std::ostringstream out;
  arr.stringify(out);
  return out.str();
}

std::vector<std::string> SplitList(const std::string& json) {
  std::vector<std::string> out;
  if (json.empty()) return out;
  try {
    Poco::JSON::Parser parser;
    auto arr = parser.parse(json).extract<Poco::JSON::Array::Ptr>();
    for (size_t i = 0; i < arr->size(); ++i) out.push_back(arr->getElement<std::string>(static_cast<unsigned>(i)));
  } catch (const std::exception&) {
  }
  return out;
}

Status FromPoco(const Poco::Exception& e, std::string_view context) {
  return Status::IOError(std::string(context) + ": " + e.displayText());
}

}  // namespace

std::string PinKey(std::string_view query) {
  std::string out;
  bool space = false;
  for (char c : query) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

std::vector<std::string> ClustersOf(const Document& doc, const std::vector<Cluster>& clusters) {
  std::vector<std::string> out;
  for (const auto& c : clusters) {
    bool in = std::any_of(c.themes.begin(), c.themes.end(), [&](const std::string& t) {
      return std::find(doc.themes.begin(), doc.themes.end(), t) != doc.themes.end();
    });
    if (in) out.push_back(c.id);
  }
  return out;
}

struct Catalog::Impl {
  std::recursive_mutex mu;
  std::unique_ptr<Poco::Data::Session> session;
  bool in_transaction = false;
};

class Catalog::Batch {
 public:
  explicit Batch(Impl* owner) : impl(owner) {}
  Impl* impl;
};

Catalog::Catalog(std::filesystem::path file, std::unique_ptr<Impl> impl) : file_(std::move(file)), impl_(std::move(impl)) {}
Catalog::~Catalog() = default;

Result<std::unique_ptr<Catalog>> Catalog::Open(const std::filesystem::path& file) {
  auto impl = std::make_unique<Impl>();
  try {
    Poco::Data::SQLite::Connector::registerConnector();
    std::error_code ec;
    if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path(), ec);
    impl->session = std::make_unique<Poco::Data::Session>("SQLite", file.string());
    auto& s = *impl->session;
    s << "PRAGMA busy_timeout=10000", now;
    s << "PRAGMA journal_mode=WAL", now;
    s << "PRAGMA synchronous=FULL", now;
    s << "CREATE TABLE IF NOT EXISTS documents (id TEXT PRIMARY KEY, json TEXT NOT NULL, status TEXT NOT NULL, "
         "seq INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, submitted_at TEXT NOT NULL, "
         "deleted INTEGER NOT NULL DEFAULT 0)",
        now;
    s << "CREATE INDEX IF NOT EXISTS documents_seq ON documents (seq)", now;
    s << "CREATE INDEX IF NOT EXISTS documents_status ON documents (status, submitted_at)", now;
    s << "CREATE TABLE IF NOT EXISTS audit (seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, "
         "key_id TEXT NOT NULL, role TEXT NOT NULL, action TEXT NOT NULL, document_id TEXT NOT NULL, "
         "cluster TEXT NOT NULL, changes TEXT NOT NULL, reason TEXT NOT NULL, plugins TEXT NOT NULL)",
        now;
    s << "CREATE INDEX IF NOT EXISTS audit_document ON audit (document_id, seq)", now;
    s << "CREATE TABLE IF NOT EXISTS clusters (id TEXT PRIMARY KEY, name TEXT NOT NULL, description TEXT NOT NULL, "
         "themes TEXT NOT NULL, builtin INTEGER NOT NULL, ord INTEGER NOT NULL)",
        now;
    s << "CREATE TABLE IF NOT EXISTS cluster_items (cluster TEXT NOT NULL, document_id TEXT NOT NULL, "
         "position INTEGER NOT NULL, note TEXT NOT NULL, added_at TEXT NOT NULL, PRIMARY KEY (cluster, document_id))",
        now;
    s << "CREATE TABLE IF NOT EXISTS pins (cluster TEXT NOT NULL, query_key TEXT NOT NULL, query TEXT NOT NULL, "
         "ids TEXT NOT NULL, PRIMARY KEY (cluster, query_key))",
        now;
    int ord = 0;
    for (const auto& c : kBuiltinClusters) {
      std::string id = c.id, name = c.name, description = c.description, themes = JoinList({c.id});
      ++ord;
      s << "INSERT OR IGNORE INTO clusters (id, name, description, themes, builtin, ord) VALUES (?, ?, ?, ?, 1, ?)",
          use(id), use(name), use(description), use(themes), use(ord), now;
    }
  } catch (const Poco::Exception& e) {
    return FromPoco(e, "catalog " + file.string());
  }
  return std::unique_ptr<Catalog>(new Catalog(file, std::move(impl)));
}

namespace {

Result<CatalogDocument> ReadRow(const std::string& id, const std::string& json, Int64 seq, const std::string& created,
                                const std::string& updated, const std::string& submitted, Int64 deleted) {
  auto doc = DocumentFromJson(json);
  if (!doc.ok()) return Status::Corruption("catalog document '" + id + "': " + doc.status().message());
  CatalogDocument out;
  out.doc = std::move(doc).value();
  out.seq = static_cast<uint64_t>(seq);
  out.created_at = created;
  out.updated_at = updated;
  out.submitted_at = submitted;
  out.deleted = deleted != 0;
  return out;
}

// Rows of documents matching `where` (with one bound string or int64 parameter).
template <typename P>
Result<std::vector<CatalogDocument>> SelectDocuments(Poco::Data::Session& s, const std::string& where, P param,
                                                     size_t max_rows) {
  std::vector<std::string> ids, jsons, created, updated, submitted;
  std::vector<Int64> seqs, deleted;
  std::string sql = "SELECT id, json, seq, created_at, updated_at, submitted_at, deleted FROM documents " + where +
                    " LIMIT " + std::to_string(max_rows);
  s << sql, use(param), into(ids), into(jsons), into(seqs), into(created), into(updated), into(submitted),
      into(deleted), now;
  std::vector<CatalogDocument> out;
  for (size_t i = 0; i < ids.size(); ++i) {
    auto row = ReadRow(ids[i], jsons[i], seqs[i], created[i], updated[i], submitted[i], deleted[i]);
    if (!row.ok()) return row.status();
    out.push_back(std::move(row).value());
  }
  return out;
}

}  // namespace

Result<CatalogDocument> Catalog::Get(std::string_view id) {
  std::lock_guard lock(impl_->mu);
  try {
    auto rows = SelectDocuments(*impl_->session, "WHERE id = ?", std::string(id), 1);
    if (!rows.ok()) return rows.status();
    if (rows->empty()) return Status::NotFound("no document has id '" + std::string(id) + "'");
    return std::move(rows->front());
  } catch (const Poco::Exception& e) {
    return FromPoco(e, "reading document " + std::string(id));
  }
}

Result<std::vector<std::string>> Catalog::Ids() {
  std::lock_guard lock(impl_->mu);
  std::vector<std::string> ids;
  try {
    *impl_->session << "SELECT id FROM documents WHERE deleted = 0 ORDER BY rowid", into(ids), now;
  } catch (const Poco::Exception& e) {
    return FromPoco(e, "listing documents");
  }
  return ids;
}

namespace {

// The one number a statement selects; 0 when the catalog cannot say.
uint64_t SelectNumber(Poco::Data::Session& s, const std::string& sql) {
  Int64 n = 0;
  try {
    s << sql, into(n), now;
  } catch (const Poco::Exception&) {
    return 0;
  }
  return static_cast<uint64_t>(n);
}

}  // namespace

uint64_t Catalog::document_count() {
  std::lock_guard lock(impl_->mu);
  return SelectNumber(*impl_->session, "SELECT count(*) FROM documents WHERE deleted = 0");
}

Result<std::vector<CatalogDocument>> Catalog::InStatus(std::string_view status, size_t limit) {
  std::lock_guard lock(impl_->mu);
  try {
    return SelectDocuments(*impl_->session, "WHERE deleted = 0 AND status = ? ORDER BY submitted_at, id",
                           std::string(status), limit);
  } catch (const Poco::Exception& e) {
    return FromPoco(e, "listing documents in " + std::string(status));
  }
}

Result<std::vector<CatalogDocument>> Catalog::ChangedSince(uint64_t seq) {
  std::lock_guard lock(impl_->mu);
  try {
    return SelectDocuments(*impl_->session, "WHERE seq > ? ORDER BY seq", static_cast<Int64>(seq),
                           std::numeric_limits<int32_t>::max());
  } catch (const Poco::Exception& e) {
    return FromPoco(e, "listing changes");
  }
}

uint64_t Catalog::last_seq() {
  std::lock_guard lock(impl_->mu);
  return SelectNumber(*impl_->session, "SELECT coalesce(max(seq), 0) FROM audit");
}

Status Catalog::Transaction(const std::function<Status(Batch&)>& fn) {
  std::lock_guard lock(impl_->mu);
  if (impl_->in_transaction) {  // nested: part of the outer one
    Batch batch(impl_.get());
    return fn(batch);
  }
  auto& s = *impl_->session;
  try {
    s.begin();
  } catch (const Poco::Exception& e) {
    return FromPoco(e, "catalog transaction");
  }
  impl_->in_transaction = true;
  Status result;
  try {
    Batch batch(impl_.get());
    result = fn(batch);
  } catch (const Poco::Exception& e) {
    result = FromPoco(e, "catalog");
  } catch (const std::exception& e) {
    result = Status::Internal(std::string("catalog: ") + e.what());
  }
  impl_->in_transaction = false;
  try {
    if (result.ok())
      s.commit();
    else
      s.rollback();
  } catch (const Poco::Exception& e) {
    try {
      s.rollback();
    } catch (const Poco::Exception&) {
    }
    return FromPoco(e, "committing the catalog");
  }
  return result;
}

Result<uint64_t> Catalog::Record(Batch& batch, AuditEntry e) {
  auto& s = *batch.impl->session;
  if (e.at.empty()) e.at = Now();
  std::string plugins = JoinList(e.plugins);
  s << "INSERT INTO audit (at, key_id, role, action, document_id, cluster, changes, reason, plugins) "
       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
      use(e.at), use(e.who.key_id), use(e.who.role), use(e.action), use(e.document_id), use(e.cluster),
      use(e.changes_json), use(e.reason), use(plugins), now;
  Int64 seq = 0;
  s << "SELECT last_insert_rowid()", into(seq), now;
  return static_cast<uint64_t>(seq);
}

Result<uint64_t> Catalog::PutDocument(Batch& batch, const Document& doc, const Actor& who,
                                      std::string_view action_override, std::string_view reason) {
  auto& s = *batch.impl->session;
  auto before = Get(doc.id);
  if (!before.ok() && before.status().code() != StatusCode::kNotFound) return before.status();
  bool exists = before.ok();
  bool was_live = exists && !before->deleted;
  std::string json = DocumentToJson(doc);
  if (was_live && DocumentToJson(before->doc) == json) return uint64_t{0};

  AuditEntry e;
  e.who = who;
  e.document_id = doc.id;
  e.reason = std::string(reason);
  e.action = !action_override.empty() ? std::string(action_override) : (was_live ? "replace" : (exists ? "restore" : "create"));
  catalog::Diff diff = catalog::DiffDocuments(was_live ? &before->doc : nullptr, doc);
  e.changes_json = diff.changes_json;
  e.plugins = diff.plugins;
  auto seq = Record(batch, e);
  if (!seq.ok()) return seq;
  Int64 seq64 = static_cast<Int64>(*seq);
  std::string now_text = Now();
  std::string id = doc.id, status = doc.status;
  std::string created = exists ? before->created_at : now_text;
  std::string submitted = exists ? before->submitted_at : "";
  if (status == "in_review" && (!was_live || before->doc.status != "in_review")) submitted = now_text;
  s << "INSERT INTO documents (id, json, status, seq, created_at, updated_at, submitted_at, deleted) "
       "VALUES (?, ?, ?, ?, ?, ?, ?, 0) ON CONFLICT (id) DO UPDATE SET json = excluded.json, status = excluded.status, "
       "seq = excluded.seq, created_at = excluded.created_at, updated_at = excluded.updated_at, "
       "submitted_at = excluded.submitted_at, deleted = 0",
      use(id), use(json), use(status), use(seq64), use(created), use(now_text), use(submitted), now;
  return seq;
}

Result<uint64_t> Catalog::DeleteDocument(Batch& batch, std::string_view id, const Actor& who) {
  auto before = Get(id);
  if (!before.ok()) return before.status();
  if (before->deleted) return Status::NotFound("no document has id '" + std::string(id) + "'");
  AuditEntry e;
  e.who = who;
  e.action = "delete";
  e.document_id = std::string(id);
  e.changes_json = catalog::DeletionChanges(before->doc);
  auto seq = Record(batch, e);
  if (!seq.ok()) return seq;
  Int64 seq64 = static_cast<Int64>(*seq);
  std::string key(id), now_text = Now();
  *batch.impl->session << "UPDATE documents SET deleted = 1, seq = ?, updated_at = ? WHERE id = ?", use(seq64),
      use(now_text), use(key), now;
  // A deleted document is no cluster's item any more; its pins simply stop matching.
  *batch.impl->session << "DELETE FROM cluster_items WHERE document_id = ?", use(key), now;
  return seq;
}

namespace {

// Audit rows selected by `where` (bound: `params`, all text or int64), oldest first.
Result<std::vector<AuditEntry>> SelectEntries(Poco::Data::Session& session, const std::string& where, Int64 since,
                                              const std::vector<std::string>& params, size_t limit) {
  std::vector<Int64> seqs;
  std::vector<std::string> at, key_id, role, action, document, cluster, changes, reason, plugins;
  Poco::Data::Statement select(session);
  select << "SELECT seq, at, key_id, role, action, document_id, cluster, changes, reason, plugins FROM audit "
            "WHERE seq > ? " + where + " ORDER BY seq LIMIT " + std::to_string(limit),
      into(seqs), into(at), into(key_id), into(role), into(action), into(document), into(cluster), into(changes),
      into(reason), into(plugins);
  select.addBind(Poco::Data::Keywords::bind(since));
  for (const auto& p : params) select.addBind(Poco::Data::Keywords::bind(p));
  select.execute();
  std::vector<AuditEntry> out;
  for (size_t i = 0; i < seqs.size(); ++i) {
    AuditEntry e;
    e.seq = static_cast<uint64_t>(seqs[i]);
    e.at = at[i];
    e.who = {key_id[i], role[i]};
    e.action = action[i];
    e.document_id = document[i];
    e.cluster = cluster[i];
    e.changes_json = changes[i];
    e.reason = reason[i];
    e.plugins = SplitList(plugins[i]);
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace

Result<std::vector<AuditEntry>> Catalog::History(std::string_view document_id) {
  std::lock_guard lock(impl_->mu);
  try {
    return SelectEntries(*impl_->session, "AND document_id = ?", 0, {std::string(document_id)},
                         std::numeric_limits<int32_t>::max());
  } catch (const Poco::Exception& e) {
    return FromPoco(e, "reading the history of " + std::string(document_id));
  }
}

Result<std::vector<AuditEntry>> Catalog::Entries(uint64_t since, size_t limit, std::string_view action,
                                                 std::string_view cluster) {
  std::lock_guard lock(impl_->mu);
  std::string where;
  std::vector<std::string> params;
  if (!action.empty()) {
    where += " AND action = ?";
    params.emplace_back(action);
  }
  if (!cluster.empty()) {
    where += " AND cluster = ?";
    params.emplace_back(cluster);
  }
  try {
    return SelectEntries(*impl_->session, where, static_cast<Int64>(since), params, limit);
  } catch (const Poco::Exception& e) {
    return FromPoco(e, "reading the audit trail");
  }
}

Result<std::vector<Cluster>> Catalog::Clusters() {
  std::lock_guard lock(impl_->mu);
  std::vector<std::string> ids, names, descriptions, themes;
  std::vector<Int64> builtin;
  try {
    *impl_->session << "SELECT id, name, description, themes, builtin FROM clusters ORDER BY ord, id", into(ids),
        into(names), into(descriptions), into(themes), into(builtin), now;
  } catch (const Poco::Exception& e) {
    return FromPoco(e, "listing clusters");
  }
  std::vector<Cluster> out;
  for (size_t i = 0; i < ids.size(); ++i) out.push_back({ids[i], names[i], descriptions[i], SplitList(themes[i]), builtin[i] != 0});
  return out;
}

Result<Cluster> Catalog::GetCluster(std::string_view id) {
  auto all = Clusters();
  if (!all.ok()) return all.status();
  for (auto& c : *all)
    if (c.id == id) return c;
  return Status::NotFound("no cluster has id '" + std::string(id) + "'");
}

Status Catalog::CreateCluster(Batch& batch, const Cluster& cluster, const Actor& who) {
  if (GetCluster(cluster.id).ok()) return Status::FailedPrecondition("a cluster with id '" + cluster.id + "' exists");
  auto& s = *batch.impl->session;
  std::string id = cluster.id, name = cluster.name, description = cluster.description, themes = JoinList(cluster.themes);
  Int64 ord = 0;
  s << "SELECT coalesce(max(ord), 0) + 1 FROM clusters", into(ord), now;
  s << "INSERT INTO clusters (id, name, description, themes, builtin, ord) VALUES (?, ?, ?, ?, 0, ?)", use(id),
      use(name), use(description), use(themes), use(ord), now;
  Poco::JSON::Object changes(Poco::JSON_PRESERVE_KEY_ORDER);
  for (auto [field, value] : {std::pair<const char*, std::string>{"name", name}, {"description", description}}) {
    Poco::JSON::Object change;
    change.set("before", Poco::Dynamic::Var());
    change.set("after", value);
    changes.set(field, change);
  }
  std::ostringstream out;
  changes.stringify(out);
  AuditEntry e;
  e.who = who;
  e.action = "cluster_create";
  e.cluster = id;
  e.changes_json = out.str();
  return Record(batch, e).status();
}

Result<std::vector<ClusterItem>> Catalog::Items(std::string_view cluster) {
  std::lock_guard lock(impl_->mu);
  std::vector<std::string> ids, notes, added;
  std::vector<Int64> positions;
  std::string key(cluster);
  try {
    *impl_->session << "SELECT document_id, position, note, added_at FROM cluster_items WHERE cluster = ? "
                       "ORDER BY position, document_id",
        use(key), into(ids), into(positions), into(notes), into(added), now;
  } catch (const Poco::Exception& e) {
    return FromPoco(e, "listing the items of cluster " + key);
  }
  std::vector<ClusterItem> out;
  for (size_t i = 0; i < ids.size(); ++i) out.push_back({ids[i], static_cast<int>(positions[i]), notes[i], added[i]});
  return out;
}

namespace {

std::string ItemChange(const std::optional<ClusterItem>& before, const std::optional<ClusterItem>& after) {
  auto as_json = [](const std::optional<ClusterItem>& item) -> Poco::Dynamic::Var {
    if (!item) return Poco::Dynamic::Var();
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    o->set("position", item->position);
    o->set("note", item->note);
    return o;
  };
  Poco::JSON::Object change(Poco::JSON_PRESERVE_KEY_ORDER), changes;
  change.set("before", as_json(before));
  change.set("after", as_json(after));
  changes.set("item", change);
  std::ostringstream out;
  changes.stringify(out);
  return out.str();
}

// Writes the items of a cluster back with positions 1..n in the given order.
void Renumber(Poco::Data::Session& s, const std::string& cluster, const std::vector<ClusterItem>& items) {
  for (size_t i = 0; i < items.size(); ++i) {
    Int64 pos = static_cast<Int64>(i + 1);
    std::string id = items[i].document_id;
    std::string c = cluster;
    s << "UPDATE cluster_items SET position = ? WHERE cluster = ? AND document_id = ?", use(pos), use(c), use(id), now;
  }
}

}  // namespace

Status Catalog::PutItem(Batch& batch, std::string_view cluster, std::string_view document_id, int position,
                        std::string_view note, const Actor& who) {
  auto items = Items(cluster);
  if (!items.ok()) return items.status();
  std::optional<ClusterItem> before;
  auto it = std::find_if(items->begin(), items->end(), [&](const ClusterItem& i) { return i.document_id == document_id; });
  std::string added_at = Now();
  if (it != items->end()) {
    before = *it;
    added_at = it->added_at;
    items->erase(it);
  }
  size_t at = position < 1 ? items->size() : std::min(items->size(), static_cast<size_t>(position - 1));
  ClusterItem item{std::string(document_id), static_cast<int>(at + 1), std::string(note), added_at};
  items->insert(items->begin() + static_cast<std::ptrdiff_t>(at), item);
  auto& s = *batch.impl->session;
  std::string c(cluster), id(document_id), n(note);
  Int64 pos = item.position;
  s << "INSERT INTO cluster_items (cluster, document_id, position, note, added_at) VALUES (?, ?, ?, ?, ?) "
       "ON CONFLICT (cluster, document_id) DO UPDATE SET position = excluded.position, note = excluded.note",
      use(c), use(id), use(pos), use(n), use(added_at), now;
  Renumber(s, c, *items);
  AuditEntry e;
  e.who = who;
  e.action = "cluster_item";
  e.document_id = id;
  e.cluster = c;
  e.changes_json = ItemChange(before, item);
  return Record(batch, e).status();
}

Status Catalog::RemoveItem(Batch& batch, std::string_view cluster, std::string_view document_id, const Actor& who) {
  auto items = Items(cluster);
  if (!items.ok()) return items.status();
  auto it = std::find_if(items->begin(), items->end(), [&](const ClusterItem& i) { return i.document_id == document_id; });
  if (it == items->end())
    return Status::NotFound("document '" + std::string(document_id) + "' is not an item of cluster '" +
                            std::string(cluster) + "'");
  ClusterItem before = *it;
  items->erase(it);
  auto& s = *batch.impl->session;
  std::string c(cluster), id(document_id);
  s << "DELETE FROM cluster_items WHERE cluster = ? AND document_id = ?", use(c), use(id), now;
  Renumber(s, c, *items);
  AuditEntry e;
  e.who = who;
  e.action = "cluster_item_remove";
  e.document_id = id;
  e.cluster = c;
  e.changes_json = ItemChange(before, std::nullopt);
  return Record(batch, e).status();
}

Result<std::vector<Pin>> Catalog::Pins(std::string_view cluster) {
  std::lock_guard lock(impl_->mu);
  std::vector<std::string> queries, ids;
  std::string c(cluster);
  try {
    *impl_->session << "SELECT query, ids FROM pins WHERE cluster = ? ORDER BY query_key", use(c), into(queries),
        into(ids), now;
  } catch (const Poco::Exception& e) {
    return FromPoco(e, "listing the pins of cluster " + c);
  }
  std::vector<Pin> out;
  for (size_t i = 0; i < queries.size(); ++i) out.push_back({queries[i], SplitList(ids[i])});
  return out;
}

Result<std::vector<std::string>> Catalog::PinsFor(std::string_view cluster, std::string_view query) {
  std::lock_guard lock(impl_->mu);
  std::vector<std::string> ids;
  std::string c(cluster), key = PinKey(query);
  if (key.empty()) return ids;
  try {
    *impl_->session << "SELECT ids FROM pins WHERE cluster = ? AND query_key = ?", use(c), use(key), into(ids), now;
  } catch (const Poco::Exception& e) {
    return FromPoco(e, "reading the pins of cluster " + c);
  }
  return ids.empty() ? std::vector<std::string>{} : SplitList(ids.front());
}

Status Catalog::SetPins(Batch& batch, std::string_view cluster, std::string_view query,
                        const std::vector<std::string>& ids, const Actor& who) {
  auto before = PinsFor(cluster, query);
  if (!before.ok()) return before.status();
  auto& s = *batch.impl->session;
  std::string c(cluster), key = PinKey(query), q(query), list = JoinList(ids);
  if (ids.empty())
    s << "DELETE FROM pins WHERE cluster = ? AND query_key = ?", use(c), use(key), now;
  else
    s << "INSERT INTO pins (cluster, query_key, query, ids) VALUES (?, ?, ?, ?) ON CONFLICT (cluster, query_key) "
         "DO UPDATE SET query = excluded.query, ids = excluded.ids",
        use(c), use(key), use(q), use(list), now;
  Poco::JSON::Parser parser;
  Poco::JSON::Object change(Poco::JSON_PRESERVE_KEY_ORDER), changes(Poco::JSON_PRESERVE_KEY_ORDER);
  change.set("before", parser.parse(JoinList(*before)));
  change.set("after", parser.parse(list));
  changes.set("query", q);
  changes.set("ids", change);
  std::ostringstream out;
  changes.stringify(out);
  AuditEntry e;
  e.who = who;
  e.action = "pin";
  e.cluster = c;
  e.changes_json = out.str();
  auto seq = Record(batch, e);
  return seq.status();
}

Status Catalog::CopyTo(const std::filesystem::path& dest) {
  std::lock_guard lock(impl_->mu);
  std::string target = dest.string();
  try {
    *impl_->session << "VACUUM INTO ?", use(target), now;
  } catch (const Poco::Exception& e) {
    return FromPoco(e, "copying the catalog to " + target);
  }
  return Status::Ok();
}

}  // namespace silkdex
