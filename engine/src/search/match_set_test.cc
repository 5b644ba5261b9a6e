#include "search/match_set.h"

#include <random>
#include <set>

#include <gtest/gtest.h>

#include "support/test_support.h"

namespace silkdex::search {
namespace {

using Q = Xapian::Query;

// Words with very different frequencies, so that intersections take both the
// walking and the jumping path.
const std::vector<std::string> kWords = {"common", "often", "some", "few", "rare", "absent"};

class MatchSetTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Xapian::WritableDatabase w((dir_ / "index").string(), Xapian::DB_CREATE_OR_OVERWRITE);
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> coin(0, 1);
    const double chance[] = {0.9, 0.5, 0.2, 0.05, 0.01, 0};
    for (int i = 0; i < 3000; ++i) {
      Xapian::Document d;
      for (size_t k = 0; k < kWords.size(); ++k)
        if (coin(rng) < chance[k]) d.add_posting(kWords[k], 1);
      d.add_boolean_term(i % 3 ? "Tnews" : "Tpublication");
      w.add_document(d);
    }
    for (Xapian::docid did = 5; did < 3000; did += 17) w.delete_document(did);  // ids with holes
    w.commit();
    db_ = Xapian::Database((dir_ / "index").string());
  }

  std::set<Xapian::docid> ByEnquire(const Q& q) const {
    Xapian::Enquire e(db_);
    e.set_weighting_scheme(Xapian::BoolWeight());
    e.set_query(q);
    std::set<Xapian::docid> out;
    Xapian::MSet m = e.get_mset(0, db_.get_doccount());
    for (auto it = m.begin(); it != m.end(); ++it) out.insert(*it);
    return out;
  }

  std::set<Xapian::docid> BySet(const Q& q) const {
    auto docs = MatchingDocs(db_, q);
    EXPECT_TRUE(docs.has_value()) << q.get_description();
    std::set<Xapian::docid> out;
    if (docs) {
      docs->ForEach([&](Xapian::docid did) { out.insert(did); });
      EXPECT_EQ(docs->Count(), out.size());
    }
    return out;
  }

  Q Random(std::mt19937& rng, int depth) const {
    std::uniform_int_distribution<int> pick(0, depth > 0 ? 13 : 2);
    int kind = pick(rng);
    auto sub = [&] { return Random(rng, depth - 1); };
    switch (kind) {
      case 0:
      case 1:
        return Q(kWords[std::uniform_int_distribution<size_t>(0, kWords.size() - 1)(rng)]);
      case 2:
        return Q(rng() % 2 ? "Tnews" : "Tpublication");
      case 3: return Q(Q::OP_OR, sub(), sub());
      case 4: return Q(Q::OP_AND, sub(), sub());
      case 5: return Q(Q::OP_AND_NOT, sub(), sub());
      case 6: return Q(Q::OP_FILTER, sub(), sub());
      case 7: return Q(Q::OP_XOR, sub(), sub());
      case 8: return Q(Q::OP_AND_MAYBE, sub(), sub());
      case 9: return Q(Q::OP_SCALE_WEIGHT, sub(), rng() % 2 ? 0.0 : 0.2);
      case 10: return Q(Q::OP_SYNONYM, sub(), sub());
      case 11: return Q(Q::OP_MAX, sub(), sub());
      case 12: {
        std::vector<Q> three{sub(), sub(), sub()};
        return Q(Q::OP_AND, three.begin(), three.end());
      }
      default: return rng() % 2 ? Q::MatchAll : Q(Q::OP_FILTER, Q::MatchAll, sub());
    }
  }

  testing::TempDir dir_;
  Xapian::Database db_;
};

TEST_F(MatchSetTest, MatchesWhatEnquireMatchesForEveryOperator) {
  std::mt19937 rng(42);
  int nonempty = 0;
  for (int i = 0; i < 400; ++i) {
    Q q = Random(rng, 3);
    auto want = ByEnquire(q);
    nonempty += !want.empty();
    ASSERT_EQ(BySet(q), want) << q.get_description();
  }
  EXPECT_GT(nonempty, 200);  // the queries were not mostly empty
}

TEST_F(MatchSetTest, ARareWordAgainstACommonOneJumpsAndStillAgrees) {
  for (const auto& [a, b] : {std::pair{"rare", "common"}, {"few", "often"}, {"common", "absent"}}) {
    Q both(Q::OP_AND, Q(a), Q(b));
    EXPECT_EQ(BySet(both), ByEnquire(both)) << a << " " << b;
    Q filtered(Q::OP_FILTER, Q(Q::OP_OR, Q(a), Q(b)), Q("Tpublication"));
    EXPECT_EQ(BySet(filtered), ByEnquire(filtered)) << a << " " << b;
  }
}

TEST_F(MatchSetTest, EverythingAndNothing) {
  EXPECT_EQ(BySet(Q::MatchAll).size(), db_.get_doccount());
  EXPECT_TRUE(BySet(Q()).empty());
  EXPECT_TRUE(BySet(Q::MatchNothing).empty());
  EXPECT_TRUE(BySet(Q("absent")).empty());
}

TEST_F(MatchSetTest, OperatorsThatNeedPositionsValuesOrExpansionAreLeftToEnquire) {
  Q phrase(Q::OP_PHRASE, Q("common"), Q("often"));
  EXPECT_FALSE(MatchingDocs(db_, phrase).has_value());
  EXPECT_FALSE(MatchingDocs(db_, Q(Q::OP_OR, Q("rare"), Q(Q::OP_NEAR, Q("few"), Q("some")))).has_value());
  EXPECT_FALSE(MatchingDocs(db_, Q(Q::OP_VALUE_RANGE, 0, "a", "b")).has_value());
  EXPECT_FALSE(MatchingDocs(db_, Q(Q::OP_WILDCARD, "com")).has_value());
  EXPECT_FALSE(MatchingDocs(db_, Q(Q::OP_AND, Q("common"), Q(Q::OP_ELITE_SET, Q("few"), Q("rare")))).has_value());
}

}  // namespace
}  // namespace silkdex::search
