#include <algorithm>
#include <chrono>
#include <future>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <sstream>
#include <thread>

#include <boost/asio/post.hpp>
#include <boost/asio/thread_pool.hpp>

#include "index/layout.h"
#include "search/facet_spy.h"
#include "search/hit_fields.h"
#include "search/hits.h"
#include "search/match_set.h"
#include "search/query_builder.h"
#include "search/search_slots.h"
#include "silkdex/document_json.h"
#include "silkdex/search.h"

namespace silkdex {

const std::vector<std::string>& DefaultFacets() {
  static const std::vector<std::string> facets = {"theme", "type", "country", "city", "year", "partner", "lang"};
  return facets;
}

namespace {

constexpr int kMaxPerPage = 100;
constexpr int kMaxDepth = 10000;  // results reachable by paging
constexpr int kAttempts = 3;      // reopen-and-retry when a writer moved the index underneath
constexpr Xapian::doccount kPrunedDepth = 10;  // ranked with Xapian's pruning: the default first page

Status CheckRequest(const SearchRequest& r, const analysis::Definitions& defs) {
  if (r.page < 1) return Status::InvalidArgument("parameter 'page': must be 1 or more, got " + std::to_string(r.page));
  if (r.per_page < 1 || r.per_page > kMaxPerPage)
    return Status::InvalidArgument("parameter 'per_page': must be 1 to 100, got " + std::to_string(r.per_page));
  if (static_cast<int64_t>(r.page) * r.per_page > kMaxDepth)
    return Status::InvalidArgument("parameter 'page': results beyond the first 10,000 cannot be paged to; narrow the query or add filters");
  if (r.sort != "relevance" && r.sort != "date" && r.sort != "-date" && r.sort != "views")
    return Status::InvalidArgument("parameter 'sort': '" + r.sort + "' is not one of relevance, date, -date, views");
  // The contract's facets, and the entities plugins extract under names of their own.
  for (const auto& f : r.facets) {
    bool name_ok = !f.empty() && f.size() <= 40 &&
                   std::all_of(f.begin(), f.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '_'; });
    if (!defs.has_facet(f) && !name_ok)
      return Status::InvalidArgument("parameter 'facets': '" + f +
                                     "' is not a facet name; use theme, type, country, city, year, partner, lang, tag, sdg, "
                                     "status, suggested_theme or an entity facet of the plugins (lower case and _)");
  }
  return Status::Ok();
}

std::vector<FacetCount> TopValues(const std::map<std::string, Xapian::doccount, std::less<>>& counts, size_t limit) {
  std::vector<FacetCount> out;
  for (const auto& [value, count] : counts) out.push_back({value, count});
  std::sort(out.begin(), out.end(), [](const FacetCount& a, const FacetCount& b) {
    return a.count != b.count ? a.count > b.count : a.value < b.value;
  });
  if (out.size() > limit) out.resize(limit);
  return out;
}

// The ranking of every search: Xapian's IneB2 (divergence from randomness:
// inverse expected document frequency, Bernoulli after-effect, normalisation 2)
// with c = 2. It beat BM25 at every k1 and b tried on SciFact's training
// queries (docs/quality.md), and like BM25 it is built into Xapian, so remote
// shards rank alike.
Xapian::IneB2Weight RankingWeight() { return Xapian::IneB2Weight(2.0); }

}  // namespace

using Spies = std::unique_ptr<search::FacetCountMatchSpy>;

// Every match of `query`, counted without weighing any: the exact total, and
// the facets when `spy` is given. `direct`: `db` is one local database, whose
// posting lists can be read as sets (cheaper than Xapian's matcher; a query it
// cannot evaluate that way still goes through Enquire).
uint64_t CountMatches(const Xapian::Database& db, const Xapian::Query& query, const SearchRequest& request,
                      search::FacetCountMatchSpy* spy, bool direct) {
  if (direct) {
    if (auto docs = search::MatchingDocs(db, query)) {
      if (spy)
        docs->ForEach([&](Xapian::docid did) {
          if (!spy->CountFromTable(did)) (*spy)(db.get_document(did), 0);
        });
      return docs->Count();
    }
  }
  Xapian::Enquire counting(db);
  counting.set_weighting_scheme(Xapian::BoolWeight());
  counting.set_docid_order(Xapian::Enquire::DONT_CARE);
  counting.set_query(query);
  if (request.time_limit_ms > 0) counting.set_time_limit(request.time_limit_ms / 1000.0);
  if (spy) counting.add_matchspy(spy);
  return counting.get_mset(0, 0, db.get_doccount()).get_matches_estimated();
}

