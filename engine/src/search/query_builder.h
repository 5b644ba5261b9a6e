// Internal: the query syntax of shared/contract/api.md turned into a Xapian
// query, and the request's filters into a boolean filter query.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "silkdex/search.h"
#include "silkdex/status.h"

namespace silkdex::search {

struct ParsedQuery {
  Xapian::Query query;             // MatchAll for an empty query
  Xapian::Stem stemmer;            // of the query's main language
  std::string language;            // the query's main language
  std::optional<std::string> suggestion;
  size_t term_count = 0;           // words in the query (for relaxing AND to OR)
  // False when the query only filters (`theme:drr year:2020`): nothing to rank by,
  // so results come newest first as when browsing.
  bool ranks = false;
};

class QueryBuilder {
 public:
  QueryBuilder(const analysis::Analyzer& analyzer, const Xapian::Database& db) : analyzer_(analyzer), db_(db) {}

  // Parses the free-text query. `match_all_words` makes the default operator
  // AND (else OR). Words match their exact form and their stem in the query's
  // language (and English, when the language is a guess).
  Result<ParsedQuery> Parse(const SearchRequest& request, bool match_all_words) const;

  // The request's filters, date range and visible statuses as one boolean
  // query; Query() when nothing filters.
  Result<Xapian::Query> Filter(const SearchRequest& request) const;

 private:
  Xapian::QueryParser MakeParser(const std::string& stem_language, bool stem) const;

  const analysis::Analyzer& analyzer_;
  const Xapian::Database& db_;
};

// "2019", "2019-05" or "2019-05-03" as the first (or, with `end`, last) date-slot key it covers.
Result<std::string> DateBound(std::string_view date, bool end);

}  // namespace silkdex::search
