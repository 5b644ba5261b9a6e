// `silkdex eval`: ranking quality on a test collection (docs/quality.md).
//
// Indexes a BEIR-format collection through the engine (IndexWriter, the same
// definitions and defaults as `silkdex index`) into a temporary index or the
// data folder given, runs every judged query through Searcher with the
// defaults of `silkdex search` (100 results, no facets), writes a TREC run
// file and prints nDCG@10, Recall@100, MAP@100, MRR@10 (as trec_eval computes
// them) and the latency of Searcher::Search (p50, p99).
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace silkdex::cli {

struct EvalCommand {
  std::vector<std::string> corpus;  // --corpus FILE...: BEIR/Anserini JSONL or id<TAB>text
  std::string queries;              // --queries FILE: BEIR JSONL or id<TAB>text
  std::string qrels;                // --qrels FILE (TREC or BEIR TSV), or a BEIR qrels/ folder
  std::string split = "test";       // --split NAME: qrels/NAME.tsv when --qrels is a folder
  std::string run;                  // --run OUT: the TREC run file
  std::string data;                 // --index PATH: data folder to index into (or to use as it is
                                    // when no --corpus is given); empty: a temporary one
  std::string language;             // --language CODE for documents and queries; empty: detected
  std::string definitions;          // --definitions DIR instead of the built-in indexes/default
  std::string baseline;             // --baseline xapian-default: the report's floor, not silkdex
  bool per_query = false;           // --per-query: one line of measures per query
};

// Exit status 0 on success, 1 on any error (printed on `err`).
int RunEval(const EvalCommand& cmd, std::ostream& out, std::ostream& err);

}  // namespace silkdex::cli
