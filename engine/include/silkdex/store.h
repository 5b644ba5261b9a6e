// silkdex: a data folder, the catalog and the index kept in step.
//
// DATA/catalog.sqlite is the record; DATA/index is the Xapian index derived
// from it. Every write goes to the catalog first (one SQLite transaction, on
// disk when it commits), then to the index, which records the catalog change
// it has applied in the same Xapian commit. A process killed between the two
// leaves an index that lags the catalog; Open() repairs it by applying the
// catalog's later changes, so no acknowledged write is ever lost and catalog
// and index agree after a restart.
//
// Thread safety: writes are serialised by the Store; searchers (any number,
// any process) open index_path() and see each write once it returns.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "silkdex/catalog.h"
#include "silkdex/document.h"
#include "silkdex/index.h"
#include "silkdex/status.h"

namespace silkdex {

// Runs between reading a document and storing it: places, plugins.
using Enricher = std::function<void(Document*)>;

struct StoreOptions {
  IndexOptions index;  // batch_size etc.; `overwrite` is ignored (see Rebuild)
  // When the index was built with other definitions (the schema or
  // indexes/default changed), rebuild it from the catalog instead of
  // refusing to open. Default: true.
  bool rebuild_on_definition_change = true;
};

// What Open found and did.
struct OpenReport {
  uint64_t repaired = 0;   // catalog changes applied to a lagging index
  uint64_t imported = 0;   // documents of an index that had no catalog yet
  bool rebuilt = false;    // the index was rebuilt (definitions changed)
};

class Store {
 public:
  // Opens (creating) the catalog and the index in `data_dir`, then brings the
  // index up to date with the catalog. kUnavailable when another process
  // writes to this data folder.
  static Result<std::unique_ptr<Store>> Open(const std::filesystem::path& data_dir, const StoreOptions& options = {},
                                             OpenReport* report = nullptr);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  static std::filesystem::path CatalogPath(const std::filesystem::path& data_dir) { return data_dir / "catalog.sqlite"; }
  static std::filesystem::path IndexPath(const std::filesystem::path& data_dir) { return data_dir / "index"; }
  const std::filesystem::path& data_dir() const { return data_dir_; }
  std::filesystem::path index_path() const { return IndexPath(data_dir_); }

  Catalog& catalog() { return *catalog_; }

  // The result of one write: the document as stored and what it was before.
  struct Written {
    uint64_t seq = 0;  // 0: nothing changed
    bool created = false;
  };

  // Creates or replaces. REQUIRES: the document passed ValidateDocument.
  Result<Written> Put(const Document& doc, const Actor& who, std::string_view action = {},
                      std::string_view reason = {});
  // Creates or replaces each of `docs`, in one catalog transaction and one
  // index commit. Unchanged documents are not written again.
  Result<std::vector<Written>> PutMany(const std::vector<Document>& docs, const Actor& who);
  // kNotFound when there is no such live document.
  Status Delete(std::string_view id, const Actor& who);
  // Reads the live document, lets `edit` change it (an error from `edit`
  // aborts with nothing written), and writes it, audited as `action`: all
  // under the write lock, so concurrent edits never lose each other.
  Result<Document> Update(std::string_view id, const Actor& who, std::string_view action,
                          const std::function<Status(Document*)>& edit, std::string_view reason = {});
  // A catalog-only change (clusters, items, pins, keys): one transaction,
  // under the write lock.
  Status Curate(const std::function<Status(Catalog::Batch&)>& fn);

  // Rebuilds the index from the catalog alone: a fresh index with every live
  // document, each passed through `enrich` first when given (re-running the
  // plugins; changed findings are written back to the catalog, audited as
  // "reextract"). Returns the number of documents indexed.
  Result<uint64_t> Rebuild(const Enricher& enrich = {}, const Actor& who = Actor::CommandLine());

  // Commits the index and closes it; later writes fail with kUnavailable.
  Status Close();

  uint64_t document_count();

  // A consistent copy of a data folder, made while a server may be writing to
  // it: DEST/catalog.sqlite and DEST/index. DEST must not exist or be empty.
  static Status Backup(const std::filesystem::path& data_dir, const std::filesystem::path& dest);
  // Puts a backup in place of `data_dir`'s catalog and index (the folder's
  // other files, such as the configuration, stay). Nothing may be writing to
  // `data_dir` (kUnavailable otherwise). The index is brought up to date with
  // the restored catalog.
  static Status Restore(const std::filesystem::path& backup, const std::filesystem::path& data_dir);

 private:
  Store(std::filesystem::path data_dir, std::unique_ptr<Catalog> catalog, std::unique_ptr<IndexWriter> writer,
        StoreOptions options);
  Status ApplyToIndex(const std::vector<CatalogDocument>& changed, uint64_t up_to);
  Status Repair(OpenReport* report);

  std::filesystem::path data_dir_;
  std::unique_ptr<Catalog> catalog_;
  std::unique_ptr<IndexWriter> writer_;
  StoreOptions options_;
  std::mutex mu_;
};

}  // namespace silkdex