// Threads that count matches while the searching thread ranks: one per core,
// shared by every searcher of the process.
boost::asio::thread_pool& CountingThreads() {
  static boost::asio::thread_pool pool(std::max(1u, std::thread::hardware_concurrency()));
  return pool;
}

// One facet table per index revision for the whole process: the server's
// searchers (one per request in flight) share it instead of each reading the
// index again.
std::shared_ptr<const search::FacetTable> SharedFacetTable(const Xapian::Database& db, Xapian::valueno slot) {
  static std::mutex mu;
  static std::map<std::string, std::weak_ptr<const search::FacetTable>> tables;
  std::string key = db.get_uuid() + ":" + std::to_string(db.get_revision()) + ":" + std::to_string(slot);
  std::lock_guard lock(mu);  // held while building: the others would wait for it anyway
  if (auto t = tables[key].lock()) return t;
  for (auto it = tables.begin(); it != tables.end();) it = it->second.expired() ? tables.erase(it) : std::next(it);
  auto t = search::FacetTable::Build(db, slot);
  tables[key] = t;
  return t;
}

struct Searcher::Impl {
  std::vector<std::filesystem::path> shards;
  std::unique_ptr<analysis::Definitions> owned_defs;
  const analysis::Definitions* defs = nullptr;
  std::unique_ptr<analysis::Analyzer> analyzer;
  Xapian::Database db;
  bool count_beside_ranking = false;
  std::optional<Xapian::Database> count_db;  // a second handle on the one local shard, for counting
  search::StemMemo stems;  // for snippets and transcript segments
  // Facet values of every document of `db` as it is now; dropped on reopen.
  std::shared_ptr<const search::FacetTable> facet_table;

  // Only for a single local shard: Xapian 1.4's value streams do not span
  // several databases, and remote shards count on their side.
  std::shared_ptr<const search::FacetTable> Facets() {
    if (shards.size() != 1) return nullptr;
    if (!facet_table) facet_table = SharedFacetTable(db, defs->value_slot("facets"));
    return facet_table;
  }

  // Matches `query` with the request's sorting, paging, facets and time limit.
  // `ranked` false: nothing to rank by, so newest first.
  // `window`: the (first, count) of the matches to return instead of the request's page.
  // `counted`, when not empty: a query with the same matches as `query` that is
  // cheaper to count (no boosts), for the exact total and facets.
  Xapian::MSet Match(const Xapian::Query& query, const SearchRequest& request, bool ranked, Spies* spies,
                     uint64_t* total, std::optional<std::pair<Xapian::doccount, Xapian::doccount>> window = std::nullopt,
                     const Xapian::Query& counted = Xapian::Query());
  // The request's pinned documents that pass `filter`, in pin order, as a
  // match of `text` (so that their snippets mark the query's words).
  struct Pinned {
    Xapian::MSet mset;
    std::vector<Xapian::MSetIterator> in_order;
  };
  Pinned MatchPinned(const SearchRequest& request, const Xapian::Query& text, const Xapian::Query& filter);
  // Puts the pinned documents of the request's page before the ranked hits,
  // flagged, and counts every visible pinned document in the total.
  Status PutPinnedFirst(const Pinned& pinned, const SearchRequest& request, const search::ParsedQuery& parsed,
                        SearchResponse* resp);
  // The page of `enquire` ranked here while CountMatches runs on a counting
  // thread over a handle at the same revision; nullopt when no such handle
  // can be had (then the caller counts first).
  std::optional<Xapian::MSet> RankBesideCounting(Xapian::Enquire& enquire, Xapian::doccount first,
                                                 Xapian::doccount size, Xapian::doccount weigh_at_least,
                                                 const Xapian::Query& counted,
                                                 const SearchRequest& request, search::FacetCountMatchSpy* spy,
                                                 uint64_t* total);
  // Whether any document matches `query` (unranked).
  bool HasMatch(const Xapian::Query& query);
  Xapian::Query PinTerms(const SearchRequest& request) const;
  // Hits and facets of a match.
  Result<SearchResponse> Respond(const Xapian::MSet& mset, uint64_t total, const Spies& spies,
                                 const SearchRequest& request, const Xapian::Query& query, const Xapian::Stem& stemmer);
  Result<SearchResponse> SearchOnce(const SearchRequest& request, const Xapian::Query& filter);
  Result<SearchResponse> SimilarOnce(std::string_view id, const SearchRequest& request, const Xapian::Query& filter);
  Result<std::vector<Completion>> SuggestOnce(std::string_view prefix, const Xapian::Query& visible, size_t limit);
  std::optional<Xapian::docid> DocidOf(std::string_view id);

