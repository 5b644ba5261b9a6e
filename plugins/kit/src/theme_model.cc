#include "silkdex/kit/theme_model.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <stdexcept>
#include <utility>

#include "silkdex/kit/text.h"

namespace silkdex::kit {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

bool IsSentenceEnd(std::string_view s, size_t i) {
  // s[i] is the first byte of a code point.
  char c = s[i];
  if (c == '.' || c == '!' || c == '?') {
    return i + 1 >= s.size() || s[i + 1] == ' ' || s[i + 1] == '\n' || s[i + 1] == '"' || s[i + 1] == ')';
  }
  if (c == '\n') return i + 1 < s.size() && (s[i + 1] == '\n' || s[i + 1] == '-' || s[i + 1] == '*' || s[i + 1] == '#');
  if (static_cast<unsigned char>(c) == 0xE3 && s.compare(i, 3, "\xE3\x80\x82") == 0) return true;  // 。
  if (static_cast<unsigned char>(c) == 0xEF &&
      (s.compare(i, 3, "\xEF\xBC\x81") == 0 || s.compare(i, 3, "\xEF\xBC\x9F") == 0))
    return true;  // ！？
  return false;
}

// The sentences of a text: where each begins (a sentence ends before the next begins).
struct Sentences {
  std::vector<uint32_t> starts;
  int count_after(size_t from) const {  // sentences that begin at or after `from`
    return static_cast<int>(starts.end() - std::lower_bound(starts.begin(), starts.end(), static_cast<uint32_t>(from)));
  }
  size_t index_of(size_t pos) const {
    return static_cast<size_t>(std::upper_bound(starts.begin(), starts.end(), static_cast<uint32_t>(pos)) -
                               starts.begin()) -
           1;
  }
  size_t begin(size_t k) const { return starts[k]; }
  size_t end(size_t k, size_t size) const { return k + 1 < starts.size() ? starts[k + 1] : size; }
};

Sentences SplitSentences(std::string_view s) {
  Sentences out;
  out.starts.push_back(0);
  bool text_since = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    // Only '.', '!', '?', a line break and the first byte of a Chinese sign can end a sentence.
    if (c != '.' && c != '!' && c != '?' && c != '\n' && c != '\xE3' && c != '\xEF') {
      if (!text_since && !IsSpace(c)) text_since = true;
      continue;
    }
    if (IsSentenceEnd(s, i)) {
      if (text_since) out.starts.push_back(static_cast<uint32_t>(i + 1));
      text_since = false;
    } else if (!IsSpace(s[i])) {
      text_since = true;
    }
  }
  return out;
}

// List separators: a comma-like sign, or a conjunction.
constexpr std::string_view kCommas[] = {",", ";", "\xE3\x80\x81" /* 、 */, "\xEF\xBC\x8C" /* ， */,
                                        "\xEF\xBC\x9B" /* ； */};
constexpr std::string_view kConjunctions[] = {"and", "or", "y", "e", "et", "ou", "и", "или"};
constexpr std::string_view kCjkConjunctions[] = {"以及", "和", "与", "及", "或"};

bool IsConjunction(std::string_view word) {
  if (word.empty() || word.size() > 6) return false;
  char buffer[8];
  for (size_t i = 0; i < word.size(); ++i) buffer[i] = word[i] >= 'A' && word[i] <= 'Z' ? static_cast<char>(word[i] + 32) : word[i];
  std::string_view lower(buffer, word.size());
  return std::find(std::begin(kConjunctions), std::end(kConjunctions), lower) != std::end(kConjunctions);
}

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The length of a comma-like sign ending at / starting at `k`, or 0.
size_t CommaEndingAt(std::string_view s, size_t lo, size_t k) {
  if (k <= lo) return 0;
  if (s[k - 1] == ',' || s[k - 1] == ';') return 1;
  if (!IsContinuation(s[k - 1]) || k < lo + 3) return 0;
  for (auto c : kCommas) {
    if (c.size() == 3 && s.compare(k - 3, 3, c) == 0) return 3;
  }
  return 0;
}

