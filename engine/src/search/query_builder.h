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

// How the words of a free-text query combine.
enum class WordRule {
  kAll,           // every word must match (AND)
  kAny,           // documents are ranked by how well they match any word (OR)
  kAllWhenShort,  // kAll for up to kMaxAllWords typed words, kAny for longer queries
  // Up to kMaxAllWords typed words: documents with every word rank first (their
  // weight counts 1 + kAllWordsBoost times), documents with some follow. Longer
  // queries: kAny. What a search does unless the request asks for every word.
  kAllFirst,
};

// A query of up to this many words is a few keywords: a person expects every
// one of them in the first results. A longer one is a question or a sentence,
// ranked by how well documents match any of its words (docs/quality.md).
inline constexpr size_t kMaxAllWords = 4;

// Under kAllFirst, how much more a document with every word of a short query
// counts: its weight is (1 + kAllWordsBoost) times its weight for the words
// alone, so a document with some of the words outranks it only when it matches
// them nine times as well. Chosen on the demo evaluation (docs/quality.md):
// 1 0.8483, 2 0.8515, 4 0.8581, 6 0.8597, 8 0.8599, 16 0.8599, 32 0.8600.
inline constexpr double kAllWordsBoost = 8.0;

struct ParsedQuery {
  Xapian::Query query;             // MatchAll for an empty query
  Xapian::Stem stemmer;            // of the query's main language
  std::string language;            // the query's main language
  std::optional<std::string> suggestion;
  // Words the person typed (stop words and field filters left out): what
  // decides between requiring every word and ranking by any word.
  size_t word_count = 0;
  bool all_words = false;          // every word must match (AND), else any (OR)
  // Under kAllFirst, for 2..kMaxAllWords typed words: the documents with every
  // word (AND), which `query` ranks first; empty otherwise.
  Xapian::Query every_word;
  // Under kAllFirst: the documents with any word, which are exactly `query`'s
  // matches without the boost (cheaper to count); empty otherwise.
  Xapian::Query match_set;
  // False when the query only filters (`theme:drr year:2020`): nothing to rank by,
  // so results come newest first as when browsing.
  bool ranks = false;
};

class QueryBuilder {
 public:
  QueryBuilder(const analysis::Analyzer& analyzer, const Xapian::Database& db) : analyzer_(analyzer), db_(db) {}

  // Parses the free-text query; `words` says how its words combine. Words match
  // their stem in the query's language (and in English when the language is a
  // guess), and their exact form in any language at a fifth of the weight, so
  // that a word form shared across languages still finds a document without
  // counting twice where the stem matches too.
  Result<ParsedQuery> Parse(const SearchRequest& request, WordRule words) const;

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