  // Runs `f`, reopening the index and trying again when a writer committed
  // underneath it; Xapian errors become a Status.
  template <typename F>
  auto WithRetry(std::string_view context, F f) -> decltype(f()) {
    for (int attempt = 1;; ++attempt) {
      try {
        return f();
      } catch (const Xapian::DatabaseModifiedError& e) {
        if (attempt == kAttempts) return index::FromXapian(e, context);
        db.reopen();
        facet_table.reset();
        count_db.reset();
      } catch (const Xapian::Error& e) {
        return index::FromXapian(e, context);
      }
    }
  }
};

Searcher::Searcher(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Searcher::~Searcher() = default;

Result<std::unique_ptr<Searcher>> Searcher::Open(const std::vector<std::filesystem::path>& shards,
                                                 const IndexOptions& options) {
  if (shards.empty()) return Status::InvalidArgument("no index to search");
  auto impl = std::make_unique<Impl>();
  impl->shards = shards;
  if (options.definitions_dir.empty()) {
    impl->defs = &analysis::DefaultDefinitions();
  } else {
    auto loaded = analysis::LoadDefinitionsFromFolder(options.definitions_dir);
    if (!loaded.ok()) return loaded.status().WithContext(options.definitions_dir.string());
    impl->owned_defs = std::make_unique<analysis::Definitions>(std::move(loaded).value());
    impl->defs = impl->owned_defs.get();
  }
  impl->analyzer = std::make_unique<analysis::Analyzer>(*impl->defs, options.extra_synonyms);
  impl->count_beside_ranking = options.count_beside_ranking && shards.size() == 1;
  for (const auto& path : shards) {
    try {
      Xapian::Database shard(path.string());
      SILKDEX_RETURN_IF_ERROR(index::CheckStamp(shard, *impl->defs, path));
      impl->db.add_database(shard);
    } catch (const Xapian::Error& e) {
      return index::FromXapian(e, "opening index " + path.string());
    }
  }
  return std::unique_ptr<Searcher>(new Searcher(std::move(impl)));
}

Xapian::MSet Searcher::Impl::Match(const Xapian::Query& query, const SearchRequest& request, bool ranked,
                                   Spies* spies, uint64_t* total,
                                   std::optional<std::pair<Xapian::doccount, Xapian::doccount>> window,
                                   const Xapian::Query& counted) {
  spies->reset();
  if (!request.facets.empty())
    *spies = std::make_unique<search::FacetCountMatchSpy>(
        defs->value_slot("facets"), std::set<std::string, std::less<>>(request.facets.begin(), request.facets.end()),
        Facets());
  Xapian::Enquire enquire(db);
  enquire.set_weighting_scheme(RankingWeight());
  enquire.set_query(query);
  bool by_value = true;
  if (request.sort == "date" || request.sort == "-date" || (!ranked && request.sort == "relevance"))
    enquire.set_sort_by_value_then_relevance(defs->value_slot("date"), request.sort != "date");
  else if (request.sort == "views")
    enquire.set_sort_by_value_then_relevance(defs->value_slot("views"), true);
  else
    by_value = false;
  if (request.time_limit_ms > 0) enquire.set_time_limit(request.time_limit_ms / 1000.0);
  auto first = window ? window->first : static_cast<Xapian::doccount>((request.page - 1) * request.per_page);
  auto size = window ? window->second : static_cast<Xapian::doccount>(request.per_page);
  if (by_value) {
    // Sorting by a value visits every match anyway: one pass sorts and counts.
    if (*spies) enquire.add_matchspy(spies->get());
    Xapian::MSet mset = enquire.get_mset(first, size, db.get_doccount());
    *total = mset.get_matches_estimated();
    return mset;
  }
  // Ranking by relevance: totals and facets stay exact by counting every match
  // without weighing it; weighing is left to the ranking pass, which asks only
  // for the page, so Xapian skips the matches that cannot reach it. Two passes
  // cost less than weighing every match (docs/performance.md).
  // Xapian 1.4 prunes by upper bounds of the weights so as to rank only what
  // can reach the page; where it checks a phrase's positions only for such
  // documents, or (with IneB2 and scaled subqueries) underestimates a bound, a
  // document's place depends on the page asked for: one could show on two
  // pages or on none. The first page keeps the pruning (it is most of the
  // searches, and the latency aims are about it); a deeper window, or a query
  // with a phrase, weighs every match, so that pages are slices of one order.
  bool deep = first + size > kPrunedDepth;
  Xapian::doccount weigh_at_least = deep || search::UsesPositions(query) ? db.get_doccount() : 0;
  const Xapian::Query& to_count = counted.empty() ? query : counted;
  // Beside the ranking only when a core is left by the other searches: on a
  // busy machine the second thread would only share a core with them.
  if (count_beside_ranking && search::ProcessSearchSlots().HasRoom()) {
    if (auto page = RankBesideCounting(enquire, first, size, weigh_at_least, to_count, request, spies->get(), total))
      return *page;
  }
  *total = CountMatches(db, to_count, request, spies->get(), shards.size() == 1);
  if (*total == 0) return Xapian::MSet();
  return enquire.get_mset(first, size, weigh_at_least);
}

std::optional<Xapian::MSet> Searcher::Impl::RankBesideCounting(Xapian::Enquire& enquire, Xapian::doccount first,
                                                               Xapian::doccount size, Xapian::doccount weigh_at_least,
                                                               const Xapian::Query& counted,
                                                               const SearchRequest& request,
                                                               search::FacetCountMatchSpy* spy, uint64_t* total) {
  if (!count_db) count_db.emplace(shards.front().string());
  // Both handles must show the same revision, or the total would not be that
  // of the ranked matches. A writer's commit in between: counted here instead.
  if (count_db->get_revision() != db.get_revision()) count_db->reopen();
  if (count_db->get_revision() != db.get_revision()) return std::nullopt;
  // Xapian's Query counts its references without atomics, and `counted`
  // shares subqueries with the query ranked here: the counting thread gets a
  // copy of its own, made from the serialised form.
  std::string wire = counted.serialise();
  std::packaged_task<uint64_t()> count(
      [&] { return CountMatches(*count_db, Xapian::Query::unserialise(wire), request, spy, true); });
  std::future<uint64_t> counted_total = count.get_future();
  boost::asio::post(CountingThreads(), [&count] { count(); });
  Xapian::MSet page;
  try {
    page = enquire.get_mset(first, size, weigh_at_least);
  } catch (...) {
    counted_total.wait();  // it uses this frame's objects
    throw;
  }
  *total = counted_total.get();  // rethrows the counting thread's error
  return page;
}

Xapian::Query Searcher::Impl::PinTerms(const SearchRequest& request) const {
  std::vector<Xapian::Query> terms;
  for (const auto& id : request.pinned) terms.emplace_back(defs->filter("id").prefix + id);
  return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

bool Searcher::Impl::HasMatch(const Xapian::Query& query) {
  Xapian::Enquire enquire(db);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  enquire.set_query(query);
  return !enquire.get_mset(0, 1).empty();
}

Searcher::Impl::Pinned Searcher::Impl::MatchPinned(const SearchRequest& request, const Xapian::Query& text,
                                                   const Xapian::Query& filter) {
  Xapian::Query pins = PinTerms(request);
  Xapian::Query any = Xapian::Query(Xapian::Query::OP_OR, text, Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, pins, 0));
  Xapian::Query allowed = filter.empty() ? pins : Xapian::Query(Xapian::Query::OP_AND, pins, filter);
  Xapian::Enquire enquire(db);
  enquire.set_weighting_scheme(RankingWeight());
  enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, any, allowed));
  Pinned out;
  out.mset = enquire.get_mset(0, static_cast<Xapian::doccount>(request.pinned.size()));
  std::map<std::string, Xapian::MSetIterator> by_id;
  const std::string& prefix = defs->filter("id").prefix;
  for (auto it = out.mset.begin(); it != out.mset.end(); ++it) {
    Xapian::Document d = it.get_document();
    for (auto t = d.termlist_begin(); t != d.termlist_end(); ++t) {
      t.skip_to(prefix);
      if (t != d.termlist_end() && (*t).rfind(prefix, 0) == 0) by_id.emplace((*t).substr(prefix.size()), it);
      break;
    }
  }
  std::set<std::string> seen;
  for (const auto& id : request.pinned) {
    auto found = by_id.find(id);
    if (found != by_id.end() && seen.insert(id).second) out.in_order.push_back(found->second);
  }
  return out;
}

