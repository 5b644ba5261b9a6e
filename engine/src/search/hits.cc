#include "search/hits.h"

#include <cmath>
#include <set>

namespace silkdex::search {
namespace {

constexpr size_t kSnippetLength = 240;
constexpr size_t kSnippetScanBytes = 64 * 1024;

unsigned SnippetFlags() {
  // Not SNIPPET_EXHAUSTIVE: the first good passage is enough, and much cheaper on long texts.
  return Xapian::MSet::SNIPPET_CJK_NGRAM;
}

// Words remembered per language before the memo starts again: bounded memory.
constexpr size_t kMemoWords = 50000;

class MemoisedStem : public Xapian::StemImplementation {
 public:
  explicit MemoisedStem(Xapian::Stem stem) : stem_(std::move(stem)) {}
  std::string operator()(const std::string& word) override {
    if (auto it = memo_.find(word); it != memo_.end()) return it->second;
    if (memo_.size() >= kMemoWords) memo_.clear();
    return memo_.emplace(word, stem_(word)).first->second;
  }
  std::string get_description() const override { return stem_.get_description(); }

 private:
  Xapian::Stem stem_;
  std::unordered_map<std::string, std::string> memo_;
};

}  // namespace

const Xapian::Stem& StemMemo::For(const Xapian::Stem& stem) {
  if (stem.is_none()) return stem;  // Xapian treats "none" apart: keep it as is
  std::string description = stem.get_description();
  auto it = by_description_.find(description);
  if (it == by_description_.end())
    it = by_description_.emplace(description, Xapian::Stem(new MemoisedStem(stem))).first;
  return it->second;
}

std::optional<size_t> BestSegment(const Document& doc, const Xapian::Query& query, const Xapian::Stem& stemmer,
                                  const Xapian::Database& db) {
  std::set<std::string> wanted(query.get_unique_terms_begin(), query.get_unique_terms_end());
  if (wanted.empty() || doc.segments.empty()) return std::nullopt;
  const double n = std::max<double>(1, db.get_doccount());
  Xapian::TermGenerator tg;
  tg.set_stemmer(stemmer);
  tg.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
  tg.set_flags(Xapian::TermGenerator::FLAG_CJK_NGRAM);
  std::optional<size_t> best;
  double best_score = 0;
  for (size_t i = 0; i < doc.segments.size(); ++i) {
    Xapian::Document scratch;
    tg.set_document(scratch);
    tg.index_text_without_positions(doc.segments[i].text);
    double score = 0;
    for (auto t = scratch.termlist_begin(); t != scratch.termlist_end(); ++t) {
      if (!wanted.count(*t)) continue;
      double df = std::max<double>(1, db.get_termfreq(*t));
      score += std::log(1 + n / df);
    }
    if (score > best_score) {
      best_score = score;
      best = i;
    }
  }
  return best;
}

Hit MakeHit(const Document& doc, const Xapian::MSetIterator& it, const Xapian::MSet& mset,
            const Xapian::Query& query, const Xapian::Stem& stemmer, const Xapian::Database& db) {
  Hit hit;
  hit.id = doc.id;
  hit.title = doc.title;
  hit.type = doc.type;
  hit.date = doc.date;
  hit.language = doc.language;
  hit.status = doc.status;
  hit.score = it.get_weight();
  hit.themes = doc.themes;
  hit.cities = doc.cities;
  hit.countries = doc.countries;
  std::string text;
  if (auto seg = BestSegment(doc, query, stemmer, db)) {
    const Segment& s = doc.segments[*seg];
    hit.segment = SegmentHit{s.start_ms, s.end_ms, s.speaker};
    text = s.text;
  } else {
    text = doc.summary.empty() ? doc.body : doc.summary + "\n" + doc.body;
    if (text.empty() && !doc.segments.empty()) text = doc.segments.front().text;
  }
  // Snippets look at the first 64 KiB: enough to find a passage, bounded for huge documents.
  if (text.size() > kSnippetScanBytes) {
    size_t cut = kSnippetScanBytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text.resize(cut);
  }
  hit.snippet = mset.snippet(text, kSnippetLength, stemmer, SnippetFlags(), "<mark>", "</mark>", "…");
  // One line: the passage's line breaks and indentation mean nothing in a result list.
  std::string flat;
  for (char c : hit.snippet) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space && (flat.empty() || flat.back() == ' ')) continue;
    flat += space ? ' ' : c;
  }
  hit.snippet = std::move(flat);
  // CJK n-grams are marked one by one; "<mark>敦</mark><mark>煌</mark>" reads better as one mark.
  for (size_t at = hit.snippet.find("</mark><mark>"); at != std::string::npos; at = hit.snippet.find("</mark><mark>", at))
    hit.snippet.erase(at, 13);
  return hit;
}

}  // namespace silkdex::search
