// `silkdex eval` as a person runs it on a tiny BEIR collection whose ranking
// leaves no doubt, so the printed measures are known in advance.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/test_support.h"

namespace silkdex {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;
using testing::ReadFile;
using testing::RunCommand;
using testing::SilkdexBinary;
using testing::TempDir;
using testing::WriteFile;

class EvalCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    WriteFile(dir_ / "c/corpus.jsonl",
              "{\"_id\": \"d1\", \"title\": \"Volcano monitoring\", \"text\": \"Seismic sensors watch the crater.\"}\n"
              "{\"_id\": \"d2\", \"title\": \"Glacier retreat\", \"text\": \"Ice loss in the valley.\"}\n"
              "{\"_id\": \"d3\", \"title\": \"Harbour dredging\", \"text\": \"Silt and shipping lanes.\"}\n");
    WriteFile(dir_ / "c/queries.jsonl",
              "{\"_id\": \"q1\", \"text\": \"volcano\"}\n{\"_id\": \"q2\", \"text\": \"glacier\"}\n"
              "{\"_id\": \"q3\", \"text\": \"harbour\"}\n");
    // q1: d1 relevant, found first. q2: d2 highly relevant (2) and found first, d3 relevant (1)
    // and never found. q3 has no judgments in this split and is not run.
    WriteFile(dir_ / "c/qrels/test.tsv", "query-id\tcorpus-id\tscore\nq1\td1\t1\nq2\td2\t2\nq2\td3\t1\n");
  }
  std::string Args() const {
    return " eval --corpus " + (dir_ / "c/corpus.jsonl").string() + " --queries " + (dir_ / "c/queries.jsonl").string() +
           " --qrels " + (dir_ / "c/qrels").string();
  }
  TempDir dir_;
};

// nDCG@10: q1 1; q2 2/(2 + 1/log2 3) = 0.76019; mean 0.88009. Recall@100, MAP@100 and MAP@1000: (1 + 1/2) / 2.
constexpr char kMeasures[] =
    "nDCG@10     0.8801\n"
    "Recall@100  0.7500\n"
    "MAP@100     0.7500\n"
    "MRR@10      1.0000\n"
    "MAP@1000    0.7500\n";

TEST_F(EvalCliTest, PrintsTrecEvalMeasuresAndWritesTheRun) {
  std::string out, err;
  std::string run = (dir_ / "run.txt").string();
  ASSERT_EQ(RunCommand(SilkdexBinary().string() + Args() + " --run " + run, &out, &err), 0) << err;
  EXPECT_THAT(out, StartsWith("documents   3\n"
                              "queries     2 evaluated of 2 run; 1 without judgments not run\n" +
                              std::string(kMeasures) + "latency     p50 "));
  EXPECT_THAT(err, HasSubstr("indexed 3 documents in "));
  std::string lines = ReadFile(run);
  EXPECT_THAT(lines, StartsWith("q1 Q0 d1 1 "));
  EXPECT_THAT(lines, HasSubstr("\nq2 Q0 d2 1 "));
  EXPECT_THAT(lines, ::testing::EndsWith(" silkdex\n"));
}

TEST_F(EvalCliTest, PlainXapianFloorForTheReport) {
  std::string out, err;
  ASSERT_EQ(RunCommand(SilkdexBinary().string() + Args() + " --baseline xapian-default", &out, &err), 0) << err;
  EXPECT_THAT(out, StartsWith("baseline    xapian-default (plain Xapian BM25; for the report only)\n"
                              "documents   3\n"
                              "queries     2 evaluated of 2 run; 1 without judgments not run\n" +
                              std::string(kMeasures)));
}

TEST_F(EvalCliTest, KeepsTheIndexWhenGivenAndUsesItAgain) {
  std::string out, err;
  std::string data = (dir_ / "data").string();
  ASSERT_EQ(RunCommand(SilkdexBinary().string() + Args() + " --index " + data, &out, &err), 0) << err;
  std::string without_corpus = " eval --queries " + (dir_ / "c/queries.jsonl").string() + " --qrels " +
                               (dir_ / "c/qrels/test.tsv").string() + " --index " + data;
  ASSERT_EQ(RunCommand(SilkdexBinary().string() + without_corpus, &out, &err), 0) << err;
  EXPECT_THAT(out, HasSubstr(kMeasures));
  EXPECT_EQ(err, "");  // nothing indexed this time
}

TEST_F(EvalCliTest, QueriesThatRetrieveNothingAreLeftOutAndCountedOnTheCompleteLine) {
  WriteFile(dir_ / "c/queries.jsonl", "{\"_id\": \"q3\", \"text\": \"harbour\"}\n{\"_id\": \"q4\", \"text\": \"tsunami\"}\n");
  WriteFile(dir_ / "c/qrels/other.tsv", "query-id\tcorpus-id\tscore\nq3\td3\t1\nq4\td1\t1\n");
  std::string out, err;
  ASSERT_EQ(RunCommand(SilkdexBinary().string() + Args() + " --split other", &out, &err), 0) << err;
  EXPECT_THAT(out, HasSubstr("queries     1 evaluated of 2 run (1 retrieved nothing and are left out, as trec_eval does)\n"
                             "nDCG@10     1.0000\n"
                             "Recall@100  1.0000\n"
                             "MAP@100     1.0000\n"
                             "MRR@10      1.0000\n"
                             "MAP@1000    1.0000\n"
                             "all queries nDCG@10 0.5000, Recall@100 0.5000, MAP@100 0.5000, MRR@10 0.5000, "
                             "MAP@1000 0.5000 "
                             "(those that retrieved nothing as 0, trec_eval -c)\n"));
}

TEST_F(EvalCliTest, RefusesWhatItCannotDo) {
  std::string out, err;
  EXPECT_EQ(RunCommand(SilkdexBinary().string() + Args() + " --baseline lucene", &out, &err), 1);
  EXPECT_EQ(err, "silkdex: --baseline: 'lucene' is not xapian-default\n");
  WriteFile(dir_ / "bad.tsv", "q1 d1\n");
  EXPECT_EQ(RunCommand(SilkdexBinary().string() + " eval --corpus " + (dir_ / "c/corpus.jsonl").string() +
                           " --queries " + (dir_ / "c/queries.jsonl").string() + " --qrels " + (dir_ / "bad.tsv").string(),
                       &out, &err),
            1);
  EXPECT_EQ(err, "silkdex: " + (dir_ / "bad.tsv").string() +
                     ":1: expected 'qid iter docid level' (TREC) or 'query-id corpus-id score' (BEIR)\n");
}

}  // namespace
}  // namespace silkdex