size_t CommaStartingAt(std::string_view s, size_t k) {
  if (k >= s.size()) return 0;
  if (s[k] == ',' || s[k] == ';') return 1;
  if (static_cast<unsigned char>(s[k]) < 0xE0) return 0;
  for (auto c : kCommas) {
    if (c.size() == 3 && s.compare(k, 3, c) == 0) return 3;
  }
  return 0;
}

// A Chinese conjunction ending at / starting at `k`?
bool CjkConjunctionEndingAt(std::string_view s, size_t lo, size_t k) {
  if (k < lo + 3 || !IsContinuation(s[k - 1])) return false;
  for (auto c : kCjkConjunctions) {
    if (k >= lo + c.size() && s.compare(k - c.size(), c.size(), c) == 0) return true;
  }
  return false;
}

bool CjkConjunctionStartingAt(std::string_view s, size_t k) {
  if (k >= s.size() || static_cast<unsigned char>(s[k]) < 0xE0) return false;
  for (auto c : kCjkConjunctions) {
    if (s.compare(k, c.size(), c) == 0) return true;
  }
  return false;
}

// If a separator ends right before `p` (spaces skipped, and an article or
// other short word: "education, la salud pública"), where it starts; else npos.
size_t SeparatorEndingAt(std::string_view s, size_t lo, size_t p) {
  size_t i = p;
  while (i > lo && IsSpace(s[i - 1])) --i;
  if (i == lo) return std::string_view::npos;
  {
    size_t w = i;
    while (w > lo && !IsSpace(s[w - 1]) && s[w - 1] != ',' && static_cast<unsigned char>(s[w - 1]) < 0x80) --w;
    bool short_word = w < i && i - w <= 3 && (w == lo || IsSpace(s[w - 1]) || s[w - 1] == ',');
    for (size_t k = w; short_word && k < i; ++k)
      short_word = (s[k] >= 'a' && s[k] <= 'z') || (s[k] >= 'A' && s[k] <= 'Z');
    if (short_word && !IsConjunction(s.substr(w, i - w))) {
      i = w;
      while (i > lo && IsSpace(s[i - 1])) --i;
      if (i == lo) return std::string_view::npos;
    }
  }
  for (auto c : kCommas) {
    if (i >= lo + c.size() && s.compare(i - c.size(), c.size(), c) == 0) return i - c.size();
  }
  for (auto c : kCjkConjunctions) {
    if (i >= lo + c.size() && s.compare(i - c.size(), c.size(), c) == 0) return i - c.size();
  }
  size_t w = i;
  while (w > lo && !IsSpace(s[w - 1])) --w;
  if (w < i && IsConjunction(s.substr(w, i - w))) return w;
  return std::string_view::npos;
}

// If a separator starts right at `p` (spaces skipped), where it ends; else npos.
size_t SeparatorStartingAt(std::string_view s, size_t hi, size_t p) {
  size_t i = p;
  while (i < hi && IsSpace(s[i])) ++i;
  if (i >= hi) return std::string_view::npos;
  for (auto c : kCommas) {
    if (s.compare(i, c.size(), c) == 0) return i + c.size();
  }
  for (auto c : kCjkConjunctions) {
    if (s.compare(i, c.size(), c) == 0) return i + c.size();
  }
  size_t w = i;
  while (w < hi && !IsSpace(s[w]) && s[w] != ',') ++w;
  if (w > i && IsConjunction(s.substr(i, w - i))) return w;
  return std::string_view::npos;
}

