#include "silkdex/store.h"

#include <spdlog/spdlog.h>
#include <xapian.h>

#include <algorithm>

#include "silkdex/document_json.h"

namespace silkdex {

Store::Store(std::filesystem::path data_dir, std::unique_ptr<Catalog> catalog, std::unique_ptr<IndexWriter> writer,
             StoreOptions options)
    : data_dir_(std::move(data_dir)), catalog_(std::move(catalog)), writer_(std::move(writer)), options_(std::move(options)) {}

Store::~Store() { (void)Close(); }

Result<std::unique_ptr<Store>> Store::Open(const std::filesystem::path& data_dir, const StoreOptions& options,
                                           OpenReport* report) {
  OpenReport local;
  if (!report) report = &local;
  std::error_code ec;
  std::filesystem::create_directories(data_dir, ec);
  if (ec) return Status::IOError("data folder " + data_dir.string() + ": " + ec.message());
  // The index first: its write lock says whether another process owns this folder.
  IndexOptions index_options = options.index;
  index_options.overwrite = false;
  auto writer = IndexWriter::Open(IndexPath(data_dir), index_options);
  bool rebuild = false;
  if (!writer.ok() && writer.status().code() == StatusCode::kFailedPrecondition && options.rebuild_on_definition_change) {
    spdlog::warn("{}; rebuilding it from the catalog", writer.status().message());
    index_options.overwrite = true;
    rebuild = true;
    writer = IndexWriter::Open(IndexPath(data_dir), index_options);
  }
  if (!writer.ok()) return writer.status();
  auto catalog = Catalog::Open(CatalogPath(data_dir));
  if (!catalog.ok()) return catalog.status();
  std::unique_ptr<Store> store(new Store(data_dir, std::move(catalog).value(), std::move(writer).value(), options));
  if (rebuild) {
    auto n = store->Rebuild();
    if (!n.ok()) return n.status();
    report->rebuilt = true;
    return store;
  }
  SILKDEX_RETURN_IF_ERROR(store->Repair(report));
  return store;
}

// Brings the index up to the catalog: a lagging index (a process stopped
// between the catalog's commit and the index's) gets the later changes; an
// index written before the catalog existed gives its documents to the catalog.
Status Store::Repair(OpenReport* report) {
  uint64_t applied = writer_->applied();
  uint64_t last = catalog_->last_seq();
  if (last == 0 && applied == 0 && writer_->document_count() > 0) {
    auto ids = writer_->Ids();
    if (!ids.ok()) return ids.status();
    SILKDEX_RETURN_IF_ERROR(catalog_->Transaction([&](Catalog::Batch& batch) -> Status {
      for (const auto& id : *ids) {
        auto doc = writer_->Get(id);
        if (!doc.ok()) return doc.status();
        auto seq = catalog_->PutDocument(batch, *doc, Actor::CommandLine(), "import");
        if (!seq.ok()) return seq.status();
        ++report->imported;
      }
      return Status::Ok();
    }));
    writer_->MarkApplied(catalog_->last_seq());
    SILKDEX_RETURN_IF_ERROR(writer_->Commit());
    spdlog::info("catalog: imported {} documents from the index", report->imported);
    return Status::Ok();
  }
  if (applied > last)
    return Status::FailedPrecondition("the index in " + data_dir_.string() + " has catalog change " +
                                      std::to_string(applied) + " but the catalog only " + std::to_string(last) +
                                      "; run `silkdex reindex` to rebuild the index from the catalog");
  if (applied == last) return Status::Ok();
  auto changed = catalog_->ChangedSince(applied);
  if (!changed.ok()) return changed.status();
  report->repaired = changed->size();
  if (!changed->empty()) spdlog::info("index lags the catalog by {} document changes; applying them", changed->size());
  return ApplyToIndex(*changed, last);
}

Status Store::ApplyToIndex(const std::vector<CatalogDocument>& changed, uint64_t up_to) {
  for (const auto& c : changed) {
    if (c.deleted) {
      Status s = writer_->Delete(c.doc.id);
      if (!s.ok() && s.code() != StatusCode::kNotFound) return s;
    } else {
      SILKDEX_RETURN_IF_ERROR(writer_->Put(c.doc));
    }
  }
  writer_->MarkApplied(up_to);
  return writer_->Commit();
}

Result<Store::Written> Store::Put(const Document& doc, const Actor& who, std::string_view action,
                                  std::string_view reason) {
  std::lock_guard lock(mu_);
  if (!writer_) return Status::Unavailable("the data folder is closed");
  Written w;
  SILKDEX_RETURN_IF_ERROR(catalog_->Transaction([&](Catalog::Batch& batch) -> Status {
    auto before = catalog_->Get(doc.id);
    w.created = !before.ok() || before->deleted;
    auto seq = catalog_->PutDocument(batch, doc, who, action, reason);
    if (!seq.ok()) return seq.status();
    w.seq = *seq;
    return Status::Ok();
  }));
  if (w.seq == 0) return w;
  SILKDEX_RETURN_IF_ERROR(writer_->Put(doc));
  writer_->MarkApplied(w.seq);
  SILKDEX_RETURN_IF_ERROR(writer_->Commit());
  return w;
}

Result<std::vector<Store::Written>> Store::PutMany(const std::vector<Document>& docs, const Actor& who) {
  std::lock_guard lock(mu_);
  if (!writer_) return Status::Unavailable("the data folder is closed");
  std::vector<Written> out;
  // Large loads go in batches: a catalog transaction and an index commit each.
  const size_t batch_size = std::max<size_t>(1, options_.index.batch_size);
  for (size_t start = 0; start < docs.size(); start += batch_size) {
    size_t end = std::min(docs.size(), start + batch_size);
    std::vector<const Document*> changed;
    uint64_t last = 0;
    SILKDEX_RETURN_IF_ERROR(catalog_->Transaction([&](Catalog::Batch& batch) -> Status {
      for (size_t i = start; i < end; ++i) {
        Written w;
        auto before = catalog_->Get(docs[i].id);
        w.created = !before.ok() || before->deleted;
        auto seq = catalog_->PutDocument(batch, docs[i], who);
        if (!seq.ok()) return seq.status().WithContext("document " + docs[i].id);
        w.seq = *seq;
        if (w.seq) {
          changed.push_back(&docs[i]);
          last = w.seq;
        }
        out.push_back(w);
      }
      return Status::Ok();
    }));
    for (const Document* d : changed) SILKDEX_RETURN_IF_ERROR(writer_->Put(*d));
    if (last) writer_->MarkApplied(last);
    SILKDEX_RETURN_IF_ERROR(writer_->Commit());
  }
  return out;
}

Status Store::Delete(std::string_view id, const Actor& who) {
  std::lock_guard lock(mu_);
  if (!writer_) return Status::Unavailable("the data folder is closed");
  uint64_t seq = 0;
  SILKDEX_RETURN_IF_ERROR(catalog_->Transaction([&](Catalog::Batch& batch) -> Status {
    auto s = catalog_->DeleteDocument(batch, id, who);
    if (!s.ok()) return s.status();
    seq = *s;
    return Status::Ok();
  }));
  Status s = writer_->Delete(id);
  if (!s.ok() && s.code() != StatusCode::kNotFound) return s;
  writer_->MarkApplied(seq);
  return writer_->Commit();
}

Result<Document> Store::Update(std::string_view id, const Actor& who, std::string_view action,
                               const std::function<Status(Document*)>& edit, std::string_view reason) {
  std::lock_guard lock(mu_);
  if (!writer_) return Status::Unavailable("the data folder is closed");
  Document doc;
  uint64_t seq = 0;
  SILKDEX_RETURN_IF_ERROR(catalog_->Transaction([&](Catalog::Batch& batch) -> Status {
    auto stored = catalog_->Get(id);
    if (!stored.ok()) return stored.status();
    if (stored->deleted) return Status::NotFound("no document has id '" + std::string(id) + "'");
    doc = std::move(stored->doc);
    SILKDEX_RETURN_IF_ERROR(edit(&doc));
    SILKDEX_RETURN_IF_ERROR(ValidateDocument(doc));
    auto s = catalog_->PutDocument(batch, doc, who, action, reason);
    if (!s.ok()) return s.status();
    seq = *s;
    return Status::Ok();
  }));
  if (seq == 0) return doc;
  SILKDEX_RETURN_IF_ERROR(writer_->Put(doc));
  writer_->MarkApplied(seq);
  SILKDEX_RETURN_IF_ERROR(writer_->Commit());
  return doc;
}

Status Store::Curate(const std::function<Status(Catalog::Batch&)>& fn) {
  std::lock_guard lock(mu_);
  return catalog_->Transaction(fn);
}

Result<uint64_t> Store::Rebuild(const Enricher& enrich, const Actor& who) {
  std::lock_guard lock(mu_);
  if (!writer_) return Status::Unavailable("the data folder is closed");
  // A fresh index: nothing of the old one survives, so it is exactly the catalog.
  writer_.reset();
  IndexOptions fresh = options_.index;
  fresh.overwrite = true;
  auto opened = IndexWriter::Open(index_path(), fresh);
  if (!opened.ok()) return opened.status();
  writer_ = std::move(opened).value();
  auto ids = catalog_->Ids();
  if (!ids.ok()) return ids.status();
  uint64_t done = 0;
  const size_t batch_size = std::max<size_t>(1, options_.index.batch_size);
  for (size_t start = 0; start < ids->size(); start += batch_size) {
    size_t end = std::min(ids->size(), start + batch_size);
    std::vector<Document> docs;
    SILKDEX_RETURN_IF_ERROR(catalog_->Transaction([&](Catalog::Batch& batch) -> Status {
      for (size_t i = start; i < end; ++i) {
        auto stored = catalog_->Get((*ids)[i]);
        if (!stored.ok()) return stored.status();
        Document doc = std::move(stored->doc);
        if (enrich) {
          enrich(&doc);
          auto seq = catalog_->PutDocument(batch, doc, who, "reextract");
          if (!seq.ok()) return seq.status();
        }
        docs.push_back(std::move(doc));
      }
      return Status::Ok();
    }));
    for (const auto& d : docs) SILKDEX_RETURN_IF_ERROR(writer_->Put(d));
    done += docs.size();
    SILKDEX_RETURN_IF_ERROR(writer_->Commit());
  }
  writer_->MarkApplied(catalog_->last_seq());
  SILKDEX_RETURN_IF_ERROR(writer_->Commit());
  return done;
}

Status Store::Close() {
  std::lock_guard lock(mu_);
  if (!writer_) return Status::Ok();
  Status s = writer_->Commit();
  writer_.reset();
  return s;
}

uint64_t Store::document_count() { return catalog_->document_count(); }

Status Store::Backup(const std::filesystem::path& data_dir, const std::filesystem::path& dest) {
  std::error_code ec;
  if (!std::filesystem::exists(CatalogPath(data_dir)))
    return Status::NotFound("no catalog in " + data_dir.string() + " (is it a silkdex data folder?)");
  if (std::filesystem::exists(dest) && !std::filesystem::is_empty(dest, ec))
    return Status::FailedPrecondition("backup destination " + dest.string() + " is not empty");
  std::filesystem::create_directories(dest, ec);
  if (ec) return Status::IOError("backup destination " + dest.string() + ": " + ec.message());
  // The index first, then the catalog: the copy's catalog is never behind its
  // index, so restoring it only ever has changes to apply, never to undo.
  if (std::filesystem::exists(IndexPath(data_dir))) {
    for (int attempt = 1;; ++attempt) {
      try {
        Xapian::Database db(IndexPath(data_dir).string());
        db.compact(IndexPath(dest).string(), Xapian::DBCOMPACT_NO_RENUMBER);
        break;
      } catch (const Xapian::DatabaseModifiedError&) {
        std::filesystem::remove_all(IndexPath(dest), ec);
        if (attempt == 5) return Status::Unavailable("the index kept changing while it was copied; try again");
      } catch (const Xapian::Error& e) {
        return Status::IOError("copying the index: " + e.get_description());
      }
    }
  }
  auto catalog = Catalog::Open(CatalogPath(data_dir));
  if (!catalog.ok()) return catalog.status();
  return (*catalog)->CopyTo(CatalogPath(dest));
}

Status Store::Restore(const std::filesystem::path& backup, const std::filesystem::path& data_dir) {
  if (!std::filesystem::exists(CatalogPath(backup)))
    return Status::NotFound("no catalog.sqlite in " + backup.string() + " (is it a silkdex backup?)");
  std::error_code ec;
  std::filesystem::create_directories(data_dir, ec);
  {
    // Holding the index's write lock proves no server or command is writing.
    auto probe = IndexWriter::Open(IndexPath(data_dir));
    if (!probe.ok() && probe.status().code() == StatusCode::kUnavailable)
      return Status::Unavailable("data folder " + data_dir.string() + " is in use; stop the server before restoring");
  }
  for (const char* suffix : {"", "-wal", "-shm"})
    std::filesystem::remove(CatalogPath(data_dir).string() + suffix, ec);
  std::filesystem::remove_all(IndexPath(data_dir), ec);
  std::filesystem::copy_file(CatalogPath(backup), CatalogPath(data_dir), ec);
  if (ec) return Status::IOError("restoring the catalog: " + ec.message());
  if (std::filesystem::exists(IndexPath(backup))) {
    std::filesystem::copy(IndexPath(backup), IndexPath(data_dir), std::filesystem::copy_options::recursive, ec);
    if (ec) return Status::IOError("restoring the index: " + ec.message());
  }
  auto store = Open(data_dir);
  return store.status();
}

}  // namespace silkdex
