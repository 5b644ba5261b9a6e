#include "index_service.h"

#include <spdlog/spdlog.h>

namespace silkdex::api {

IndexService::IndexService(std::unique_ptr<Store> store, IndexOptions search_options)
    : dir_(store->index_path()), search_options_(std::move(search_options)), store_(std::move(store)) {}

IndexService::~IndexService() { (void)Close(); }

Result<std::unique_ptr<IndexService>> IndexService::Open(const std::filesystem::path& data_dir,
                                                         IndexOptions search_options) {
  OpenReport report;
  auto store = Store::Open(data_dir, {}, &report);
  if (!store.ok()) return store.status();
  if (report.repaired) spdlog::warn("the index lagged the catalog: applied {} changes", report.repaired);
  if (report.imported) spdlog::info("catalog made from the index's {} documents", report.imported);
  if (report.rebuilt) spdlog::warn("the index was built with other definitions: rebuilt from the catalog");
  return std::unique_ptr<IndexService>(new IndexService(std::move(store).value(), std::move(search_options)));
}

IndexService::Lease::~Lease() {
  if (searcher_) owner_->Release(std::move(searcher_), generation_);
}

Result<IndexService::Lease> IndexService::Acquire() {
  uint64_t now = generation_.load();
  Pooled p;
  {
    std::lock_guard lock(pool_mu_);
    if (!pool_.empty()) {
      p = std::move(pool_.back());
      pool_.pop_back();
    }
  }
  if (!p.searcher) {
    auto opened = Searcher::Open({dir_}, search_options_);
    if (!opened.ok()) return opened.status();
    p.searcher = std::move(opened).value();
    p.generation = now;
  } else if (p.generation != now) {
    SILKDEX_RETURN_IF_ERROR(p.searcher->Reopen());
    p.generation = now;
  }
  return Lease(this, std::move(p.searcher), p.generation);
}

void IndexService::Release(std::unique_ptr<Searcher> s, uint64_t generation) {
  std::lock_guard lock(pool_mu_);
  pool_.push_back({std::move(s), generation});
}

namespace {
// Writes after Close() fail like this, whatever the Store would say.
Status Closed() { return Status::Unavailable("the server is shutting down"); }
}  // namespace

Result<Store::Written> IndexService::Put(const Document& doc, const Actor& who, std::string_view action) {
  if (closed_) return Closed();
  auto w = store_->Put(doc, who, action);
  ++generation_;
  return w;
}

Result<std::vector<Store::Written>> IndexService::PutMany(const std::vector<Document>& docs, const Actor& who) {
  if (closed_) return Closed();
  auto w = store_->PutMany(docs, who);
  ++generation_;
  return w;
}

Status IndexService::Delete(std::string_view id, const Actor& who) {
  if (closed_) return Closed();
  Status s = store_->Delete(id, who);
  ++generation_;
  return s;
}

Result<Document> IndexService::Update(std::string_view id, const Actor& who, std::string_view action,
                                      const std::function<Status(Document*)>& edit, std::string_view reason) {
  if (closed_) return Closed();
  auto d = store_->Update(id, who, action, edit, reason);
  ++generation_;
  return d;
}

Status IndexService::Curate(const std::function<Status(Catalog::Batch&)>& fn) {
  if (closed_) return Closed();
  return store_->Curate(fn);
}

Status IndexService::Close() {
  closed_ = true;
  return store_->Close();
}

uint64_t IndexService::document_count() { return store_->document_count(); }

uint64_t IndexService::index_bytes() const {
  uint64_t total = 0;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir_, ec))
    if (e.is_regular_file(ec)) total += e.file_size(ec);
  return total;
}

}  // namespace silkdex::api
