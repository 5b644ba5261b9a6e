// silkdex: measuring ranking quality on test collections.
//
// Readers for the collection formats of BEIR and TREC (corpus, queries,
// relevance judgments), the TREC run file, and the measures of `silkdex eval`
// computed exactly as trec_eval computes them (usnistgov/trec_eval 9.x):
//
//   nDCG@10     ndcg_cut.10   gain = the judged relevance level (graded), rank r
//                             discounted by log2(r + 1); the ideal ranking is
//                             every judged document sorted by level
//   Recall@100  recall.100    relevant retrieved in the first 100 / relevant judged
//   MAP@100     map_cut.100   sum of precision at each relevant rank <= 100 / relevant judged
//   MAP@1000    map_cut.1000  the same to rank 1000 (trec_eval's `map` of a run of 1000)
//   MRR@10      recip_rank    1 / rank of the first relevant document, 0 past rank 10
//                             (trec_eval -M10 recip_rank)
//
// "Relevant" is a level >= 1 (trec_eval's default -l1). As in trec_eval, a
// query's retrieved documents are ordered by score, ties broken by document id
// in reverse byte order (whatever their order in the run), and the means are
// taken over the queries that have both judgments and retrieved documents.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "silkdex/status.h"

namespace silkdex::eval {

// Relevance judgments: query id -> document id -> level (0: judged not relevant;
// a negative level: in the pool but not judged, as trec_eval reads it).
using Qrels = std::map<std::string, std::map<std::string, int>>;

struct ScoredDoc {
  std::string doc_id;
  double score = 0;
};

// Retrieved documents per query id, in the engine's order (trec_eval re-sorts
// them by score, so only the scores decide the ranking that is measured).
using Run = std::map<std::string, std::vector<ScoredDoc>>;

struct Measures {
  double ndcg_at_10 = 0;
  double recall_at_100 = 0;
  double map_at_100 = 0;
  double map_at_1000 = 0;
  double mrr_at_10 = 0;
};

// The measures of one query. kInvalidArgument when a document is retrieved
// twice (trec_eval refuses such a run too).
Result<Measures> EvaluateQuery(const std::vector<ScoredDoc>& retrieved, const std::map<std::string, int>& judged);

struct Evaluation {
  Measures mean;                             // over the evaluated queries
  std::map<std::string, Measures> per_query;  // the evaluated queries
};

// Every query of `run` that has judgments in `qrels`. kInvalidArgument when
// none has both, or a query retrieves a document twice.
Result<Evaluation> Evaluate(const Run& run, const Qrels& qrels);

// ---- Collection files -------------------------------------------------------

struct CorpusDocument {
  std::string id;
  std::string title;  // may be empty
  std::string text;
};

// Reads a corpus file, one document a line, the format told by each line:
//   BEIR JSONL      {"_id": "...", "title": "...", "text": "..."}
//   Anserini JSONL  {"id": "...", "contents": "..."}
//   TSV             id<TAB>text
// Empty lines are skipped. `sink` gets each document; reading stops at the
// first error of the file ("FILE:LINE: why") or of `sink`.
Status ReadCorpus(const std::filesystem::path& file, const std::function<Status(CorpusDocument&&)>& sink);

struct Query {
  std::string id;
  std::string text;
};

// Queries in file order: BEIR JSONL ({"_id": "...", "text": "..."}) or TSV
// (id<TAB>text; a first line "query-id<TAB>..." or "qid<TAB>..." is a header).
// kInvalidArgument for a malformed line or a repeated id.
Result<std::vector<Query>> ReadQueries(const std::filesystem::path& file);

// Judgments: TREC qrels ("qid iter docid level", spaces or tabs) or BEIR TSV
// ("query-id<TAB>corpus-id<TAB>score" with its header line). kInvalidArgument
// for a malformed line or a document judged twice for one query.
Result<Qrels> ReadQrels(const std::filesystem::path& file);

// ---- TREC run files ---------------------------------------------------------

// A score as the run file writes it: the shortest text that reads back as the
// same double, so that the file and the in-memory run rank alike.
std::string FormatScore(double score);

// Writes "qid Q0 docid rank score tag" lines, queries in the order given,
// documents in their order in the run (rank 1, 2, ...).
Status WriteRun(const std::filesystem::path& file, const std::vector<std::string>& query_order, const Run& run,
                std::string_view tag);

// ---- Latency ----------------------------------------------------------------

// The nearest-rank percentile (p in (0, 100]) of `values`; 0 when empty.
double Percentile(std::vector<double> values, double p);

// ---- The floor of docs/quality.md -------------------------------------------

// Plain Xapian BM25 with every default, the floor that docs/quality.md compares
// silkdex with: one unprefixed field (title and text), English stemming
// (Xapian's default strategy), no stop words, no synonyms, the query parser's
// default flags and operator (OR), Xapian::BM25Weight's default parameters.
// It is not silkdex's ranking and serves only that report
// (`silkdex eval --baseline xapian-default`).
class XapianDefaultBaseline {
 public:
  // Creates an empty index in `folder` (overwriting one that is there).
  static Result<std::unique_ptr<XapianDefaultBaseline>> Create(const std::filesystem::path& folder);
  ~XapianDefaultBaseline();
  XapianDefaultBaseline(const XapianDefaultBaseline&) = delete;
  XapianDefaultBaseline& operator=(const XapianDefaultBaseline&) = delete;

  Status Add(const CorpusDocument& doc);
  Status Commit();
  // The first `count` documents for `query`, best first.
  Result<std::vector<ScoredDoc>> Search(const std::string& query, size_t count);

 private:
  struct Impl;
  explicit XapianDefaultBaseline(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace silkdex::eval
