#include <algorithm>
#include <chrono>

#include "index/layout.h"
#include "search/facet_spy.h"
#include "search/hits.h"
#include "search/query_builder.h"
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

Status CheckRequest(const SearchRequest& r, const analysis::Definitions& defs) {
  if (r.page < 1) return Status::InvalidArgument("parameter 'page': must be 1 or more, got " + std::to_string(r.page));
  if (r.per_page < 1 || r.per_page > kMaxPerPage)
    return Status::InvalidArgument("parameter 'per_page': must be 1 to 100, got " + std::to_string(r.per_page));
  if (static_cast<int64_t>(r.page) * r.per_page > kMaxDepth)
    return Status::InvalidArgument("parameter 'page': results beyond the first 10,000 cannot be paged to; narrow the query or add filters");
  if (r.sort != "relevance" && r.sort != "date" && r.sort != "-date" && r.sort != "views")
    return Status::InvalidArgument("parameter 'sort': '" + r.sort + "' is not one of relevance, date, -date, views");
  for (const auto& f : r.facets)
    if (!defs.facet_slots.count(f))
      return Status::InvalidArgument("parameter 'facets': unknown facet '" + f +
                                     "'; use theme, type, country, city, year, partner, lang, tag, sdg or status");
  return Status::Ok();
}

std::vector<FacetCount> TopValues(const search::MultiValueCountMatchSpy& spy, size_t limit) {
  std::vector<FacetCount> out;
  for (const auto& [value, count] : spy.counts()) out.push_back({value, count});
  std::sort(out.begin(), out.end(), [](const FacetCount& a, const FacetCount& b) {
    return a.count != b.count ? a.count > b.count : a.value < b.value;
  });
  if (out.size() > limit) out.resize(limit);
  return out;
}

}  // namespace

struct Searcher::Impl {
  std::vector<std::filesystem::path> shards;
  std::unique_ptr<analysis::Definitions> owned_defs;
  const analysis::Definitions* defs = nullptr;
  std::unique_ptr<analysis::Analyzer> analyzer;
  Xapian::Database db;

  Result<SearchResponse> SearchOnce(const SearchRequest& request, const Xapian::Query& filter);
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
  impl->analyzer = std::make_unique<analysis::Analyzer>(*impl->defs);
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

Result<SearchResponse> Searcher::Impl::SearchOnce(const SearchRequest& request, const Xapian::Query& filter) {
  search::QueryBuilder builder(*analyzer, db);
  SearchResponse resp;
  resp.query = request.query;
  resp.page = request.page;
  resp.per_page = request.per_page;
  Xapian::MSet mset;
  search::ParsedQuery parsed;
  std::vector<std::unique_ptr<search::MultiValueCountMatchSpy>> spies;
  for (bool all_words : {true, false}) {
    auto p = builder.Parse(request, all_words);
    if (!p.ok()) return p.status();
    parsed = std::move(p).value();
    Xapian::Enquire enquire(db);
    enquire.set_query(filter.empty() ? parsed.query : Xapian::Query(Xapian::Query::OP_FILTER, parsed.query, filter));
    bool browsing = !parsed.ranks;
    if (request.sort == "date" || request.sort == "-date" || (browsing && request.sort == "relevance"))
      enquire.set_sort_by_value_then_relevance(defs->value_slot("date"), request.sort != "date");
    else if (request.sort == "views")
      enquire.set_sort_by_value_then_relevance(defs->value_slot("views"), true);
    spies.clear();
    for (const auto& f : request.facets) {
      spies.push_back(std::make_unique<search::MultiValueCountMatchSpy>(defs->facet_slots.at(f)));
      enquire.add_matchspy(spies.back().get());
    }
    // Every match is examined so that totals and facet counts are exact.
    mset = enquire.get_mset((request.page - 1) * request.per_page, request.per_page, db.get_doccount());
    resp.relaxed = !all_words;
    if (mset.get_matches_estimated() > 0 || parsed.term_count < 2) break;
  }
  resp.total = mset.get_matches_estimated();
  resp.suggestion = parsed.suggestion;
  resp.query_language = parsed.language;
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    auto doc = DocumentFromJson(it.get_document().get_data());
    if (!doc.ok()) return Status::Corruption("stored document " + std::to_string(*it) + ": " + doc.status().message());
    resp.hits.push_back(search::MakeHit(*doc, it, mset, parsed.query, parsed.stemmer, db));
  }
  for (size_t i = 0; i < request.facets.size(); ++i)
    resp.facets.emplace_back(request.facets[i], TopValues(*spies[i], request.facet_limit));
  return resp;
}

Result<SearchResponse> Searcher::Search(const SearchRequest& request) {
  auto started = std::chrono::steady_clock::now();
  SILKDEX_RETURN_IF_ERROR(CheckRequest(request, *impl_->defs));
  search::QueryBuilder builder(*impl_->analyzer, impl_->db);
  auto filter = builder.Filter(request);
  if (!filter.ok()) return filter.status();
  for (int attempt = 1;; ++attempt) {
    try {
      auto resp = impl_->SearchOnce(request, *filter);
      if (resp.ok())
        resp->took_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
      return resp;
    } catch (const Xapian::DatabaseModifiedError& e) {
      if (attempt == kAttempts) return index::FromXapian(e, "search");
      impl_->db.reopen();
    } catch (const Xapian::Error& e) {
      return index::FromXapian(e, "search");
    }
  }
}

Result<Document> Searcher::Get(std::string_view id) {
  std::string term = impl_->defs->filter("id").prefix + std::string(id);
  for (int attempt = 1;; ++attempt) {
    try {
      Xapian::PostingIterator p = impl_->db.postlist_begin(term);
      if (p == impl_->db.postlist_end(term)) return Status::NotFound("no document has id '" + std::string(id) + "'");
      return DocumentFromJson(impl_->db.get_document(*p).get_data());
    } catch (const Xapian::DatabaseModifiedError& e) {
      if (attempt == kAttempts) return index::FromXapian(e, "reading document");
      impl_->db.reopen();
    } catch (const Xapian::Error& e) {
      return index::FromXapian(e, "reading document " + std::string(id));
    }
  }
}

Status Searcher::Reopen() {
  try {
    impl_->db.reopen();
  } catch (const Xapian::Error& e) {
    return index::FromXapian(e, "reopening index");
  }
  return Status::Ok();
}

uint64_t Searcher::document_count() const { return impl_->db.get_doccount(); }

}  // namespace silkdex
