#include "search/facet_spy.h"

#include "index/layout.h"

namespace silkdex::search {

std::shared_ptr<const FacetTable> FacetTable::Build(const Xapian::Database& db, Xapian::valueno slot) {
  auto t = std::make_shared<FacetTable>();
  std::map<std::string, uint32_t, std::less<>> facet_ids;
  std::map<std::pair<uint32_t, std::string>, uint32_t, std::less<>> value_ids;
  t->offsets_.assign(static_cast<size_t>(db.get_lastdocid()) + 2, 0);
  Xapian::docid next = 1;
  for (auto v = db.valuestream_begin(slot); v != db.valuestream_end(slot); ++v) {
    Xapian::docid did = v.get_docid();
    for (; next <= did; ++next) t->offsets_[next] = static_cast<uint32_t>(t->ids_.size());
    index::ForEachFacet(*v, [&](std::string_view facet, std::string_view list) {
      auto f = facet_ids.find(facet);
      if (f == facet_ids.end()) {
        f = facet_ids.emplace(std::string(facet), static_cast<uint32_t>(t->facets_.size())).first;
        t->facets_.emplace_back(facet);
      }
      index::ForEachInList(list, [&](std::string_view value) {
        auto key = std::make_pair(f->second, std::string(value));
        auto it = value_ids.find(key);
        if (it == value_ids.end()) {
          it = value_ids.emplace(key, static_cast<uint32_t>(t->values_.size())).first;
          t->values_.push_back(key);
        }
        t->ids_.push_back(it->second);
      });
    });
  }
  for (; next < t->offsets_.size(); ++next) t->offsets_[next] = static_cast<uint32_t>(t->ids_.size());
  return t;
}

std::span<const uint32_t> FacetTable::of(Xapian::docid did) const {
  return std::span<const uint32_t>(ids_).subspan(offsets_[did], offsets_[did + 1] - offsets_[did]);
}

FacetCountMatchSpy::FacetCountMatchSpy(Xapian::valueno slot, std::set<std::string, std::less<>> wanted,
                                       std::shared_ptr<const FacetTable> table)
    : slot_(slot), wanted_(std::move(wanted)), table_(std::move(table)) {
  if (!table_) return;
  wanted_value_.resize(table_->value_count());
  for (uint32_t v = 0; v < table_->value_count(); ++v) wanted_value_[v] = wanted_.count(table_->facet_of(v)) > 0;
  table_counts_.assign(table_->value_count(), 0);
}

bool FacetCountMatchSpy::CountFromTable(Xapian::docid did) {
  if (!table_ || !table_->knows(did)) return false;
  for (uint32_t v : table_->of(did)) ++table_counts_[v];  // no value read, no strings; unwanted ones dropped when folded
  return true;
}

void FacetCountMatchSpy::operator()(const Xapian::Document& doc, double) {
  if (CountFromTable(doc.get_docid())) return;
  std::string value = doc.get_value(slot_);
  index::ForEachFacet(value, [&](std::string_view facet, std::string_view list) {
    if (!wanted_.count(facet)) return;
    auto f = counts_.find(facet);
    if (f == counts_.end()) f = counts_.emplace(std::string(facet), Counts{}).first;
    Counts& counts = f->second;
    index::ForEachInList(list, [&](std::string_view v) {
      auto it = counts.find(v);
      if (it == counts.end()) counts.emplace(std::string(v), 1);
      else ++it->second;
    });
  });
}

void FacetCountMatchSpy::FoldTableCounts() const {
  if (!table_) return;
  for (uint32_t v = 0; v < table_counts_.size(); ++v) {
    if (!table_counts_[v] || !wanted_value_[v]) continue;
    counts_[table_->facet_of(v)][table_->text_of(v)] += table_counts_[v];
    table_counts_[v] = 0;
  }
}

std::string FacetCountMatchSpy::serialise() const {
  std::vector<std::string> parts{std::to_string(slot_)};
  parts.insert(parts.end(), wanted_.begin(), wanted_.end());
  return index::SerialiseList(parts);
}

Xapian::MatchSpy* FacetCountMatchSpy::unserialise(const std::string& s, const Xapian::Registry&) const {
  auto parts = index::UnserialiseList(s);
  if (parts.empty()) throw Xapian::SerialisationError("bad FacetCountMatchSpy");
  return new FacetCountMatchSpy(static_cast<Xapian::valueno>(std::stoul(parts[0])),
                                std::set<std::string, std::less<>>(parts.begin() + 1, parts.end()));
}

std::string FacetCountMatchSpy::serialise_results() const {
  FoldTableCounts();
  std::vector<std::string> flat;
  for (const auto& [facet, counts] : counts_) {
    for (const auto& [value, n] : counts) {
      flat.push_back(facet);
      flat.push_back(value);
      flat.push_back(std::to_string(n));
    }
  }
  return index::SerialiseList(flat);
}

void FacetCountMatchSpy::merge_results(const std::string& s) {
  auto flat = index::UnserialiseList(s);
  for (size_t i = 0; i + 2 < flat.size(); i += 3)
    counts_[flat[i]][flat[i + 1]] += static_cast<Xapian::doccount>(std::stoul(flat[i + 2]));
}

std::string FacetCountMatchSpy::get_description() const {
  return "FacetCountMatchSpy(slot " + std::to_string(slot_) + ", " + std::to_string(wanted_.size()) + " facets)";
}

const std::map<std::string, Xapian::doccount, std::less<>>& FacetCountMatchSpy::counts(const std::string& facet) const {
  FoldTableCounts();
  static const Counts kNone;
  auto it = counts_.find(facet);
  return it == counts_.end() ? kNone : it->second;
}

}  // namespace silkdex::search
