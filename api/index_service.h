// The index as the server uses it: one writer behind a lock (writes are
// durable when they return), and a pool of searchers, one per request in
// flight, each reopened when a write has been committed since it last looked.
#pragma once

#include <atomic>
#include <filesystem>
#include <memory>
#include <mutex>
#include <vector>

#include "silkdex/index.h"
#include "silkdex/search.h"

namespace silkdex::api {

class IndexService {
 public:
  // `search_options`: what searchers open with (the plugins' synonyms).
  static Result<std::unique_ptr<IndexService>> Open(const std::filesystem::path& index_dir,
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

  // Adds or replaces; committed before returning.
  Status Put(const Document& doc);
  // Adds or replaces all, one commit for the lot (bulk loads). Stops at the first
  // write error, which it returns; the documents before it are committed.
  Status PutMany(const std::vector<Document>& docs);
  // kNotFound when absent; committed before returning.
  Status Delete(std::string_view id);
  // Commits and closes the writer (shutdown). Later writes fail with kUnavailable.
  Status Close();

  uint64_t document_count();
  // Bytes of the index files on disk.
  uint64_t index_bytes() const;

 private:
  IndexService(std::filesystem::path dir, std::unique_ptr<IndexWriter> writer, IndexOptions search_options);
  void Release(std::unique_ptr<Searcher> s, uint64_t generation);

  std::filesystem::path dir_;
  IndexOptions search_options_;
  std::mutex write_mu_;
  std::unique_ptr<IndexWriter> writer_;
  std::atomic<uint64_t> generation_{0};  // commits so far

  struct Pooled {
    std::unique_ptr<Searcher> searcher;
    uint64_t generation;
  };
  std::mutex pool_mu_;
  std::vector<Pooled> pool_;
};

}  // namespace silkdex::api