Result<SearchResponse> Searcher::Impl::Respond(const Xapian::MSet& mset, uint64_t total, const Spies& spies,
                                               const SearchRequest& request, const Xapian::Query& query,
                                               const Xapian::Stem& stemmer) {
  SearchResponse resp;
  resp.query = request.query;
  resp.page = request.page;
  resp.per_page = request.per_page;
  resp.total = total;
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    auto doc = search::HitFieldsFromJson(it.get_document().get_data());
    if (!doc.ok()) return Status::Corruption("stored document " + std::to_string(*it) + ": " + doc.status().message());
    resp.hits.push_back(search::MakeHit(*doc, it, mset, query, stems.For(stemmer), db));
  }
  for (const auto& f : request.facets) resp.facets.emplace_back(f, TopValues(spies->counts(f), request.facet_limit));
  return resp;
}

namespace {

// The (first, count) of the ranked matches on the request's page when
// `pinned` visible pinned documents come before them all.
std::pair<Xapian::doccount, Xapian::doccount> RankedWindow(const SearchRequest& request, size_t pinned) {
  size_t first = static_cast<size_t>(request.page - 1) * request.per_page;
  size_t on_page = first < pinned ? std::min(pinned - first, static_cast<size_t>(request.per_page)) : 0;
  return {static_cast<Xapian::doccount>(first > pinned ? first - pinned : 0),
          static_cast<Xapian::doccount>(request.per_page - on_page)};
}

}  // namespace

