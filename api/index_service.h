// The data folder as the server uses it: the Store (catalog of record + the
// index derived from it; writes are serialised and durable when they return),
// and a pool of searchers, one per request in flight, each reopened when a
// write has been committed since it last looked.
#pragma once

#include <atomic>
#include <filesystem>
#include <memory>
#include <mutex>
#include <vector>

#include "silkdex/index.h"
#include "silkdex/store.h"
#include "silkdex/search.h"

namespace silkdex::api {

class IndexService {
 public:
  // Opens the data folder's Store (repairing a lagging index).
  // `search_options`: what searchers open with (the plugins' synonyms).
  static Result<std::unique_ptr<IndexService>> Open(const std::filesystem::path& data_dir,
                                                    IndexOptions search_options = {});
  ~IndexService();

  // A searcher for the duration of one request; it goes back to the pool when
  // the lease ends.
  class Lease {
   public:
    Lease(IndexService* owner, std::unique_ptr<Searcher> s, uint64_t generation)
        : owner_(owner), searcher_(std::move(s)), generation_(generation) {}
    Lease(Lease&&) = default;
    ~Lease();
    Searcher* operator->() { return searcher_.get(); }
    Searcher& operator*() { return *searcher_; }

   private:
    IndexService* owner_;
    std::unique_ptr<Searcher> searcher_;
    uint64_t generation_;  // the commit it has seen
  };
  Result<Lease> Acquire();

  // Adds or replaces; committed (catalog and index) before returning.
  Result<Store::Written> Put(const Document& doc, const Actor& who, std::string_view action = {});
  // Adds or replaces all, in batches of one transaction and one commit (bulk loads).
  Result<std::vector<Store::Written>> PutMany(const std::vector<Document>& docs, const Actor& who);
  // kNotFound when absent; committed before returning.
  Status Delete(std::string_view id, const Actor& who);
  // Read-modify-write of one document under the write lock (Store::Update).
  Result<Document> Update(std::string_view id, const Actor& who, std::string_view action,
                          const std::function<Status(Document*)>& edit, std::string_view reason = {});
  // Catalog-only changes: clusters, items, pins.
  Status Curate(const std::function<Status(Catalog::Batch&)>& fn);
  Catalog& catalog() { return store_->catalog(); }
  // Commits and closes the writer (shutdown). Later writes fail with kUnavailable.
  Status Close();

  uint64_t document_count();
  // Bytes of the index files on disk.
  uint64_t index_bytes() const;

 private:
  IndexService(std::unique_ptr<Store> store, IndexOptions search_options);
  void Release(std::unique_ptr<Searcher> s, uint64_t generation);

  std::filesystem::path dir_;  // the index
  IndexOptions search_options_;
  std::unique_ptr<Store> store_;
  std::atomic<bool> closed_{false};
  std::atomic<uint64_t> generation_{0};  // commits so far

  struct Pooled {
    std::unique_ptr<Searcher> searcher;
    uint64_t generation;
  };
  std::mutex pool_mu_;
  std::vector<Pooled> pool_;
};

}  // namespace silkdex::api
