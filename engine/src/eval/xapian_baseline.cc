// The floor of docs/quality.md: Xapian as it comes, with none of silkdex's
// analysis or ranking. Nothing else uses it.
#include <xapian.h>

#include "index/layout.h"
#include "silkdex/eval.h"

namespace silkdex::eval {

struct XapianDefaultBaseline::Impl {
  std::filesystem::path folder;
  Xapian::WritableDatabase db;
  Xapian::TermGenerator tg;
  Xapian::Stem stemmer{"english"};
};

XapianDefaultBaseline::XapianDefaultBaseline(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
XapianDefaultBaseline::~XapianDefaultBaseline() = default;

Result<std::unique_ptr<XapianDefaultBaseline>> XapianDefaultBaseline::Create(const std::filesystem::path& folder) {
  auto impl = std::make_unique<Impl>();
  impl->folder = folder;
  try {
    impl->db = Xapian::WritableDatabase(folder.string(), Xapian::DB_CREATE_OR_OVERWRITE);
    impl->tg.set_stemmer(impl->stemmer);
  } catch (const Xapian::Error& e) {
    return index::FromXapian(e, "creating baseline index " + folder.string());
  }
  return std::unique_ptr<XapianDefaultBaseline>(new XapianDefaultBaseline(std::move(impl)));
}

Status XapianDefaultBaseline::Add(const CorpusDocument& doc) {
  try {
    Xapian::Document xd;
    impl_->tg.set_document(xd);
    impl_->tg.index_text(doc.title);
    impl_->tg.increase_termpos();
    impl_->tg.index_text(doc.text);
    xd.set_data(doc.id);
    impl_->db.add_document(xd);
  } catch (const Xapian::Error& e) {
    return index::FromXapian(e, "baseline: indexing " + doc.id);
  }
  return Status::Ok();
}

Status XapianDefaultBaseline::Commit() {
  try {
    impl_->db.commit();
  } catch (const Xapian::Error& e) {
    return index::FromXapian(e, "baseline: commit");
  }
  return Status::Ok();
}

Result<std::vector<ScoredDoc>> XapianDefaultBaseline::Search(const std::string& query, size_t count) {
  try {
    Xapian::QueryParser qp;
    qp.set_database(impl_->db);
    qp.set_stemmer(impl_->stemmer);
    Xapian::Enquire enquire(impl_->db);
    enquire.set_query(qp.parse_query(query));
    Xapian::MSet mset = enquire.get_mset(0, static_cast<Xapian::doccount>(count));
    std::vector<ScoredDoc> out;
    for (auto it = mset.begin(); it != mset.end(); ++it) out.push_back({it.get_document().get_data(), it.get_weight()});
    return out;
  } catch (const Xapian::Error& e) {
    return index::FromXapian(e, "baseline: query");
  }
}

}  // namespace silkdex::eval
