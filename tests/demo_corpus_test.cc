// The bundled demo corpus (examples/corpus) indexed end to end: it is clean,
// covers what the README promises, and the known queries of
// examples/corpus-queries.tsv find their documents in the top 3.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

#include "silkdex/index.h"
#include "silkdex/ingest.h"
#include "silkdex/search.h"
#include "support/test_support.h"

namespace silkdex {
namespace {

using testing::DemoCorpus;
using testing::TempDir;

struct KnownQuery {
  std::string query;
  std::vector<std::string> ids;
  std::string segment;  // "HH:MM:SS" when the answer is a moment of a transcript
  int line = 0;
};

std::vector<KnownQuery> LoadKnownQueries() {
  std::ifstream in(DemoCorpus().parent_path() / "corpus-queries.tsv");
  std::vector<KnownQuery> out;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream cols(line);
    KnownQuery q;
    std::string ids, note;
    std::getline(cols, q.query, '\t');
    std::getline(cols, ids, '\t');
    std::getline(cols, note);
    std::istringstream list(ids);
    for (std::string id; std::getline(list, id, ',');) q.ids.push_back(id);
    if (auto at = note.find("segment="); at != std::string::npos) q.segment = note.substr(at + 8, 8);
    q.line = n;
    out.push_back(q);
  }
  return out;
}

class DemoCorpusTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir;
    auto files = ListFolder(DemoCorpus());
    ASSERT_TRUE(files.ok()) << files.status().ToString();
    auto writer = IndexWriter::Open(dir_->path() / "index");
    ASSERT_TRUE(writer.ok()) << writer.status().ToString();
    for (const auto& f : *files) {
      FileIngest r = IngestFile(f, DemoCorpus());
      if (r.skipped) continue;
      for (const auto& p : r.problems) problems_.push_back(p.ToString());
      formats_.insert(f.extension().string());
      for (const auto& d : r.documents) {
        ASSERT_TRUE((*writer)->Put(d).ok());
        docs_.push_back(d);
      }
    }
    ASSERT_TRUE((*writer)->Commit().ok());
  }
  static void TearDownTestSuite() {
    delete dir_;
    docs_.clear();
    problems_.clear();
    formats_.clear();
  }

  static TempDir* dir_;
  static std::vector<Document> docs_;
  static std::vector<std::string> problems_;
  static std::set<std::string> formats_;
};

TempDir* DemoCorpusTest::dir_ = nullptr;
std::vector<Document> DemoCorpusTest::docs_;
std::vector<std::string> DemoCorpusTest::problems_;
std::set<std::string> DemoCorpusTest::formats_;

TEST_F(DemoCorpusTest, IndexesCleanly) {
  EXPECT_THAT(problems_, ::testing::IsEmpty());
  EXPECT_GE(docs_.size(), 60u);
}

TEST_F(DemoCorpusTest, CoversEveryFormatThemeAndTheMainLanguages) {
  for (const char* ext : {".json", ".ndjson", ".md", ".html", ".txt", ".vtt", ".srt", ".pdf"})
    EXPECT_TRUE(formats_.count(ext)) << ext;
  std::map<std::string, int> themes, languages, types;
  for (const auto& d : docs_) {
    for (const auto& t : d.themes) ++themes[t];
    ++languages[d.language];
    ++types[d.type];
  }
  for (auto t : ThemeIds()) EXPECT_GE(themes[std::string(t)], 3) << t;
  for (const char* lang : {"en", "es", "zh"}) EXPECT_GE(languages[lang], 2) << lang;
  EXPECT_GE(types["webinar_transcript"], 3);
  int pdfs = 0;
  for (const auto& d : docs_) pdfs += d.source.ends_with(".pdf");
  EXPECT_GE(pdfs, 2);
}

TEST_F(DemoCorpusTest, KnownQueriesFindTheirDocumentsInTheTop3) {
  auto searcher = Searcher::Open({dir_->path() / "index"});
  ASSERT_TRUE(searcher.ok());
  auto known = LoadKnownQueries();
  ASSERT_GE(known.size(), 20u);
  for (const auto& q : known) {
    SearchRequest req;
    req.query = q.query;
    req.per_page = 3;
    auto r = (*searcher)->Search(req);
    ASSERT_TRUE(r.ok()) << q.query << ": " << r.status().ToString();
    std::vector<std::string> top;
    for (const auto& h : r->hits) top.push_back(h.id);
    for (const auto& id : q.ids) {
      EXPECT_THAT(top, ::testing::Contains(id)) << "corpus-queries.tsv line " << q.line << ": " << q.query;
      if (q.segment.empty()) continue;
      for (const auto& h : r->hits) {
        if (h.id != id) continue;
        ASSERT_TRUE(h.segment.has_value()) << q.query;
        EXPECT_EQ(FormatTimestamp(h.segment->start_ms, false), q.segment) << q.query;
      }
    }
  }
}

}  // namespace
}  // namespace silkdex
