// Ranking quality on silkdex's own demo corpus: the 50 questions of
// examples/demo-eval/queries.tsv (misspellings, phrases, filters, five other
// languages, moments of webinar transcripts) with the graded judgments of
// examples/demo-eval/qrels.trec. nDCG@10 may not fall more than 0.02 below the
// value recorded here and in docs/quality.md; when ranking gets better, record
// the new value in both places.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "silkdex/eval.h"
#include "silkdex/index.h"
#include "silkdex/ingest.h"
#include "silkdex/search.h"
#include "support/test_support.h"

namespace silkdex {
namespace {

using testing::DemoCorpus;
using testing::TempDir;

constexpr double kRecordedNdcgAt10 = 0.8534;  // docs/quality.md, "silkdex's own corpus"
constexpr double kAllowedDrop = 0.02;

struct DemoQuery {
  std::string id, text;
  std::map<std::string, std::vector<std::string>> filters;
};

std::vector<DemoQuery> LoadQueries(const std::filesystem::path& file) {
  std::vector<DemoQuery> out;
  std::ifstream in(file);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream cols(line);
    DemoQuery q;
    std::string filters;
    std::getline(cols, q.id, '\t');
    std::getline(cols, q.text, '\t');
    std::getline(cols, filters);
    std::istringstream list(filters);
    for (std::string f; std::getline(list, f, ',');) {
      size_t eq = f.find('=');
      if (eq != std::string::npos) q.filters[f.substr(0, eq)].push_back(f.substr(eq + 1));
    }
    out.push_back(std::move(q));
  }
  return out;
}

TEST(DemoQualityTest, NdcgAt10HoldsOnTheDemoQuestions) {
  TempDir dir;
  {
    auto files = ListFolder(DemoCorpus());
    ASSERT_TRUE(files.ok()) << files.status().ToString();
    auto writer = IndexWriter::Open(dir.path() / "index");
    ASSERT_TRUE(writer.ok()) << writer.status().ToString();
    for (const auto& f : *files)
      for (const auto& d : IngestFile(f, DemoCorpus()).documents) ASSERT_TRUE((*writer)->Put(d).ok());
    ASSERT_TRUE((*writer)->Commit().ok());
  }
  auto searcher = Searcher::Open({dir.path() / "index"});
  ASSERT_TRUE(searcher.ok()) << searcher.status().ToString();
  std::filesystem::path eval_dir = DemoCorpus().parent_path() / "demo-eval";
  auto qrels = eval::ReadQrels(eval_dir / "qrels.trec");
  ASSERT_TRUE(qrels.ok()) << qrels.status().ToString();
  auto queries = LoadQueries(eval_dir / "queries.tsv");
  ASSERT_EQ(queries.size(), 50u);

  eval::Run run;
  for (const auto& q : queries) {
    ASSERT_TRUE(qrels->count(q.id)) << q.id << " has no judgments";
    SearchRequest req;
    req.query = q.text;
    req.filters = q.filters;
    req.per_page = 100;
    req.facets = {};
    auto r = (*searcher)->Search(req);
    ASSERT_TRUE(r.ok()) << q.id << ": " << r.status().ToString();
    auto& ranked = run[q.id];
    for (const auto& h : r->hits) ranked.push_back({h.id, h.score});
    // Queries that find nothing count as 0 here (trec_eval -c): every question is asked.
    if (ranked.empty()) ranked.push_back({"(nothing)", 0});
  }
  auto e = eval::Evaluate(run, *qrels);
  ASSERT_TRUE(e.ok()) << e.status().ToString();
  ASSERT_EQ(e->per_query.size(), 50u);
  for (const auto& [id, m] : e->per_query) std::printf("%s nDCG@10 %.4f\n", id.c_str(), m.ndcg_at_10);
  std::printf("demo corpus: nDCG@10 %.4f, Recall@100 %.4f, MAP@100 %.4f, MRR@10 %.4f\n", e->mean.ndcg_at_10,
              e->mean.recall_at_100, e->mean.map_at_100, e->mean.mrr_at_10);
  EXPECT_GE(e->mean.ndcg_at_10, kRecordedNdcgAt10 - kAllowedDrop)
      << "nDCG@10 on the demo questions fell from " << kRecordedNdcgAt10;
}

}  // namespace
}  // namespace silkdex
