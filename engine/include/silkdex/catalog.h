// silkdex: the catalog of record (an embedded SQLite database, WAL mode).
//
// Everything people give silkdex lives here: documents as ingested and as
// edited (tags, theme decisions, status), thematic clusters with their
// featured items and pinned results, and the audit trail of every change. The
// search index is derived from the catalog (silkdex/store.h keeps the two in
// step): every change that touches a document gets a sequence number, and the
// index records the last one it applied.
//
// Thread safety: a Catalog serialises its own calls (one SQLite connection
// behind a mutex). Other processes may read the same file at the same time.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "silkdex/document.h"
#include "silkdex/status.h"

namespace silkdex {

// Who made a change: an API key's id (never the key) and its role, or the
// command line ("cli", "admin").
struct Actor {
  std::string key_id;
  std::string role;
  static Actor CommandLine() { return {"cli", "admin"}; }
};

// One entry of the audit trail.
struct AuditEntry {
  uint64_t seq = 0;
  std::string at;      // UTC, ISO 8601 with milliseconds: 2026-11-29T11:19:05.123Z
  Actor who;
  // create, replace, delete, restore, tags, themes, submit, publish, reject,
  // archive, reextract, import, cluster_create, cluster_item, cluster_item_remove,
  // pin, key_create
  std::string action;
  std::string document_id;  // empty for cluster and key entries
  std::string cluster;      // for cluster entries
  // JSON object: {"field": {"before": ..., "after": ...}, ...}
  std::string changes_json = "{}";
  std::string reason;        // a rejection's reason
  std::vector<std::string> plugins;  // "name version" of the plugins whose suggestions the change holds
};

// A document as the catalog keeps it.
struct CatalogDocument {
  Document doc;
  uint64_t seq = 0;  // the last change to it
  std::string created_at, updated_at;
  std::string submitted_at;  // when it last entered in_review; empty if never
  bool deleted = false;      // kept, with its last content, for the record
};

// A thematic cluster: a community of practice. The seven built-in ones have
// the id of their theme; a document belongs to every cluster one of whose
// themes it has (given by staff or accepted from a plugin's suggestion).
struct Cluster {
  std::string id;
  std::string name;
  std::string description;
  std::vector<std::string> themes;
  bool builtin = false;
};

struct ClusterItem {
  std::string document_id;
  int position = 0;  // 1-based order of featured items
  std::string note;
  std::string added_at;
};

struct Pin {
  std::string query;  // as the moderator typed it
  std::vector<std::string> ids;
};

// Folds a query the way pins are looked up: lower case, accents kept, runs of
// white space as one space, trimmed.
std::string PinKey(std::string_view query);

// The clusters a document belongs to, in `clusters`' order.
std::vector<std::string> ClustersOf(const Document& doc, const std::vector<Cluster>& clusters);

class Catalog {
 public:
  // Opens (creating) the catalog file; WAL mode, synchronous=FULL, so a
  // change is on disk when the call that made it returns. The seven built-in
  // clusters exist from the start.
  static Result<std::unique_ptr<Catalog>> Open(const std::filesystem::path& file);
  ~Catalog();
  Catalog(const Catalog&) = delete;
  Catalog& operator=(const Catalog&) = delete;

  const std::filesystem::path& file() const { return file_; }

  // --- documents -------------------------------------------------------
  // kNotFound when the catalog never had it; a deleted one comes back with
  // `deleted` set.
  Result<CatalogDocument> Get(std::string_view id);
  // Every live document, in the order they were first added: the order of
  // the index they were written to, so a rebuilt index breaks ties alike.
  Result<std::vector<std::string>> Ids();
  uint64_t document_count();
  // Live documents in `status`, oldest submission first (the moderation queue).
  Result<std::vector<CatalogDocument>> InStatus(std::string_view status, size_t limit = 1000);
  // Documents changed after `seq` (live and deleted), in change order: what a
  // lagging index has to apply.
  Result<std::vector<CatalogDocument>> ChangedSince(uint64_t seq);
  // The latest change's sequence number (0 for an empty catalog).
  uint64_t last_seq();

  // A batch of changes made atomically: either all are in the catalog, or none.
  class Batch;
  // Writes `doc` (create or replace) with an audit entry whose action,
  // changes and plugins the catalog works out from the stored version
  // (`action_override` replaces the action: "tags", "themes", "publish" ...).
  // Unchanged content writes nothing and returns 0; otherwise the new change's
  // sequence number.
  Result<uint64_t> PutDocument(Batch& batch, const Document& doc, const Actor& who,
                               std::string_view action_override = {}, std::string_view reason = {});
  // kNotFound when there is no live document with that id.
  Result<uint64_t> DeleteDocument(Batch& batch, std::string_view id, const Actor& who);

  // Runs `fn` inside one SQLite transaction; commits when it returns OK,
  // rolls back otherwise (and on an exception).
  Status Transaction(const std::function<Status(Batch&)>& fn);

  // --- audit -------------------------------------------------------------
  Result<std::vector<AuditEntry>> History(std::string_view document_id);
  // The whole trail after `since`, oldest first, at most `limit` entries;
  // `action` and `cluster` narrow it when not empty.
  Result<std::vector<AuditEntry>> Entries(uint64_t since, size_t limit, std::string_view action = {},
                                          std::string_view cluster = {});
  // Records an entry that is not about a document's content (keys, clusters).
  Result<uint64_t> Record(Batch& batch, AuditEntry entry);

  // --- clusters ------------------------------------------------------------
  Result<std::vector<Cluster>> Clusters();
  Result<Cluster> GetCluster(std::string_view id);
  // Admins add clusters; kFailedPrecondition when the id is taken.
  Status CreateCluster(Batch& batch, const Cluster& cluster, const Actor& who);
  // Featured items in order.
  Result<std::vector<ClusterItem>> Items(std::string_view cluster);
  // Adds or moves an item to `position` (1-based; beyond the end: last), shifting the others.
  Status PutItem(Batch& batch, std::string_view cluster, std::string_view document_id, int position,
                 std::string_view note, const Actor& who);
  // kNotFound when the document is not an item of the cluster.
  Status RemoveItem(Batch& batch, std::string_view cluster, std::string_view document_id, const Actor& who);
  Result<std::vector<Pin>> Pins(std::string_view cluster);
  // The pinned ids for a query in a cluster (empty when none).
  Result<std::vector<std::string>> PinsFor(std::string_view cluster, std::string_view query);
  // Replaces the pins of (cluster, query); no ids removes them.
  Status SetPins(Batch& batch, std::string_view cluster, std::string_view query, const std::vector<std::string>& ids,
                 const Actor& who);

  // Writes a consistent copy of the catalog to `dest` (a new file) while
  // others keep writing (SQLite's VACUUM INTO).
  Status CopyTo(const std::filesystem::path& dest);

 private:
  struct Impl;
  Catalog(std::filesystem::path file, std::unique_ptr<Impl> impl);
  std::filesystem::path file_;
  std::unique_ptr<Impl> impl_;
};

}  // namespace silkdex