// The size of a list item in content words: words of four bytes or more (so
// articles and prepositions do not count: "la reducción del riesgo de
// desastres" has three), a Chinese character counting one half.
double ItemWords(std::string_view item) {
  double words = 0;
  size_t i = 0;
  while (i < item.size()) {
    unsigned char b = static_cast<unsigned char>(item[i]);
    if (IsSpace(static_cast<char>(b)) || b == '(' || b == ')' || b == '"') {
      ++i;
      continue;
    }
    size_t start = i;
    char32_t cp = DecodeUtf8(item, i);
    if (IsCjk(cp)) {
      words += 0.5;
      continue;
    }
    while (i < item.size() && !IsSpace(item[i])) {
      size_t j = i;
      if (IsCjk(DecodeUtf8(item, j))) break;
      i = j;
    }
    if (i - start >= 4) words += 1;
  }
  return words;
}

size_t NextCodePoint(std::string_view s, size_t k) {
  ++k;
  while (k < s.size() && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) ++k;
  return k;
}

size_t PreviousCodePoint(std::string_view s, size_t k) {
  --k;
  while (k > 0 && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) --k;
  return k;
}

// Is s[b, e) one item of an enumeration of three or more short items ("social
// protection, waste management, road construction and agriculture")? [lo, hi)
// is its sentence.
bool InEnumeration(std::string_view s, size_t lo, size_t hi, size_t b, size_t e) {
  // Where the item that ends at `end` (the start of a separator) begins.
  auto item_start = [&](size_t end) {
    size_t k = end;
    while (k > lo) {
      if (CommaEndingAt(s, lo, k) > 0) return k;
      if (k < end && CjkConjunctionEndingAt(s, lo, k)) return k;
      if (k < end && IsSpace(s[k - 1])) {
        size_t i = k - 1;
        while (i > lo && IsSpace(s[i - 1])) --i;
        size_t w = i;
        while (w > lo && !IsSpace(s[w - 1]) && i - w <= 6) --w;
        if (w < i && (w == lo || IsSpace(s[w - 1])) && IsConjunction(s.substr(w, i - w))) return k;
      }
      k = PreviousCodePoint(s, k);
    }
    return lo;
  };
  // Where the item that starts at `start` (right after a separator) ends.
  auto item_end = [&](size_t start) {
    size_t k = start;
    while (k < hi) {
      if (CommaStartingAt(s, k) > 0) return k;
      if (k > start) {
        if (CjkConjunctionStartingAt(s, k)) return k;
        if (IsSpace(s[k - 1]) && !IsSpace(s[k])) {
          size_t w = k;
          while (w < hi && !IsSpace(s[w]) && s[w] != ',' && w - k <= 6) ++w;
          if (IsConjunction(s.substr(k, w - k))) return k;
        }
      }
      k = NextCodePoint(s, k);
    }
    return hi;
  };
  // The match's own item (from the separator before it to the one after it)
  // must be short: "a workshop on making cities resilient, organized by..." is no list item.
  size_t own_start = SeparatorEndingAt(s, lo, b) != std::string_view::npos ? b : item_start(b);
  size_t own_end = SeparatorStartingAt(s, hi, e) != std::string_view::npos ? e : item_end(e);
  double widest = ItemWords(s.substr(own_start, own_end - own_start));
  if (widest > 4) return false;
  // Count the short items on either side, and the commas between them.
  int items = 1, commas = 0;
  auto is_comma = [&](size_t at) { return CommaStartingAt(s, at) > 0; };
  size_t p = b;
  for (int guard = 0; guard < 16; ++guard) {
    size_t sep = SeparatorEndingAt(s, lo, p);
    if (sep == std::string_view::npos) break;
    size_t start = item_start(sep);
    double words = ItemWords(s.substr(start, sep - start));
    if (words == 0 || words > 4) break;
    ++items;
    commas += is_comma(sep) ? 1 : 0;
    widest = std::max(widest, words);
    p = start;
  }
  p = e;
  for (int guard = 0; guard < 16; ++guard) {
    size_t after = SeparatorStartingAt(s, hi, p);
    if (after == std::string_view::npos) break;
    size_t at = p;
    while (at < hi && IsSpace(s[at])) ++at;
    size_t end = item_end(after);
    double words = ItemWords(s.substr(after, end - after));
    if (words == 0 || words > 4) break;
    ++items;
    commas += is_comma(at) ? 1 : 0;
    widest = std::max(widest, words);
    p = end;
  }
  // "a, b, c and d"; "trade, transport and youth development" (short items).
  return items >= 3 && (commas >= 2 || widest <= 2);
}

