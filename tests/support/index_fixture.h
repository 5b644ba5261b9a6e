// An index built in a temporary folder from documents given in the test.
#pragma once

#include <memory>
#include <vector>

#include <gtest/gtest.h>

#include "silkdex/index.h"
#include "silkdex/ingest.h"
#include "silkdex/search.h"
#include "support/test_support.h"

namespace silkdex::testing {

inline Document Doc(std::string id, std::string title, std::string body) {
  Document d;
  d.id = std::move(id);
  d.title = std::move(title);
  d.body = std::move(body);
  return d;
}

class IndexFixture {
 public:
  // Applies the defaults (language "en" unless set) and indexes every document.
  explicit IndexFixture(std::vector<Document> docs) {
    auto writer = IndexWriter::Open(path());
    EXPECT_TRUE(writer.ok()) << writer.status().ToString();
    for (auto& d : docs) {
      if (d.language.empty()) d.language = "en";
      Status s = FinishDocument(&d, d.id);
      EXPECT_TRUE(s.ok()) << s.ToString();
      EXPECT_TRUE((*writer)->Put(d).ok());
    }
    EXPECT_TRUE((*writer)->Commit().ok());
  }
  std::filesystem::path path() const { return dir_ / "index"; }
  std::unique_ptr<Searcher> Open() const {
    auto s = Searcher::Open({path()});
    EXPECT_TRUE(s.ok()) << s.status().ToString();
    return s.ok() ? std::move(s).value() : nullptr;
  }

 private:
  TempDir dir_;
};

// The ids of the hits, in order.
inline std::vector<std::string> Ids(const SearchResponse& r) {
  std::vector<std::string> ids;
  for (const auto& h : r.hits) ids.push_back(h.id);
  return ids;
}

}  // namespace silkdex::testing
