// silkdex: searching the index.
//
// A Searcher searches one or more shards (Xapian databases: local folders now,
// remote xapian-tcpsrv shards later) as one index. It uses only what works
// across shards: built-in BM25 weighting, value-slot sorting and a registrable
// facet-counting MatchSpy.
//
// Thread safety: a Searcher is not thread-safe (Xapian database handles are
// not); open one per thread. Opening is cheap.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "silkdex/document.h"
#include "silkdex/index.h"
#include "silkdex/status.h"

namespace silkdex {

// Facets counted when a request names none.
const std::vector<std::string>& DefaultFacets();  // theme,type,country,city,year,partner,lang

// Searches (Searcher::Search and Similar) that run at once in this process:
// at most `n`, the others waiting their turn in arrival order; 0: no limit.
// Default: one per core. Searches sharing cores all finish late; in turn,
// most finish in their own time (docs/performance.md, "A fixed rate with wrk; searches in turn").
// A search counts its matches on a second thread only while fewer than `n` run.
void SetSearchesAtOnce(unsigned n);

struct SearchRequest {
  // Query syntax of shared/contract/api.md: words, "phrases", AND/OR/NOT, -word,
  // field prefixes (title: city: country: theme: type: partner: tag: lang: sdg:),
  // year:2019..2021. Empty: every visible document, newest first.
  std::string query;
  // Filters by name (theme, type, city, country, partner, tag, lang, sdg, status):
  // the values of one name are ORed, different names ANDed. Values match
  // whatever their case or accents ("medellin" finds "Medellín").
  std::map<std::string, std::vector<std::string>> filters;
  // Which themes the `theme` filter (and `cluster`) match: "given" by staff
  // (default), "suggested" by plugins (confidence >= 0.5), or "both".
  std::string theme_source = "given";
  // Only documents of this thematic cluster (one of ThemeIds()), ANDed with the
  // filters. Empty: any.
  std::string cluster;
  // Only documents with one of these themes (a catalog cluster's themes, for
  // clusters the engine does not know by id), ANDed with the filters. Empty: any.
  std::vector<std::string> cluster_themes;
  // Documents that come first, in this order, flagged `pinned` (a cluster's
  // pins for this query), whatever the sort; only those that pass the filters
  // and the visible statuses, whether or not they match the query text.
  std::vector<std::string> pinned;
  // Date range, each "YYYY", "YYYY-MM" or "YYYY-MM-DD", inclusive; empty: open.
  std::string from, to;
  // "relevance" (default), "date" (oldest first), "-date" (newest first), "views" (most viewed first).
  std::string sort = "relevance";
  int page = 1;       // 1-based
  int per_page = 10;  // 1..100
  // Facets to count; empty vector: none. Default: DefaultFacets().
  std::vector<std::string> facets = DefaultFacets();
  size_t facet_limit = 20;  // values per facet, most frequent first
  // Statuses the caller may see; documents in other statuses are not matched,
  // counted or suggested. Default: published only (an anonymous caller).
  std::vector<std::string> visible_statuses = {"published"};
  // Language whose stemmer applies to the query. Empty: the `lang` filter when
  // it has one value, else detected from the query, else "en".
  std::string query_language;
  // Only documents with every typed word of a short query (up to four words;
  // any word when no document has them all, `relaxed`), as for a bulk action on
  // the results. Default: documents with every word rank first and those with
  // some follow. A longer query is ranked by any of its words either way.
  bool every_word = false;
  // Matching stops after this long and ranks what it has seen (Xapian's
  // Enquire::set_time_limit). 0: no limit. Default: 0.
  double time_limit_ms = 0;
};

// A completion for a search box.
struct Completion {
  std::string text;  // what to show and search for
  std::string kind;  // "title", "city" or "tag"
  std::string id;    // the document, for a title
};

// The transcript segment that best matches the query.
struct SegmentHit {
  int64_t start_ms = 0;
  int64_t end_ms = 0;
  std::string speaker;
};

struct Hit {
  std::string id, title, type, date, language, status;
  double score = 0;
  // Best passage with matched words in <mark>...</mark>; everything else HTML-escaped.
  std::string snippet;
  std::vector<std::string> themes;
  std::vector<City> cities;
  std::vector<std::string> countries;
  std::optional<SegmentHit> segment;  // transcripts only
  bool pinned = false;
};

struct FacetCount {
  std::string value;
  uint64_t count = 0;
  friend bool operator==(const FacetCount&, const FacetCount&) = default;
};

struct SearchResponse {
  std::string query;
  uint64_t total = 0;
  int page = 1, per_page = 10;
  double took_ms = 0;
  std::optional<std::string> suggestion;  // did-you-mean, when a query word is unknown
  std::vector<Hit> hits;
  std::vector<std::pair<std::string, std::vector<FacetCount>>> facets;  // in requested order
  // True when a query of two to four words found no document with every word,
  // so the results have only some of them. Longer queries are ranked by any of
  // their words and are never relaxed.
  bool relaxed = false;
  std::string query_language;
};

// The API's search response JSON (shared/contract/api.md).
std::string ToJson(const SearchResponse& response);

class Searcher {
 public:
  // Opens the shards as one index. Each must exist and carry the definitions'
  // stamp (kNotFound / kFailedPrecondition otherwise).
  static Result<std::unique_ptr<Searcher>> Open(const std::vector<std::filesystem::path>& shards,
                                                const IndexOptions& options = {});
  ~Searcher();
  Searcher(const Searcher&) = delete;
  Searcher& operator=(const Searcher&) = delete;

  // kInvalidArgument for a bad parameter or query, naming it.
  Result<SearchResponse> Search(const SearchRequest& request);

  // The stored document; kNotFound when absent.
  Result<Document> Get(std::string_view id);

  // Documents like the one with `id` (relevance feedback: its most telling
  // words, searched for), the document itself left out. Paging, filters,
  // facets and visible statuses come from `request`; its query is ignored.
  // kNotFound when no document has that id.
  Result<SearchResponse> Similar(std::string_view id, const SearchRequest& request);

  // Completions of `prefix` from titles (words starting so), city names and tags
  // (names starting so, accents and case ignored), only from documents in
  // `visible_statuses`. At most `limit`, titles first.
  Result<std::vector<Completion>> Suggest(std::string_view prefix, const std::vector<std::string>& visible_statuses,
                                          size_t limit = 10);

  // Sees what writers committed since the last open/reopen.
  Status Reopen();

  uint64_t document_count() const;

 private:
  struct Impl;
  explicit Searcher(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace silkdex
