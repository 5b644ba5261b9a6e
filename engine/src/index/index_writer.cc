#include <spdlog/spdlog.h>

#include "index/layout.h"
#include "silkdex/document_json.h"
#include "silkdex/index.h"

namespace silkdex {

namespace {

constexpr const char* kAppliedKey = "silkdex.catalog_change";

Result<const analysis::Definitions*> LoadDefinitionsFor(const IndexOptions& options,
                                                        std::unique_ptr<analysis::Definitions>* owned) {
  if (options.definitions_dir.empty()) return &analysis::DefaultDefinitions();
  auto loaded = analysis::LoadDefinitionsFromFolder(options.definitions_dir);
  if (!loaded.ok()) return loaded.status().WithContext(options.definitions_dir.string());
  *owned = std::make_unique<analysis::Definitions>(std::move(loaded).value());
  return owned->get();
}

}  // namespace

struct IndexWriter::Impl {
  std::filesystem::path path;
  IndexOptions options;
  std::unique_ptr<analysis::Definitions> owned_defs;
  const analysis::Definitions* defs = nullptr;
  std::unique_ptr<analysis::Analyzer> analyzer;
  Xapian::WritableDatabase db;
  Xapian::TermGenerator tg;
  size_t pending = 0;
};

IndexWriter::IndexWriter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

IndexWriter::~IndexWriter() {
  if (Status s = Commit(); !s.ok()) spdlog::error("closing index {}: {}", impl_->path.string(), s.ToString());
}

Result<std::unique_ptr<IndexWriter>> IndexWriter::Open(const std::filesystem::path& path, const IndexOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->path = path;
  impl->options = options;
  auto defs = LoadDefinitionsFor(options, &impl->owned_defs);
  if (!defs.ok()) return defs.status();
  impl->defs = *defs;
  impl->analyzer = std::make_unique<analysis::Analyzer>(*impl->defs);
  if (options.create_if_missing || options.overwrite) {
    std::error_code ec;
    std::filesystem::create_directories(path.parent_path(), ec);  // Xapian makes only the last folder
  }
  int flags = options.overwrite ? Xapian::DB_CREATE_OR_OVERWRITE
                                : (options.create_if_missing ? Xapian::DB_CREATE_OR_OPEN : Xapian::DB_OPEN);
  try {
    impl->db = Xapian::WritableDatabase(path.string(), flags | Xapian::DB_BACKEND_GLASS);
    SILKDEX_RETURN_IF_ERROR(index::CheckStamp(impl->db, *impl->defs, path));
    if (impl->db.get_metadata("silkdex.analyzer").empty()) {
      index::WriteStamp(impl->db, *impl->defs);
      impl->db.commit();
    }
    impl->tg.set_database(impl->db);
    impl->tg.set_flags(Xapian::TermGenerator::FLAG_SPELLING | Xapian::TermGenerator::FLAG_CJK_NGRAM);
  } catch (const Xapian::Error& e) {
    return index::FromXapian(e, "opening index " + path.string());
  }
  return std::unique_ptr<IndexWriter>(new IndexWriter(std::move(impl)));
}

Status IndexWriter::Put(const Document& doc) {
  try {
    Xapian::Document xd = index::BuildXapianDocument(doc, *impl_->analyzer, impl_->tg);
    impl_->db.replace_document(impl_->defs->filter("id").prefix + doc.id, xd);
  } catch (const Xapian::Error& e) {
    return index::FromXapian(e, "indexing document " + doc.id);
  }
  if (++impl_->pending >= impl_->options.batch_size) return Commit();
  return Status::Ok();
}

Status IndexWriter::Delete(std::string_view id) {
  std::string term = impl_->defs->filter("id").prefix + std::string(id);
  try {
    if (!impl_->db.term_exists(term)) return Status::NotFound("no document has id '" + std::string(id) + "'");
    impl_->db.delete_document(term);
  } catch (const Xapian::Error& e) {
    return index::FromXapian(e, "deleting document " + std::string(id));
  }
  if (++impl_->pending >= impl_->options.batch_size) return Commit();
  return Status::Ok();
}

void IndexWriter::MarkApplied(uint64_t change) {
  impl_->db.set_metadata(kAppliedKey, std::to_string(change));
  ++impl_->pending;
}

uint64_t IndexWriter::applied() const {
  try {
    std::string v = impl_->db.get_metadata(kAppliedKey);
    return v.empty() ? 0 : std::stoull(v);
  } catch (const std::exception&) {
    return 0;
  }
}

Status IndexWriter::Commit() {
  if (impl_->pending == 0) return Status::Ok();
  try {
    impl_->db.commit();
    impl_->pending = 0;
  } catch (const Xapian::Error& e) {
    return index::FromXapian(e, "committing index " + impl_->path.string());
  }
  return Status::Ok();
}

uint64_t IndexWriter::document_count() const { return impl_->db.get_doccount(); }

Result<std::vector<std::string>> IndexWriter::Ids() {
  const std::string& prefix = impl_->defs->filter("id").prefix;
  std::vector<std::string> ids;
  try {
    for (auto t = impl_->db.allterms_begin(prefix); t != impl_->db.allterms_end(prefix); ++t) ids.push_back((*t).substr(prefix.size()));
  } catch (const Xapian::Error& e) {
    return index::FromXapian(e, "listing documents");
  }
  return ids;
}

Result<Document> IndexWriter::Get(std::string_view id) {
  std::string term = impl_->defs->filter("id").prefix + std::string(id);
  try {
    Xapian::PostingIterator p = impl_->db.postlist_begin(term);
    if (p == impl_->db.postlist_end(term)) return Status::NotFound("no document has id '" + std::string(id) + "'");
    return DocumentFromJson(impl_->db.get_document(*p).get_data());
  } catch (const Xapian::Error& e) {
    return index::FromXapian(e, "reading document " + std::string(id));
  }
}

Status CheckIndex(const std::filesystem::path& path, const IndexOptions& options) {
  std::unique_ptr<analysis::Definitions> owned;
  auto defs = LoadDefinitionsFor(options, &owned);
  if (!defs.ok()) return defs.status();
  try {
    Xapian::Database db(path.string());
    return index::CheckStamp(db, **defs, path);
  } catch (const Xapian::Error& e) {
    return index::FromXapian(e, "opening index " + path.string());
  }
}

}  // namespace silkdex
