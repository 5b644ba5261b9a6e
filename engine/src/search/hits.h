// Internal: what a search hit shows: snippet and, for a transcript, the segment
// that best matches the query.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <unordered_map>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "silkdex/search.h"

namespace silkdex::search {

// Stemmers that remember their answers. Snippets and transcript segments stem
// every word of every hit's text, and the hits of one search (and of the next)
// share most of their words; a stem is the same every time, so remembering it
// changes nothing but the cost. Not thread-safe: one per Searcher.
class StemMemo {
 public:
  // A stemmer giving what `stem` gives; `stem` itself when it is "none".
  // Valid until this StemMemo is destroyed.
  const Xapian::Stem& For(const Xapian::Stem& stem);

 private:
  std::map<std::string, Xapian::Stem> by_description_;
};

// Index of the segment whose words best match the query's terms (each matched
// term counts its inverse document frequency once), or nullopt when none
// matches. Ties go to the earliest segment.
std::optional<size_t> BestSegment(const Document& doc, const Xapian::Query& query, const Xapian::Stem& stemmer,
                                  const Xapian::Database& db);

// A hit of `mset` for `doc`: metadata, snippet (from the best segment for a
// transcript, else summary and body) and segment.
Hit MakeHit(const Document& doc, const Xapian::MSetIterator& it, const Xapian::MSet& mset,
            const Xapian::Query& query, const Xapian::Stem& stemmer, const Xapian::Database& db);

}  // namespace silkdex::search