Status Searcher::Impl::PutPinnedFirst(const Pinned& pinned, const SearchRequest& request,
                                      const search::ParsedQuery& parsed, SearchResponse* resp) {
  size_t first = static_cast<size_t>(request.page - 1) * request.per_page;
  std::vector<Hit> hits;
  for (size_t i = first; i < pinned.in_order.size() && hits.size() < static_cast<size_t>(request.per_page); ++i) {
    const auto& it = pinned.in_order[i];
    auto doc = search::HitFieldsFromJson(it.get_document().get_data());
    if (!doc.ok()) return Status::Corruption("stored document " + std::to_string(*it) + ": " + doc.status().message());
    hits.push_back(search::MakeHit(*doc, it, pinned.mset, parsed.query, stems.For(parsed.stemmer), db));
    hits.back().pinned = true;
  }
  for (auto& h : resp->hits) hits.push_back(std::move(h));
  resp->hits = std::move(hits);
  resp->total += pinned.in_order.size();
  return Status::Ok();
}

Result<SearchResponse> Searcher::Impl::SearchOnce(const SearchRequest& request, const Xapian::Query& filter) {
  search::QueryBuilder builder(*analyzer, db);
  Spies spies;
  // A few keywords: documents with all of them first, then those with some,
  // `relaxed` when none has them all. With `every_word`, only those with all of
  // them, and any of them when no document has them all. A longer query is
  // ranked by any of its words.
  std::vector<search::WordRule> rules{search::WordRule::kAllFirst};
  if (request.every_word) rules = {search::WordRule::kAllWhenShort, search::WordRule::kAny};
  for (search::WordRule words : rules) {
    auto parsed = builder.Parse(request, words);
    if (!parsed.ok()) return parsed.status();
    Xapian::Query text = parsed->query;
    // Pinned documents come first, so the ranked ("organic") matches leave them
    // out and start after those on earlier pages.
    std::optional<Pinned> pinned;
    std::optional<std::pair<Xapian::doccount, Xapian::doccount>> window;
    if (!request.pinned.empty()) {
      pinned = MatchPinned(request, parsed->query, filter);
      text = Xapian::Query(Xapian::Query::OP_AND_NOT, text, PinTerms(request));
      window = RankedWindow(request, pinned->in_order.size());
    }
    Xapian::Query query = filter.empty() ? text : Xapian::Query(Xapian::Query::OP_FILTER, text, filter);
    // Counting needs the matches, not the boost that orders them: the any-word
    // query alone matches the same documents at half the posting lists.
    Xapian::Query counted;
    if (!parsed->match_set.empty()) {
      counted = parsed->match_set;
      if (pinned) counted = Xapian::Query(Xapian::Query::OP_AND_NOT, counted, PinTerms(request));
      if (!filter.empty()) counted = Xapian::Query(Xapian::Query::OP_FILTER, counted, filter);
    }
    uint64_t total = 0;
    Xapian::MSet mset = Match(query, request, parsed->ranks, &spies, &total, window, counted);
    bool relaxed = words == search::WordRule::kAny;  // `every_word`, and no document had every word
    if (!parsed->every_word.empty())
      relaxed = !HasMatch(filter.empty() ? parsed->every_word
                                         : Xapian::Query(Xapian::Query::OP_FILTER, parsed->every_word, filter));
    if (words == search::WordRule::kAllWhenShort && parsed->all_words && total == 0 && parsed->word_count >= 2 &&
        (!pinned || pinned->in_order.empty()))
      continue;
    if (pinned && spies)
      for (const auto& it : pinned->in_order) (*spies)(it.get_document(), 0);
    auto resp = Respond(mset, total, spies, request, parsed->query, parsed->stemmer);
    if (!resp.ok()) return resp;
    if (pinned) SILKDEX_RETURN_IF_ERROR(PutPinnedFirst(*pinned, request, *parsed, &*resp));
    resp->relaxed = relaxed;
    resp->suggestion = parsed->suggestion;
    resp->query_language = parsed->language;
    return resp;
  }
  return Status::Internal("unreachable");
}

