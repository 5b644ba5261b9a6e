// Internal: what a search hit shows: snippet and, for a transcript, the segment
// that best matches the query.
#pragma once

#include <optional>
#include <string>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "silkdex/search.h"

namespace silkdex::search {

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
