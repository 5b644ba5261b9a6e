#include "index_service.h"

namespace silkdex::api {

IndexService::IndexService(std::filesystem::path dir, std::unique_ptr<IndexWriter> writer, IndexOptions search_options)
    : dir_(std::move(dir)), search_options_(std::move(search_options)), writer_(std::move(writer)) {}

IndexService::~IndexService() { (void)Close(); }

Result<std::unique_ptr<IndexService>> IndexService::Open(const std::filesystem::path& index_dir,
                                                         IndexOptions search_options) {
  std::error_code ec;
  std::filesystem::create_directories(index_dir.parent_path(), ec);
  auto writer = IndexWriter::Open(index_dir);
  if (!writer.ok()) return writer.status();
  return std::unique_ptr<IndexService>(new IndexService(index_dir, std::move(writer).value(), std::move(search_options)));
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

Status IndexService::Put(const Document& doc) { return PutMany({doc}); }

Status IndexService::PutMany(const std::vector<Document>& docs) {
  std::lock_guard lock(write_mu_);
  if (!writer_) return Status::Unavailable("the server is shutting down");
  Status first_error;
  for (const auto& d : docs) {
    first_error = writer_->Put(d);
    if (!first_error.ok()) break;
  }
  Status committed = writer_->Commit();
  ++generation_;
  return first_error.ok() ? committed : first_error;
}

Status IndexService::Delete(std::string_view id) {
  std::lock_guard lock(write_mu_);
  if (!writer_) return Status::Unavailable("the server is shutting down");
  SILKDEX_RETURN_IF_ERROR(writer_->Delete(id));
  Status s = writer_->Commit();
  ++generation_;
  return s;
}

Status IndexService::Close() {
  std::lock_guard lock(write_mu_);
  if (!writer_) return Status::Ok();
  Status s = writer_->Commit();
  writer_.reset();
  return s;
}

uint64_t IndexService::document_count() {
  std::lock_guard lock(write_mu_);
  return writer_ ? writer_->document_count() : 0;
}

uint64_t IndexService::index_bytes() const {
  uint64_t total = 0;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir_, ec))
    if (e.is_regular_file(ec)) total += e.file_size(ec);
  return total;
}

}  // namespace silkdex::api
