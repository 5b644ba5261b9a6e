// Internal: counts facet values over every match from the document's facets
// slot (one value read per document for all facets; multi-valued fields such
// as cities and themes count once per document each). Xapian's
// ValueCountMatchSpy takes one value per slot, so it cannot do this. The spy
// serialises itself and its results, so it can be registered
// (Xapian::Registry) and run on remote shards.
#pragma once

#include <map>
#include <memory>
#include <span>
#include <set>
#include <string>
#include <vector>

#include <xapian.h>

namespace silkdex::search {

// Every document's facet values, read once from the facets slot and kept in
// memory as small integers, so that counting a match costs no disk read and
// no string comparison. Built per open index (a Searcher rebuilds it after
// Reopen); immutable and shareable once built.
class FacetTable {
 public:
  // Reads the facets slot of every document of `db`.
  static std::shared_ptr<const FacetTable> Build(const Xapian::Database& db, Xapian::valueno slot);

  size_t value_count() const { return values_.size(); }
  const std::string& facet_of(uint32_t value) const { return facets_[values_[value].first]; }
  const std::string& text_of(uint32_t value) const { return values_[value].second; }
  // Whether the document existed when the table was built.
  bool knows(Xapian::docid did) const { return did >= 1 && did + 1 < offsets_.size(); }
  // The value ids of a document. REQUIRES: knows(did).
  std::span<const uint32_t> of(Xapian::docid did) const;

 private:
  std::vector<std::string> facets_;                          // facet id -> name
  std::vector<std::pair<uint32_t, std::string>> values_;     // value id -> (facet id, text)
  std::vector<uint32_t> offsets_;                            // docid -> start in ids_ (CSR)
  std::vector<uint32_t> ids_;
};

class FacetCountMatchSpy : public Xapian::MatchSpy {
 public:
  // Counts the facets named in `wanted` found in value slot `slot`, from
  // `table` when given (local shards), else from each document's value.
  FacetCountMatchSpy(Xapian::valueno slot = Xapian::BAD_VALUENO, std::set<std::string, std::less<>> wanted = {},
                     std::shared_ptr<const FacetTable> table = nullptr);

  void operator()(const Xapian::Document& doc, double weight) override;
  // Counts document `did` from the table; false when there is no table or it
  // does not know `did` (then count it through operator()).
  bool CountFromTable(Xapian::docid did);
  Xapian::MatchSpy* clone() const override { return new FacetCountMatchSpy(slot_, wanted_); }
  std::string name() const override { return "silkdex.FacetCountMatchSpy"; }
  std::string serialise() const override;
  Xapian::MatchSpy* unserialise(const std::string& serialised, const Xapian::Registry& context) const override;
  std::string serialise_results() const override;
  void merge_results(const std::string& serialised) override;
  std::string get_description() const override;

  // Value -> number of matching documents that have it, for one facet.
  const std::map<std::string, Xapian::doccount, std::less<>>& counts(const std::string& facet) const;

 private:
  void FoldTableCounts() const;  // moves the table's integer counts into counts_

  Xapian::valueno slot_;
  using Counts = std::map<std::string, Xapian::doccount, std::less<>>;
  std::set<std::string, std::less<>> wanted_;
  mutable std::map<std::string, Counts, std::less<>> counts_;  // folded lazily from table_counts_
  std::shared_ptr<const FacetTable> table_;
  std::vector<char> wanted_value_;                      // by value id: counted?
  mutable std::vector<Xapian::doccount> table_counts_;  // by value id
};

}  // namespace silkdex::search
