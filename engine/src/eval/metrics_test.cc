// The measures of `silkdex eval` against values worked out by hand from
// trec_eval's definitions, and the collection readers on small files.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>

#include "silkdex/eval.h"
#include "support/test_support.h"

namespace silkdex::eval {
namespace {

using ::testing::ElementsAre;
using silkdex::testing::IsStatus;
using silkdex::testing::ReadFile;
using silkdex::testing::TempDir;
using silkdex::testing::WriteFile;

Measures Measure(const std::vector<ScoredDoc>& run, const std::map<std::string, int>& judged) {
  auto m = EvaluateQuery(run, judged);
  EXPECT_TRUE(m.ok()) << m.status().ToString();
  return m.ok() ? *m : Measures{};
}

// A run of `n` documents d1..dn with falling scores.
std::vector<ScoredDoc> Ranked(int n) {
  std::vector<ScoredDoc> out;
  for (int i = 1; i <= n; ++i) out.push_back({"d" + std::to_string(i), 1000.0 - i});
  return out;
}

TEST(MetricsTest, BinaryJudgments) {
  // Ranks: 1 x (not judged), 2 a (relevant), 3 c (judged not relevant), 4 b (relevant).
  std::vector<ScoredDoc> run = {{"x", 3.0}, {"a", 2.0}, {"c", 1.5}, {"b", 1.0}};
  Measures m = Measure(run, {{"a", 1}, {"b", 1}, {"c", 0}});
  // DCG = 1/log2(3) + 1/log2(5); ideal DCG = 1/log2(2) + 1/log2(3).
  EXPECT_DOUBLE_EQ(m.ndcg_at_10, (1 / std::log2(3.0) + 1 / std::log2(5.0)) / (1 + 1 / std::log2(3.0)));
  EXPECT_NEAR(m.ndcg_at_10, 0.650921, 1e-6);
  EXPECT_DOUBLE_EQ(m.recall_at_100, 1.0);       // both relevant documents retrieved
  EXPECT_DOUBLE_EQ(m.map_at_100, (1.0 / 2 + 2.0 / 4) / 2);  // precision at ranks 2 and 4, over 2 relevant
  EXPECT_DOUBLE_EQ(m.mrr_at_10, 0.5);           // first relevant at rank 2
}

TEST(MetricsTest, GradedJudgmentsAreTheGainsOfNdcgOnly) {
  // a is highly relevant (2), b and c relevant (1), d judged not relevant; c is never retrieved.
  std::vector<ScoredDoc> run = {{"b", 4}, {"a", 3}, {"d", 2}, {"e", 1}};
  Measures m = Measure(run, {{"a", 2}, {"b", 1}, {"c", 1}, {"d", 0}});
  // DCG = 1/log2(2) + 2/log2(3); ideal order a, b, c: 2/log2(2) + 1/log2(3) + 1/log2(4).
  EXPECT_DOUBLE_EQ(m.ndcg_at_10, (1 + 2 / std::log2(3.0)) / (2 + 1 / std::log2(3.0) + 0.5));
  EXPECT_NEAR(m.ndcg_at_10, 0.722424, 1e-6);
  EXPECT_DOUBLE_EQ(m.recall_at_100, 2.0 / 3);  // binary: level >= 1 is relevant
  EXPECT_DOUBLE_EQ(m.map_at_100, (1.0 / 1 + 2.0 / 2) / 3);
  EXPECT_DOUBLE_EQ(m.mrr_at_10, 1.0);
}

TEST(MetricsTest, TiesAreBrokenByDocumentIdDescendingAsTrecEvalDoes) {
  // Whatever the run's order, equal scores rank "b" before "a".
  Measures m = Measure({{"a", 1.0}, {"b", 1.0}}, {{"a", 1}});
  EXPECT_DOUBLE_EQ(m.mrr_at_10, 0.5);
  EXPECT_DOUBLE_EQ(m.ndcg_at_10, 1 / std::log2(3.0));
  // Scores, not the order of the list, decide.
  m = Measure({{"z", 1.0}, {"a", 2.0}}, {{"a", 1}});
  EXPECT_DOUBLE_EQ(m.mrr_at_10, 1.0);
}

TEST(MetricsTest, CutoffsAtTenAndHundred) {
  // The only relevant document at rank 11: outside nDCG@10 and MRR@10, inside Recall@100 and MAP@100.
  Measures m = Measure(Ranked(120), {{"d11", 1}});
  EXPECT_DOUBLE_EQ(m.ndcg_at_10, 0.0);
  EXPECT_DOUBLE_EQ(m.mrr_at_10, 0.0);
  EXPECT_DOUBLE_EQ(m.recall_at_100, 1.0);
  EXPECT_DOUBLE_EQ(m.map_at_100, 1.0 / 11);
  // At rank 10 it still counts for MRR@10 and nDCG@10.
  m = Measure(Ranked(120), {{"d10", 1}});
  EXPECT_DOUBLE_EQ(m.mrr_at_10, 0.1);
  EXPECT_DOUBLE_EQ(m.ndcg_at_10, 1 / std::log2(11.0));
  // At rank 101 nothing counts; a second relevant document never retrieved halves recall and MAP.
  m = Measure(Ranked(120), {{"d101", 1}, {"d100", 1}, {"nowhere", 1}});
  EXPECT_DOUBLE_EQ(m.recall_at_100, 1.0 / 3);
  EXPECT_DOUBLE_EQ(m.map_at_100, (1.0 / 100) / 3);
  // MAP@1000 counts rank 101 too.
  EXPECT_DOUBLE_EQ(m.map_at_1000, (1.0 / 100 + 2.0 / 101) / 3);
}

TEST(MetricsTest, MapAtThousandStopsAtRankThousand) {
  // Relevant at ranks 1, 500 and 1001 of 1200: the last is past the cut, and it
  // still counts among the relevant judged.
  Measures m = Measure(Ranked(1200), {{"d1", 1}, {"d500", 1}, {"d1001", 1}});
  EXPECT_DOUBLE_EQ(m.map_at_1000, (1.0 + 2.0 / 500) / 3);
  EXPECT_DOUBLE_EQ(m.map_at_100, 1.0 / 3);
  // A short list: MAP@100 and MAP@1000 agree.
  m = Measure(Ranked(20), {{"d2", 1}, {"d4", 1}});
  EXPECT_DOUBLE_EQ(m.map_at_100, (1.0 / 2 + 2.0 / 4) / 2);
  EXPECT_DOUBLE_EQ(m.map_at_1000, m.map_at_100);
}

TEST(MetricsTest, IdealRankingUsesEveryJudgedDocumentCutAtTen) {
  // Twelve relevant documents, the first ten retrieved perfectly: nDCG@10 is 1 although two are missing.
  std::map<std::string, int> judged;
  for (int i = 1; i <= 12; ++i) judged["d" + std::to_string(i)] = 1;
  Measures m = Measure(Ranked(10), judged);
  EXPECT_DOUBLE_EQ(m.ndcg_at_10, 1.0);
  EXPECT_DOUBLE_EQ(m.recall_at_100, 10.0 / 12);
  EXPECT_DOUBLE_EQ(m.map_at_100, 10.0 / 12);
}

TEST(MetricsTest, QueryWithoutRelevantDocumentsScoresZero) {
  Measures m = Measure(Ranked(5), {{"d1", 0}, {"d2", 0}});
  EXPECT_DOUBLE_EQ(m.ndcg_at_10, 0.0);
  EXPECT_DOUBLE_EQ(m.recall_at_100, 0.0);
  EXPECT_DOUBLE_EQ(m.map_at_100, 0.0);
  EXPECT_DOUBLE_EQ(m.mrr_at_10, 0.0);
}

TEST(MetricsTest, DocumentRetrievedTwiceIsRefused) {
  EXPECT_THAT(EvaluateQuery({{"a", 2}, {"a", 1}}, {{"a", 1}}).status(),
              IsStatus(StatusCode::kInvalidArgument, "document 'a' is retrieved twice"));
}

TEST(MetricsTest, MeansAreOverQueriesWithJudgmentsAndResults) {
  eval::Run run;
  run["q1"] = {{"a", 2}, {"b", 1}};  // relevant a at rank 1: all measures 1
  run["q2"] = {{"x", 2}, {"c", 1}};  // relevant c at rank 2
  run["q3"] = {};                    // retrieved nothing: left out, as trec_eval does
  run["q5"] = {{"a", 1}};            // no judgments: left out
  Qrels qrels;
  qrels["q1"] = {{"a", 1}};
  qrels["q2"] = {{"c", 1}};
  qrels["q3"] = {{"a", 1}};
  qrels["q4"] = {{"a", 1}};  // not in the run: left out
  auto e = Evaluate(run, qrels);
  ASSERT_TRUE(e.ok()) << e.status().ToString();
  EXPECT_EQ(e->per_query.size(), 2u);
  EXPECT_DOUBLE_EQ(e->mean.mrr_at_10, (1 + 0.5) / 2);
  EXPECT_DOUBLE_EQ(e->mean.ndcg_at_10, (1 + 1 / std::log2(3.0)) / 2);
  EXPECT_DOUBLE_EQ(e->mean.map_at_100, (1 + 0.5) / 2);
  EXPECT_DOUBLE_EQ(e->mean.recall_at_100, 1.0);

  run["q1"].push_back({"a", 0});
  EXPECT_THAT(Evaluate(run, qrels).status(),
              IsStatus(StatusCode::kInvalidArgument, "query 'q1': document 'a' is retrieved twice"));
  EXPECT_THAT(Evaluate(eval::Run{{"q9", {{"a", 1}}}}, qrels).status(),
              IsStatus(StatusCode::kInvalidArgument, "no query has both judgments and retrieved documents"));
}

TEST(MetricsTest, PercentileIsNearestRank) {
  std::vector<double> v = {5, 1, 3, 2, 4};
  EXPECT_DOUBLE_EQ(Percentile(v, 50), 3);
  EXPECT_DOUBLE_EQ(Percentile(v, 20), 1);
  EXPECT_DOUBLE_EQ(Percentile(v, 21), 2);
  EXPECT_DOUBLE_EQ(Percentile(v, 99), 5);
  EXPECT_DOUBLE_EQ(Percentile({}, 99), 0);
  std::vector<double> hundred;
  for (int i = 100; i >= 1; --i) hundred.push_back(i);
  EXPECT_DOUBLE_EQ(Percentile(hundred, 99), 99);
  EXPECT_DOUBLE_EQ(Percentile(hundred, 50), 50);
}

TEST(ReadersTest, CorpusInBeirAnseriniAndTsvForms) {
  TempDir dir;
  WriteFile(dir / "beir.jsonl",
            "{\"_id\": \"d1\", \"title\": \"Flood maps\", \"text\": \"Maps of floods.\", \"metadata\": {}}\n\n"
            "{\"_id\": 42, \"text\": \"No title.\"}\n");
  WriteFile(dir / "anserini.jsonl", "{\"id\": \"CACM-0001\", \"contents\": \"Preliminary report\"}\n");
  WriteFile(dir / "docs.tsv", "MED-10\tstatin breast cancer\r\n");
  std::vector<CorpusDocument> docs;
  auto sink = [&](CorpusDocument&& d) {
    docs.push_back(std::move(d));
    return Status::Ok();
  };
  ASSERT_TRUE(ReadCorpus(dir / "beir.jsonl", sink).ok());
  ASSERT_TRUE(ReadCorpus(dir / "anserini.jsonl", sink).ok());
  ASSERT_TRUE(ReadCorpus(dir / "docs.tsv", sink).ok());
  ASSERT_EQ(docs.size(), 4u);
  EXPECT_EQ(docs[0].id, "d1");
  EXPECT_EQ(docs[0].title, "Flood maps");
  EXPECT_EQ(docs[0].text, "Maps of floods.");
  EXPECT_EQ(docs[1].id, "42");
  EXPECT_EQ(docs[1].title, "");
  EXPECT_EQ(docs[2].id, "CACM-0001");
  EXPECT_EQ(docs[2].text, "Preliminary report");
  EXPECT_EQ(docs[3].id, "MED-10");
  EXPECT_EQ(docs[3].text, "statin breast cancer");
}

TEST(ReadersTest, CorpusErrorsNameFileAndLine) {
  TempDir dir;
  WriteFile(dir / "bad.jsonl", "{\"_id\": \"d1\", \"text\": \"ok\"}\n{\"title\": \"no id\"}\n");
  auto ignore = [](CorpusDocument&&) { return Status::Ok(); };
  EXPECT_THAT(ReadCorpus(dir / "bad.jsonl", ignore),
              IsStatus(StatusCode::kInvalidArgument,
                       (dir / "bad.jsonl").string() + ":2: no \"_id\" (BEIR) or \"id\" (Anserini) string"));
  WriteFile(dir / "bad.txt", "just words\n");
  EXPECT_THAT(ReadCorpus(dir / "bad.txt", ignore),
              IsStatus(StatusCode::kInvalidArgument,
                       (dir / "bad.txt").string() + ":1: expected a JSON object or id<TAB>text"));
  EXPECT_THAT(ReadCorpus(dir / "missing.jsonl", ignore),
              IsStatus(StatusCode::kNotFound, (dir / "missing.jsonl").string() + ": cannot open"));
  // An error of the sink stops reading and says where.
  auto refuse = [](CorpusDocument&& d) { return Status::InvalidArgument("refused " + d.id); };
  EXPECT_THAT(ReadCorpus(dir / "bad.jsonl", refuse),
              IsStatus(StatusCode::kInvalidArgument, (dir / "bad.jsonl").string() + ":1: refused d1"));
}

TEST(ReadersTest, QueriesInJsonlAndTsv) {
  TempDir dir;
  WriteFile(dir / "q.jsonl", "{\"_id\": \"0\", \"text\": \"Statins cause cancer.\", \"metadata\": {}}\n");
  WriteFile(dir / "q.tsv", "query-id\ttext\nPLAIN-2\tDo Cholesterol Statin Drugs Cause Breast Cancer?\n3\tsecond\n");
  auto a = ReadQueries(dir / "q.jsonl");
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  ASSERT_EQ(a->size(), 1u);
  EXPECT_EQ((*a)[0].id, "0");
  EXPECT_EQ((*a)[0].text, "Statins cause cancer.");
  auto b = ReadQueries(dir / "q.tsv");
  ASSERT_TRUE(b.ok()) << b.status().ToString();
  ASSERT_EQ(b->size(), 2u);
  EXPECT_EQ((*b)[0].id, "PLAIN-2");
  EXPECT_EQ((*b)[0].text, "Do Cholesterol Statin Drugs Cause Breast Cancer?");
  EXPECT_EQ((*b)[1].id, "3");
  WriteFile(dir / "dup.tsv", "1\ta\n1\tb\n");
  EXPECT_THAT(ReadQueries(dir / "dup.tsv").status(),
              IsStatus(StatusCode::kInvalidArgument, (dir / "dup.tsv").string() + ":2: query '1' appears twice"));
}

TEST(ReadersTest, QrelsInTrecAndBeirForms) {
  TempDir dir;
  WriteFile(dir / "qrels.trec", "1 0 CACM-1410 1\n1\t0\tCACM-1572\t2\n2 Q0 d9 0\n");
  WriteFile(dir / "test.tsv", "query-id\tcorpus-id\tscore\n0\t31715818\t1\n");
  auto trec = ReadQrels(dir / "qrels.trec");
  ASSERT_TRUE(trec.ok()) << trec.status().ToString();
  EXPECT_EQ(trec->size(), 2u);
  EXPECT_EQ((*trec)["1"]["CACM-1410"], 1);
  EXPECT_EQ((*trec)["1"]["CACM-1572"], 2);
  EXPECT_EQ((*trec)["2"]["d9"], 0);
  auto beir = ReadQrels(dir / "test.tsv");
  ASSERT_TRUE(beir.ok()) << beir.status().ToString();
  EXPECT_EQ((*beir)["0"]["31715818"], 1);
  WriteFile(dir / "bad.trec", "1 0 d1 yes\n");
  EXPECT_THAT(ReadQrels(dir / "bad.trec").status(),
              IsStatus(StatusCode::kInvalidArgument, (dir / "bad.trec").string() + ":1: relevance level 'yes' is not an integer"));
  WriteFile(dir / "twice.trec", "1 0 d1 1\n1 0 d1 0\n");
  EXPECT_THAT(ReadQrels(dir / "twice.trec").status(),
              IsStatus(StatusCode::kInvalidArgument,
                       (dir / "twice.trec").string() + ":2: document 'd1' is judged twice for query '1'"));
}

TEST(RunFileTest, WritesTrecLinesWithScoresThatReadBackExactly) {
  TempDir dir;
  eval::Run run;
  run["2"] = {{"d7", 12.5}, {"d3", 0.1}};
  run["1"] = {{"d1", 1.0 / 3}};
  ASSERT_TRUE(WriteRun(dir / "run.txt", {"2", "1", "absent"}, run, "silkdex").ok());
  EXPECT_EQ(ReadFile(dir / "run.txt"),
            "2 Q0 d7 1 12.5 silkdex\n"
            "2 Q0 d3 2 0.1 silkdex\n"
            "1 Q0 d1 1 0.3333333333333333 silkdex\n");
  EXPECT_EQ(std::stod(FormatScore(1.0 / 3)), 1.0 / 3);
}

TEST(XapianDefaultBaselineTest, RanksWithPlainBm25) {
  TempDir dir;
  auto base = XapianDefaultBaseline::Create(dir / "floor");
  ASSERT_TRUE(base.ok()) << base.status().ToString();
  ASSERT_TRUE((*base)->Add({"a", "Flood maps", "Maps of the flooded districts."}).ok());
  ASSERT_TRUE((*base)->Add({"b", "Cyclone shelters", "Shelters for cyclone seasons, and a flood note."}).ok());
  ASSERT_TRUE((*base)->Add({"c", "Budgets", "Nothing about water."}).ok());
  ASSERT_TRUE((*base)->Commit().ok());
  auto hits = (*base)->Search("flooding maps", 10);  // stems: flood, map
  ASSERT_TRUE(hits.ok()) << hits.status().ToString();
  std::vector<std::string> ids;
  for (const auto& h : *hits) ids.push_back(h.doc_id);
  EXPECT_THAT(ids, ElementsAre("a", "b"));
}

}  // namespace
}  // namespace silkdex::eval