// The document's words with every run of white space made one space (evidence
// items are joined with '\n', so a phrase must not contain one).
std::string OneLine(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (IsSpace(c)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

double LengthInWords(std::string_view text) {
  double words = 0;
  bool in_word = false;
  size_t i = 0;
  while (i < text.size()) {
    unsigned char b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {  // normalised ASCII: letters, digits, a few signs, single spaces
      bool word = (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9');
      if (word && !in_word) words += 1;
      in_word = word;
      ++i;
      continue;
    }
    char32_t cp = DecodeUtf8(text, i);
    if (IsCjk(cp)) {
      words += 0.6;
      in_word = false;
    } else if (IsWordChar(cp)) {
      if (!in_word) words += 1;
      in_word = true;
    } else {
      in_word = false;
    }
  }
  return words;
}

}  // namespace

// The model's matcher holds the concepts' phrases (group 0) and the countables' (group 1).
constexpr uint32_t kConceptGroup = 0;
constexpr uint32_t kCountableGroup = 1;

ThemeModel::ThemeModel(std::string theme, Tuning tuning) : theme_(std::move(theme)), tuning_(tuning) {
  quantities_.AddCommonCountablesTo(matcher_, kCountableGroup, 0);
}

void ThemeModel::AddConcept(Concept c) {
  if (compiled_) throw std::logic_error("ThemeModel: add after Compile");
  concepts_.push_back(std::move(c));
}

void ThemeModel::Cue(const std::string& preferred, double weight, std::string_view terms) {
  AddConcept({"", preferred, weight, Gate::kTheme, true, ParseTerms(terms), {}});
}

void ThemeModel::Signal(const std::string& label, double weight, std::string_view terms) {
  std::vector<Term> parsed = ParseTerms(terms);
  for (auto& t : parsed) t.vocabulary = false;
  AddConcept({"", label, weight, Gate::kTheme, true, std::move(parsed), {}});
}

void ThemeModel::Entity(const std::string& facet, const std::string& value, std::string_view terms, double weight,
                        Gate gate, Vocab vocab) {
  std::vector<Term> parsed = ParseTerms(terms);
  if (vocab == Vocab::kRelated) {
    for (auto& t : parsed) t.vocabulary = false;
  }
  AddConcept({facet, value, weight, gate, true, std::move(parsed), {}});
}

void ThemeModel::Head(const std::string& preferred) {
  if (compiled_ || concepts_.empty()) throw std::logic_error("ThemeModel::Head: no concept to give a head to");
  concepts_.back().head = preferred;
}

void ThemeModel::Block(std::string_view terms) {
  std::vector<Term> parsed = ParseTerms(terms);
  for (auto& t : parsed) t.vocabulary = false;
  AddConcept({"", "", 0, Gate::kTheme, true, std::move(parsed), {}});
}

void ThemeModel::Synonyms(const std::string& preferred, std::string_view terms) {
  AddConcept({"", preferred, 0, Gate::kTheme, false, ParseTerms(terms), {}});
}

void ThemeModel::Countable(const std::string& english, std::string_view terms) {
  if (compiled_) throw std::logic_error("ThemeModel: add after Compile");
  quantities_.AddCountableTo(matcher_, kCountableGroup, english, terms, 1);
}

void ThemeModel::Compile() {
  if (compiled_) return;
  for (size_t c = 0; c < concepts_.size(); ++c) {
    if (!concepts_[c].matched) continue;
    for (const Term& t : concepts_[c].terms) {
      int id = matcher_.Add(t.text, kConceptGroup);
      if (id < 0) continue;
      pattern_concept_.resize(static_cast<size_t>(id) + 1, -1);
      pattern_concept_[static_cast<size_t>(id)] =
          concepts_[c].value.empty() && concepts_[c].weight == 0 ? -1 : static_cast<int>(c);
    }
  }
  matcher_.Compile();
  pattern_concept_.resize(matcher_.size(), -1);
  compiled_ = true;
}

Extraction ThemeModel::Extract(const DocumentText& doc) const {
  Extraction x;
  if (!compiled_) return x;
  std::string input;
  input.reserve(doc.title.size() + doc.summary.size() + doc.body.size() + 4);
  input.append(doc.title);
  const size_t title_end = input.size();
  input.append("\n\n");
  input.append(doc.summary);
  input.append("\n\n");
  input.append(doc.body);
  const Normalized n = Normalize(input);
  const std::vector<PhraseMatcher::Match> matches = matcher_.Find(n.text);

  struct Hit {
    size_t concept_index;
    uint32_t begin, end;  // normalised
    size_t obegin;        // in input
    bool title;
    bool listed;
    size_t sentence;  // index of its sentence
    double factor = 1;
  };
  const Sentences sentences = SplitSentences(input);
  std::vector<Hit> hits;
  hits.reserve(matches.size());
  for (const auto& m : matches) {
    int c = pattern_concept_[m.id];
    if (c < 0) continue;
    auto ci = static_cast<size_t>(c);
    // The same concept at the same place through two of its phrases counts once.
    bool dup = false;
    for (auto it = hits.rbegin(); it != hits.rend() && it->begin == m.begin; ++it) {
      if (it->concept_index == ci) dup = true;
    }
    if (dup) continue;
    Hit h{ci, m.begin, m.end, n.source[m.begin], false, false, 0};
    h.title = h.obegin < title_end;
    h.sentence = sentences.index_of(h.obegin);
    if (!h.title && concepts_[ci].weight > 0) {
      size_t oend = std::max<size_t>(n.source[m.end], h.obegin);
      while (oend > h.obegin && IsSpace(input[oend - 1])) --oend;
      h.listed =
          InEnumeration(input, sentences.begin(h.sentence), sentences.end(h.sentence, input.size()), h.obegin, oend);
    }
    hits.push_back(h);
  }
  // Enumerations: an item counts less when it is the theme's only cue in its sentence.
  std::map<size_t, std::set<size_t>> concepts_in_sentence;
  for (const auto& h : hits) {
    if (!h.title && concepts_[h.concept_index].weight > 0) concepts_in_sentence[h.sentence].insert(h.concept_index);
  }
  for (auto& h : hits) {
    if (h.title) {
      h.factor = tuning_.title_boost;
    } else if (h.listed) {
      size_t k = concepts_in_sentence[h.sentence].size();
      h.factor = k <= 1 ? tuning_.list_single : k == 2 ? tuning_.list_double : 1.0;
    }
  }

  // Score per concept.
  struct Contribution {
    size_t concept_index;
    double value;
    size_t first;  // index into hits of its first occurrence
  };
  std::vector<Contribution> contributions;
  std::vector<std::vector<double>> factors(concepts_.size());
  std::vector<size_t> first_hit(concepts_.size(), SIZE_MAX);
  for (size_t k = 0; k < hits.size(); ++k) {
    factors[hits[k].concept_index].push_back(hits[k].factor);
    if (first_hit[hits[k].concept_index] == SIZE_MAX) first_hit[hits[k].concept_index] = k;
  }
  double raw = 0;
  for (size_t c = 0; c < concepts_.size(); ++c) {
    if (factors[c].empty() || concepts_[c].weight <= 0) continue;
    auto& f = factors[c];
    std::sort(f.begin(), f.end(), std::greater<>());
    double v = f[0];
    for (size_t k = 1; k < f.size() && static_cast<int>(k) < tuning_.max_repeat; ++k) v += tuning_.repeat_gain * f[k];
    v *= concepts_[c].weight;
    raw += v;
    contributions.push_back({c, v, first_hit[c]});
  }
  double words = LengthInWords(n.text);
  double norm = words > tuning_.length_reference ? std::sqrt(words / tuning_.length_reference) : 1.0;
  x.score = raw / norm;
  // A theme confined to one sentence of a longer text is a passing mention.
  bool in_title = false;
  std::set<size_t> with_cues;
  for (const auto& h : hits) {
    if (concepts_[h.concept_index].weight <= 0) continue;
    if (h.title)
      in_title = true;
    else
      with_cues.insert(h.sentence);
  }
  if (!in_title && with_cues.size() == 1 && sentences.count_after(title_end + 1) >= tuning_.spread_sentences) {
    x.score = std::min(x.score, tuning_.spread_cap * tuning_.half_score);
  }
  x.confidence = std::clamp(1.0 - std::pow(2.0, -x.score / tuning_.half_score), 0.0, 1.0);

  // Evidence: the document's words of the strongest cues.
  std::sort(contributions.begin(), contributions.end(), [](const Contribution& a, const Contribution& b) {
    if (a.value != b.value) return a.value > b.value;
    return a.first < b.first;
  });
  std::set<std::string> seen;
  for (const auto& c : contributions) {
    if (x.evidence.size() >= tuning_.max_evidence) break;
    const Hit& h = hits[c.first];
    std::string words_found = OneLine(n.Original(input, h.begin, h.end));
    if (words_found.empty()) continue;
    if (seen.insert(n.text.substr(h.begin, h.end - h.begin)).second) x.evidence.push_back(std::move(words_found));
  }

  // Entities, in order of first occurrence.
  for (const auto& h : hits) {
    const Concept& c = concepts_[h.concept_index];
    if (c.facet.empty()) continue;
    if (c.gate == Gate::kTheme && x.confidence < tuning_.entity_gate) continue;
    EntityValue e{c.facet, c.value};
    if (std::find(x.entities.begin(), x.entities.end(), e) == x.entities.end()) x.entities.push_back(std::move(e));
  }

  // Quantities: the theme's own countables always, the shared ones when the text is about the theme.
  for (auto& q : quantities_.Read(n, input, doc.language, matches)) {
    if (q.owner != 1 && x.confidence < tuning_.shared_quantity_gate) continue;
    // The same figure said again (title, summary, body) is one quantity.
    bool again = false;
    for (const auto& o : x.quantities)
      again = again || (o.value == q.value && o.unit == q.unit && o.counts == q.counts);
    if (again) continue;
    q.text = OneLine(q.text);
    x.quantities.push_back(std::move(q));
  }
  return x;
}

std::vector<VocabularyEntry> ThemeModel::Vocabulary() const {
  std::vector<VocabularyEntry> out;
  std::set<std::pair<std::string, std::string>> seen;
  // Variants are kept as written (the host lower-cases them, it does not fold
  // accents: "Património Mundial" and "Patrimonio Mundial" are both needed);
  // the same spelling twice, or the head itself, only once.
  auto lower = [](std::string s) {
    for (auto& ch : s) ch = static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
    return s;
  };
  for (const Concept& c : concepts_) {
    const std::string& head = c.head.empty() ? c.value : c.head;
    if (head.empty()) continue;
    std::string preferred = lower(head);
    for (const Term& t : c.terms) {
      if (!t.vocabulary || Fold(t.text).empty()) continue;
      std::string variant = lower(t.text);
      if (variant == preferred) continue;
      if (!seen.insert({head, variant}).second) continue;
      out.push_back({head, t.text, t.language});
    }
  }
  return out;
}

}  // namespace silkdex::kit