Result<SearchResponse> Searcher::Search(const SearchRequest& request) {
  auto started = std::chrono::steady_clock::now();
  SILKDEX_RETURN_IF_ERROR(CheckRequest(request, *impl_->defs));
  search::SearchSlots::Turn turn(search::ProcessSearchSlots());
  // The filter is made inside the retry: it depends on the index's contents.
  auto resp = impl_->WithRetry("search", [&]() -> Result<SearchResponse> {
    auto filter = search::QueryBuilder(*impl_->analyzer, impl_->db).Filter(request);
    if (!filter.ok()) return filter.status();
    return impl_->SearchOnce(request, *filter);
  });
  if (resp.ok()) resp->took_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  return resp;
}

std::optional<Xapian::docid> Searcher::Impl::DocidOf(std::string_view id) {
  std::string term = defs->filter("id").prefix + std::string(id);
  Xapian::PostingIterator p = db.postlist_begin(term);
  if (p == db.postlist_end(term)) return std::nullopt;
  return *p;
}

Result<Document> Searcher::Get(std::string_view id) {
  return impl_->WithRetry("reading document " + std::string(id), [&]() -> Result<Document> {
    auto docid = impl_->DocidOf(id);
    if (!docid) return Status::NotFound("no document has id '" + std::string(id) + "'");
    return DocumentFromJson(impl_->db.get_document(*docid).get_data());
  });
}

namespace {

// Relevance feedback uses the words of a document, not its filter terms or stems.
class WordsOnly : public Xapian::ExpandDecider {
 public:
  bool operator()(const std::string& term) const override {
    unsigned char c = static_cast<unsigned char>(term[0]);
    return !(c >= 'A' && c <= 'Z') && term.size() > 2;
  }
};

constexpr Xapian::termcount kFeedbackTerms = 24;

}  // namespace

Result<SearchResponse> Searcher::Impl::SimilarOnce(std::string_view id, const SearchRequest& request,
                                                   const Xapian::Query& filter) {
  auto docid = DocidOf(id);
  if (!docid) return Status::NotFound("no document has id '" + std::string(id) + "'");
  Xapian::RSet rset;
  rset.add_document(*docid);
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(defs->filter("id").prefix + std::string(id)));
  WordsOnly decider;
  Xapian::ESet eset = enquire.get_eset(kFeedbackTerms, rset, &decider);
  std::vector<Xapian::Query> terms;
  for (auto t = eset.begin(); t != eset.end(); ++t) terms.emplace_back(*t);
  Xapian::Query like(Xapian::Query::OP_OR, terms.begin(), terms.end());
  like = Xapian::Query(Xapian::Query::OP_AND_NOT, like, Xapian::Query(defs->filter("id").prefix + std::string(id)));
  if (!filter.empty()) like = Xapian::Query(Xapian::Query::OP_FILTER, like, filter);
  Spies spies;
  uint64_t total = 0;
  Xapian::MSet mset = Match(like, request, true, &spies, &total);
  auto doc = DocumentFromJson(db.get_document(*docid).get_data());
  Xapian::Stem stemmer = analyzer->StemmerFor(doc.ok() ? doc->language : "en");
  return Respond(mset, total, spies, request, like, stemmer);
}

