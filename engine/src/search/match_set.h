// Internal: the set of documents a query matches, read straight from the
// posting lists as bits, for exact totals and facet counts.
//
// Counting through Enquire (BoolWeight, every match, a MatchSpy) pays Xapian's
// matcher per candidate: about 1.5 ms for the 26,000 matches of a two-word
// query on 100,000 documents, against 0.6 ms to read the same posting lists
// (docs/performance.md). The set is exact: the same documents Enquire would
// match. It is only for a local database; a query with a part that needs
// positions, values or expansion (phrases, NEAR, ranges, wildcards, posting
// sources) is not evaluated here and the caller counts through Enquire.
#pragma once

#include <bit>
#include <cstdint>
#include <optional>
#include <vector>

#include <xapian.h>

namespace silkdex::search {

// Document ids 1..last of one database, as bits.
class DocSet {
 public:
  explicit DocSet(Xapian::docid last) : words_(last / 64 + 1) {}

  void Add(Xapian::docid did) { words_[did >> 6] |= uint64_t{1} << (did & 63); }
  bool Has(Xapian::docid did) const {
    size_t w = did >> 6;
    return w < words_.size() && (words_[w] >> (did & 63) & 1);
  }
  uint64_t Count() const;
  void Union(const DocSet& other);
  void Subtract(const DocSet& other);
  void SymmetricDifference(const DocSet& other);

  // Calls f(docid) for every document of the set, in docid order.
  template <typename F>
  void ForEach(F f) const {
    for (size_t w = 0; w < words_.size(); ++w)
      for (uint64_t bits = words_[w]; bits; bits &= bits - 1)
        f(static_cast<Xapian::docid>(w * 64 + static_cast<size_t>(std::countr_zero(bits))));
  }

 private:
  std::vector<uint64_t> words_;
};

// The documents of `db` matching `query` (weights aside), or nullopt when the
// query holds an operator evaluated only by Xapian's matcher. Throws what
// Xapian throws (DatabaseModifiedError when a writer moved the database).
std::optional<DocSet> MatchingDocs(const Xapian::Database& db, const Xapian::Query& query);

// Whether `query` holds a phrase or NEAR. Xapian checks such a part's positions
// lazily, only for documents that could still reach the requested page, so
// with pruning a document's weight depends on the page asked for.
bool UsesPositions(const Xapian::Query& query);

}  // namespace silkdex::search
