#include "search/match_set.h"

#include <algorithm>

namespace silkdex::search {

uint64_t DocSet::Count() const {
  uint64_t n = 0;
  for (uint64_t w : words_) n += static_cast<uint64_t>(std::popcount(w));
  return n;
}

void DocSet::Union(const DocSet& other) {
  for (size_t i = 0; i < words_.size(); ++i) words_[i] |= other.words_[i];
}

void DocSet::Subtract(const DocSet& other) {
  for (size_t i = 0; i < words_.size(); ++i) words_[i] &= ~other.words_[i];
}

void DocSet::SymmetricDifference(const DocSet& other) {
  for (size_t i = 0; i < words_.size(); ++i) words_[i] ^= other.words_[i];
}

namespace {

using Q = Xapian::Query;

// Walking a posting list costs about as much per posting as one skip_to costs
// per candidate of a smaller set times this.
constexpr double kSkipCost = 8;

class Evaluator {
 public:
  explicit Evaluator(const Xapian::Database& db) : db_(db), last_(db.get_lastdocid()) {}

  // The matches of `q`, only those in `within` when given.
  std::optional<DocSet> Eval(const Q& q, const DocSet* within) {
    switch (q.get_type()) {
      case Q::LEAF_TERM:
        return Term(*q.get_terms_begin(), within);
      case Q::LEAF_MATCH_ALL:
        return within ? *within : All();
      case Q::LEAF_MATCH_NOTHING:
        return DocSet(last_);
      case Q::OP_OR:
      case Q::OP_SYNONYM:
      case Q::OP_MAX:
        return Union(q, within);
      case Q::OP_AND:
      case Q::OP_FILTER:
        return Intersection(q, within);
      case Q::OP_AND_NOT: {
        auto left = Eval(q.get_subquery(0), within);
        for (size_t i = 1; left && i < q.get_num_subqueries(); ++i) {
          auto right = Eval(q.get_subquery(i), &*left);
          if (!right) return std::nullopt;
          left->Subtract(*right);
        }
        return left;
      }
      case Q::OP_XOR: {
        auto out = Eval(q.get_subquery(0), within);
        for (size_t i = 1; out && i < q.get_num_subqueries(); ++i) {
          auto next = Eval(q.get_subquery(i), within);
          if (!next) return std::nullopt;
          out->SymmetricDifference(*next);
        }
        return out;
      }
      case Q::OP_AND_MAYBE:     // matches what its first subquery matches
      case Q::OP_SCALE_WEIGHT:  // any factor, 0 included, keeps the matches
        return Eval(q.get_subquery(0), within);
      default:  // positions (phrase, near), values, wildcards, elite sets, posting sources
        return std::nullopt;
    }
  }

 private:
  // An upper bound of the matches, to intersect the smallest part first.
  double Estimate(const Q& q) const {
    switch (q.get_type()) {
      case Q::LEAF_TERM:
        return db_.get_termfreq(*q.get_terms_begin());
      case Q::LEAF_MATCH_NOTHING:
        return 0;
      case Q::OP_AND:
      case Q::OP_FILTER: {
        double least = db_.get_doccount();
        for (size_t i = 0; i < q.get_num_subqueries(); ++i) least = std::min(least, Estimate(q.get_subquery(i)));
        return least;
      }
      case Q::OP_OR:
      case Q::OP_SYNONYM:
      case Q::OP_MAX:
      case Q::OP_XOR: {
        double sum = 0;
        for (size_t i = 0; i < q.get_num_subqueries(); ++i) sum += Estimate(q.get_subquery(i));
        return std::min(sum, static_cast<double>(db_.get_doccount()));
      }
      case Q::OP_AND_NOT:
      case Q::OP_AND_MAYBE:
      case Q::OP_SCALE_WEIGHT:
        return Estimate(q.get_subquery(0));
      default:
        return db_.get_doccount();
    }
  }

  DocSet All() const {
    DocSet out(last_);
    if (db_.get_doccount() == last_) {  // no deleted ids: every id is a document
      for (Xapian::docid d = 1; d <= last_; ++d) out.Add(d);
      return out;
    }
    for (auto p = db_.postlist_begin(""); p != db_.postlist_end(""); ++p) out.Add(*p);
    return out;
  }

  DocSet Term(const std::string& term, const DocSet* within) const {
    DocSet out(last_);
    auto end = db_.postlist_end(term);
    if (within && db_.get_termfreq(term) > kSkipCost * static_cast<double>(within->Count())) {
      // A long list against a few candidates: jump to each.
      Xapian::PostingIterator p = db_.postlist_begin(term);
      within->ForEach([&](Xapian::docid did) {
        if (p == end) return;
        p.skip_to(did);
        if (p != end && *p == did) out.Add(did);
      });
      return out;
    }
    for (auto p = db_.postlist_begin(term); p != end; ++p)
      if (!within || within->Has(*p)) out.Add(*p);
    return out;
  }

  std::optional<DocSet> Union(const Q& q, const DocSet* within) {
    DocSet out(last_);
    for (size_t i = 0; i < q.get_num_subqueries(); ++i) {
      auto part = Eval(q.get_subquery(i), within);
      if (!part) return std::nullopt;
      out.Union(*part);
    }
    return out;
  }

  std::optional<DocSet> Intersection(const Q& q, const DocSet* within) {
    std::vector<std::pair<double, Q>> parts;
    for (size_t i = 0; i < q.get_num_subqueries(); ++i) {
      Q sub = q.get_subquery(i);
      parts.emplace_back(Estimate(sub), sub);
    }
    std::stable_sort(parts.begin(), parts.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::optional<DocSet> out;
    for (const auto& part : parts) {
      auto next = Eval(part.second, out ? &*out : within);
      if (!next) return std::nullopt;
      out = std::move(next);
    }
    if (!out) return within ? *within : All();
    return out;
  }

  const Xapian::Database& db_;
  Xapian::docid last_;
};

}  // namespace

bool UsesPositions(const Xapian::Query& query) {
  if (query.get_type() == Q::OP_PHRASE || query.get_type() == Q::OP_NEAR) return true;
  for (size_t i = 0; i < query.get_num_subqueries(); ++i)
    if (UsesPositions(query.get_subquery(i))) return true;
  return false;
}

std::optional<DocSet> MatchingDocs(const Xapian::Database& db, const Xapian::Query& query) {
  if (query.empty()) return DocSet(db.get_lastdocid());
  return Evaluator(db).Eval(query, nullptr);
}

}  // namespace silkdex::search