Result<SearchResponse> Searcher::Similar(std::string_view id, const SearchRequest& request) {
  auto started = std::chrono::steady_clock::now();
  SILKDEX_RETURN_IF_ERROR(CheckRequest(request, *impl_->defs));
  search::SearchSlots::Turn turn(search::ProcessSearchSlots());
  // The filter is made inside the retry: it depends on the index's contents.
  auto resp = impl_->WithRetry("similar", [&]() -> Result<SearchResponse> {
    auto filter = search::QueryBuilder(*impl_->analyzer, impl_->db).Filter(request);
    if (!filter.ok()) return filter.status();
    return impl_->SimilarOnce(id, request, *filter);
  });
  if (resp.ok()) resp->took_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  return resp;
}

Result<std::vector<Completion>> Searcher::Impl::SuggestOnce(std::string_view prefix, const Xapian::Query& visible,
                                                           size_t limit) {
  std::vector<Completion> out;
  std::string folded = analysis::Fold(prefix);
  if (folded.find_first_not_of(' ') == std::string::npos || limit == 0) return out;
  auto visible_with = [&](const Xapian::Query& q) { return Xapian::Query(Xapian::Query::OP_FILTER, q, visible); };
  // Titles: every word typed so far, the last one as a prefix.
  std::vector<std::string> words;
  std::istringstream in(Xapian::Unicode::tolower(std::string(prefix)));
  for (std::string w; in >> w;) words.push_back(w);
  if (!words.empty()) {
    const std::string& title = defs->text("title").prefix;
    std::vector<Xapian::Query> parts;
    for (size_t i = 0; i + 1 < words.size(); ++i) parts.emplace_back(title + words[i]);
    parts.emplace_back(Xapian::Query::OP_WILDCARD, title + words.back(), 50, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
    Xapian::Enquire enquire(db);
    enquire.set_query(visible_with(Xapian::Query(Xapian::Query::OP_AND, parts.begin(), parts.end())));
    Xapian::MSet mset = enquire.get_mset(0, static_cast<Xapian::doccount>(limit));
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      auto doc = search::HitFieldsFromJson(it.get_document().get_data());
      if (doc.ok()) out.push_back({doc->title, "title", doc->id});
    }
  }
  // City names and tags starting with the prefix, shown as people wrote them.
  for (auto [field, kind] : {std::pair{"city", "city"}, std::pair{"tag", "tag"}}) {
    const std::string& fp = defs->filter(field).prefix;
    unsigned slot = defs->value_slot("facets");
    for (auto t = db.allterms_begin(fp + folded); t != db.allterms_end(fp + folded) && out.size() < 2 * limit; ++t) {
      Xapian::Enquire enquire(db);
      enquire.set_query(visible_with(Xapian::Query(*t)));
      Xapian::MSet one = enquire.get_mset(0, 1);
      if (one.empty()) continue;
      for (const auto& [facet, values] : index::UnserialiseFacets(one.begin().get_document().get_value(slot))) {
        if (facet != field) continue;
        for (const auto& v : values)
          if (fp + analysis::Fold(v) == *t) out.push_back({v, kind, ""});
      }
    }
  }
  if (out.size() > limit) out.resize(limit);
  return out;
}

Result<std::vector<Completion>> Searcher::Suggest(std::string_view prefix, const std::vector<std::string>& visible_statuses,
                                                   size_t limit) {
  std::vector<Xapian::Query> statuses;
  for (const auto& s : visible_statuses) statuses.emplace_back(impl_->analyzer->FilterTerm("status", s));
  Xapian::Query visible(Xapian::Query::OP_OR, statuses.begin(), statuses.end());
  return impl_->WithRetry("suggest", [&] { return impl_->SuggestOnce(prefix, visible, limit); });
}

Status Searcher::Reopen() {
  try {
    if (impl_->db.reopen()) {
      impl_->facet_table.reset();
      if (impl_->count_db) impl_->count_db->reopen();
    }
  } catch (const Xapian::Error& e) {
    return index::FromXapian(e, "reopening index");
  }
  return Status::Ok();
}

uint64_t Searcher::document_count() const { return impl_->db.get_doccount(); }

}  // namespace silkdex
