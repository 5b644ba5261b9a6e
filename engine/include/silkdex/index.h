// silkdex: writing the search index (a Xapian glass database).
//
// The index records the schema version and the analyzer fingerprint (a digest
// of the index definitions in indexes/) it was built with; opening it with
// other definitions fails with kFailedPrecondition and a message that says how
// to rebuild. One IndexWriter per index at a time (Xapian's lock); searchers
// in other threads or processes see what it commits.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "silkdex/document.h"
#include "silkdex/status.h"
#include "silkdex/vocabulary.h"

namespace silkdex {

struct IndexOptions {
  // Create the index when the folder holds none. Default: true.
  bool create_if_missing = true;
  // Start from an empty index even when one exists (`silkdex index --rebuild`),
  // e.g. after the definitions changed. Default: false.
  bool overwrite = false;
  // A folder laid out like indexes/default to use instead of the built-in
  // definitions. Default: empty (built-in).
  std::filesystem::path definitions_dir;
  // Documents written between two commits. Writing in batches is what makes
  // bulk loads fast; Commit() and the destructor commit what is pending.
  // Default: 2000.
  size_t batch_size = 2000;
  // Synonym groups to add to those of the definitions, for query expansion
  // (the thematic plugins' vocabularies, each term with its language). A query
  // word's variants count less than the word typed, and less again in another
  // language than the query's. Default: none.
  std::vector<SynonymGroup> extra_synonyms;
  // Searching: count a ranked search's matches (total and facets) on another
  // thread while the page is ranked, on a second handle of the index. Lowers
  // the latency of a search by its counting time when cores are free; costs
  // one more open database per searcher. Only for one local index. Default: true.
  bool count_beside_ranking = true;
};

// Checks that an index exists at `path` and was built with these definitions,
// without opening it for writing.
Status CheckIndex(const std::filesystem::path& path, const IndexOptions& options = {});

class IndexWriter {
 public:
  // Opens (or creates) the index at `path`. kUnavailable when another writer
  // holds it; kFailedPrecondition when it was built with other definitions.
  static Result<std::unique_ptr<IndexWriter>> Open(const std::filesystem::path& path,
                                                   const IndexOptions& options = {});
  ~IndexWriter();  // commits pending writes (errors are logged, not thrown)
  IndexWriter(const IndexWriter&) = delete;
  IndexWriter& operator=(const IndexWriter&) = delete;

  // Adds the document, or replaces the one with the same id.
  // REQUIRES: the document passed ValidateDocument (FinishDocument does it).
  Status Put(const Document& doc);
  // kNotFound when no document has that id.
  Status Delete(std::string_view id);
  // Makes every write so far durable and visible to searchers.
  Status Commit();

  uint64_t document_count() const;

  // The catalog change (sequence number) the index reflects: recorded with the
  // next commit, so it is durable exactly when the writes before it are.
  // 0 for an index never written through a catalog.
  void MarkApplied(uint64_t change);
  uint64_t applied() const;

  // The ids of every document (for `silkdex reindex`).
  Result<std::vector<std::string>> Ids();
  // The stored document; kNotFound when absent.
  Result<Document> Get(std::string_view id);

 private:
  struct Impl;
  explicit IndexWriter(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace silkdex
