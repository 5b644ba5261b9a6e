#include "search/query_builder.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <functional>
#include <iterator>
#include <optional>
#include <set>
#include <sstream>

#include "index/layout.h"
#include "text/language.h"

namespace silkdex::search {
namespace {

// `city:Medellín` -> the boolean term XCImedellin (folded, as at index time).
class FilterFieldProcessor : public Xapian::FieldProcessor {
 public:
  FilterFieldProcessor(const analysis::Analyzer& analyzer, std::string field) : analyzer_(analyzer), field_(std::move(field)) {}
  Xapian::Query operator()(const std::string& value) override {
    return Xapian::Query(analyzer_.FilterTerm(field_, value));
  }

 private:
  const analysis::Analyzer& analyzer_;
  std::string field_;
};

// `year:2020`, `year:2019..2021`, `year:..2020`, `year:2019..` -> a range on the date slot.
class YearFieldProcessor : public Xapian::FieldProcessor {
 public:
  explicit YearFieldProcessor(Xapian::valueno slot) : slot_(slot) {}
  Xapian::Query operator()(const std::string& value) override {
    size_t dots = value.find("..");
    std::string lo = dots == std::string::npos ? value : value.substr(0, dots);
    std::string hi = dots == std::string::npos ? value : value.substr(dots + 2);
    std::string begin = "00000000", end = "99999999";
    if (!lo.empty()) begin = Bound(lo, false);
    if (!hi.empty()) end = Bound(hi, true);
    return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot_, begin, end);
  }

 private:
  static std::string Bound(const std::string& v, bool end) {
    auto key = DateBound(v, end);
    if (!key.ok()) throw Xapian::QueryParserError("year:" + v + ": " + key.status().message());
    return *key;
  }
  Xapian::valueno slot_;
};

std::string GuessLanguage(const SearchRequest& request) {
  if (!request.query_language.empty()) return analysis::PrimaryLanguage(request.query_language);
  if (auto it = request.filters.find("lang"); it != request.filters.end() && it->second.size() == 1)
    return analysis::PrimaryLanguage(it->second[0]);
  return text::DetectLanguage(request.query).value_or("");
}

// Boolean filter terms start with a filter field's prefix (upper case); words do not.
bool IsFilterTerm(const std::string& term, const std::vector<std::string>& prefixes) {
  for (const auto& p : prefixes)
    if (term.size() > p.size() && term.compare(0, p.size(), p) == 0 && !std::isupper(static_cast<unsigned char>(term[p.size()])))
      return true;
  return false;
}

std::vector<std::string> Words(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

// Xapian proposes a more frequent neighbour even for a word the index knows
// ("turismo" -> "tourism"). A person wants did-you-mean only for words that
// match nothing, so corrections of known words are undone.
std::optional<std::string> KeepUnknownWordCorrections(const std::string& query, const std::string& corrected,
                                                      const Xapian::Database& db) {
  if (corrected.empty() || corrected == query) return std::nullopt;
  std::vector<std::string> before = Words(query), after = Words(corrected);
  if (before.size() != after.size()) return corrected;
  bool changed = false;
  std::string out;
  for (size_t i = 0; i < before.size(); ++i) {
    std::string word = Xapian::Unicode::tolower(before[i]);
    bool keep = word == Xapian::Unicode::tolower(after[i]) || db.term_exists(word);
    out += (i ? " " : "") + (keep ? before[i] : after[i]);
    changed |= !keep;
  }
  if (!changed) return std::nullopt;
  return out;
}

// The weight of a query word's exact form beside its stem (tuned on SciFact's
// training queries, docs/quality.md).
constexpr double kExactFormWeight = 0.2;

// The query in lower case except the operators AND OR NOT XOR NEAR ADJ (and
// NEAR/n, ADJ/n), which the parser knows only in capitals.
std::string LowerCaseWords(const std::string& query) {
  std::string out;
  size_t i = 0;
  while (i < query.size()) {
    size_t end = query.find_first_of(" \t\r\n", i);
    if (end == std::string::npos) end = query.size();
    std::string word = query.substr(i, end - i);
    bool op = word == "AND" || word == "OR" || word == "NOT" || word == "XOR" || word == "NEAR" || word == "ADJ" ||
              word.starts_with("NEAR/") || word.starts_with("ADJ/");
    out += op ? word : Xapian::Unicode::tolower(word);
    if (end < query.size()) out += query[end];
    i = end + 1;
  }
  return out;
}

bool WordByte(char c) { return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80; }
bool LetterByte(char c) { return std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80; }

// Each hyphenated word of a (lower-case) query, "il-6" or "e-commerce", as
// "(il6 OR (il 6))": written as one word, or its parts as words of their own.
// Xapian reads it as a strict phrase of exact forms, which finds neither the
// word written without its hyphen ("IL6", "ecommerce") nor another form of a
// part ("T cell" for "T-cells"); the exact-word parse keeps that phrase.
// Numbers ("20-40") are not joined. Quoted phrases, `field:value` and
// wildcard words are left as they are.
std::string LooseHyphens(const std::string& query) {
  std::string out;
  bool quoted = false;
  for (const std::string& word : Words(query)) {
    bool was_quoted = quoted;
    quoted ^= std::count(word.begin(), word.end(), '"') % 2 == 1;
    if (!out.empty()) out += ' ';
    if (was_quoted || word.find_first_of(":\"*") != std::string::npos) {
      out += word;
      continue;
    }
    for (size_t k = 0, e; k < word.size(); k = e) {
      for (e = k; e < word.size() && (WordByte(word[e]) || (word[e] == '-' && e > k && e + 1 < word.size() && WordByte(word[e + 1])));) ++e;
      if (e == k) {
        out += word[e++];
        continue;
      }
      std::string run = word.substr(k, e - k), parts = run, joined;
      std::replace(parts.begin(), parts.end(), '-', ' ');
      std::remove_copy(run.begin(), run.end(), std::back_inserter(joined), '-');
      if (parts == run || std::none_of(run.begin(), run.end(), LetterByte)) out += parts;
      else out += "(" + joined + " OR (" + parts + "))";
    }
  }
  return out;
}

constexpr unsigned kParseFlags = Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_WILDCARD |
                                 Xapian::QueryParser::FLAG_CJK_NGRAM | Xapian::QueryParser::FLAG_PURE_NOT;

// Where a query word or phrase belongs to a synonym group, what the person
// typed counts in full and each other member of the group counts less: a
// synonym or translation in the query's language (or in every language, such
// as an acronym) at kVariantWeight, one in another language at
// kOtherLanguageVariantWeight. A variant of more terms than the words typed is
// scaled down by their ratio, so that a long phrase ("reducción del riesgo de
// desastres", or a Chinese phrase's many n-grams) stands for one concept and
// does not outweigh the words typed. Chosen on the demo evaluation's
// cross-language questions (docs/quality.md).
constexpr double kVariantWeight = 0.5;
constexpr double kOtherLanguageVariantWeight = 0.25;

// The placeholder field of Analyzer::FindSynonyms.
constexpr const char* kSynonymField = "silkdexsynonymgroup";

// `silkdexsynonymgroup:N` -> the typed words of match N OR-ed with its
// variants, each weighted as above. The parser it serves reads the typed words
// (exact forms, or stems in that parser's language); in the stem parse of the
// query's own language each variant is stemmed in its language (a Spanish
// variant with the Spanish stemmer), in the exact parse it keeps its form, and
// in the English stem parse added for a guessed language only variants of no
// known language are read again.
class SynonymGroupProcessor : public Xapian::FieldProcessor {
 public:
  enum class Mode { kExact, kMainStems, kMoreStems };
  using MakeParser = std::function<Xapian::QueryParser(const std::string& lang, bool stem)>;
  SynonymGroupProcessor(const Xapian::Database& db, const std::vector<analysis::Analyzer::SynonymMatch>& matches,
                        std::string query_language, std::string parser_language, Mode mode, MakeParser make_parser)
      : db_(db), matches_(matches), query_language_(std::move(query_language)), parser_language_(std::move(parser_language)),
        mode_(mode), make_parser_(std::move(make_parser)) {}

  Xapian::Query operator()(const std::string& value) override {
    size_t n = std::stoul(value);
    if (n >= matches_.size()) throw Xapian::QueryParserError("unknown synonym group " + value);
    const auto& m = matches_[n];
    bool stem = mode_ != Mode::kExact;
    Xapian::QueryParser qp = make_parser_(parser_language_, stem);
    Xapian::Query typed = qp.parse_query(stem ? Xapian::Unicode::tolower(m.typed) : m.typed, kParseFlags);
    std::vector<Xapian::Query> parts{typed};
    std::optional<double> typed_top;  // looked up once, when a variant needs it
    for (const auto& v : m.others) {
      std::string text = v.text.find(' ') == std::string::npos ? v.text : "\"" + v.text + "\"";
      Xapian::Query q;
      if (mode_ == Mode::kExact || v.language.empty()) {
        q = qp.parse_query(text, kParseFlags);
      } else if (mode_ == Mode::kMainStems) {
        q = make_parser_(v.language, true).parse_query(text, kParseFlags);
      } else {
        continue;
      }
      if (q.empty() || q.get_unique_terms_begin() == q.get_unique_terms_end()) continue;
      double w = v.language.empty() || v.language == query_language_ ? kVariantWeight : kOtherLanguageVariantWeight;
      // Every variant can add at most w times what the typed words can.
      if (!typed_top) typed_top = TopWeight(typed);
      double variant_top = TopWeight(q);
      if (*typed_top > 0 && variant_top > 0) w *= *typed_top / variant_top;
      parts.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, q, w);
    }
    return Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
  }

 private:
  // About the most a query's terms can add to a document's IneB2 weight: per
  // term, the inverse expected document frequency times the burstiness factor
  // (F + 1) / df, the two factors of IneB2Weight without the bounded wdf part.
  double TopWeight(const Xapian::Query& q) const {
    double n = db_.get_doccount(), sum = 0;
    if (n == 0) return 0;
    for (auto t = q.get_unique_terms_begin(); t != q.get_unique_terms_end(); ++t) {
      double df = db_.get_termfreq(*t);
      if (df == 0) continue;
      double cf = db_.get_collection_freq(*t);
      double expected = n * (1 - std::pow((n - 1) / n, cf));
      sum += std::log2((n + 1) / (expected + 0.5)) * (cf + 1) / df;
    }
    return sum;
  }

  const Xapian::Database& db_;
  const std::vector<analysis::Analyzer::SynonymMatch>& matches_;
  std::string query_language_, parser_language_;
  Mode mode_;
  MakeParser make_parser_;
};

// British and American spellings: a query word in one also finds the other
// ("tumour" and "tumor", "haematopoietic" and "hematopoietic", "oestrogen" and
// "estrogen", "organisation" and "organization", "programme" and "program"),
// counted as one word (docs/quality.md, fourth round). English queries only.
constexpr bool kSpellingVariants = true;

// The other spellings of a lower-case English word, whether or not the index
// has them: its ending swapped between British and American ("-our"/"-or",
// "-ise"/"-ize", "-yse"/"-yze", "-tre"/"-ter", "-elling"/"-eling",
// "-ogue"/"-og", "-ence"/"-ense", "-mme"/"-m"), "ae" or "oe" written "e", or
// an "e" written "ae" or "oe".
std::vector<std::string> SpellingVariants(const std::string& w) {
  std::vector<std::string> out;
  if (w.size() < 5 || !std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return out;
  auto add = [&](std::string v) {
    if (v != w && std::find(out.begin(), out.end(), v) == out.end()) out.push_back(std::move(v));
  };
  static const std::pair<std::string_view, std::string_view> kEndings[] = {
      {"our", "or"}, {"ours", "ors"}, {"oural", "oral"}, {"ourable", "orable"}, {"oured", "ored"}, {"ouring", "oring"},
      {"ise", "ize"}, {"ised", "ized"}, {"ises", "izes"}, {"ising", "izing"}, {"isation", "ization"}, {"isations", "izations"},
      {"yse", "yze"}, {"ysed", "yzed"}, {"ysing", "yzing"},
      {"tre", "ter"}, {"tres", "ters"},
      {"alled", "aled"}, {"alling", "aling"}, {"elled", "eled"}, {"elling", "eling"}, {"eller", "eler"},
      {"ogue", "og"}, {"ogues", "ogs"}, {"ence", "ense"}, {"mme", "m"}, {"mmes", "ms"}};
  for (const auto& [brit, amer] : kEndings) {
    for (auto [from, to] : {std::pair{brit, amer}, std::pair{amer, brit}})
      if (w.size() > from.size() + 2 && w.ends_with(from)) add(w.substr(0, w.size() - from.size()) + std::string(to));
  }
  // haem- hem-, anaem- anem-, oestr- estr-, foet- fet-, paed- ped-, and back;
  // not a digraph among the last three letters: plurals ("canoes", "heroes")
  // and names ("Michael", "Israel") are not spellings of "canes" or "Michel".
  for (std::string_view digraph : {"ae", "oe"})
    for (size_t at = w.find(digraph); at != std::string::npos; at = w.find(digraph, at + 1))
      if (at + 3 < w.size()) add(w.substr(0, at) + w.substr(at + 1));
  for (size_t at = 0; at + 2 < w.size(); ++at)
    if (w[at] == 'e' && (at == 0 || (w[at - 1] != 'a' && w[at - 1] != 'o'))) {
      add(w.substr(0, at) + "a" + w.substr(at));
      add(w.substr(0, at) + "o" + w.substr(at));
    }
  return out;
}

// The placeholder field of a word and its other spellings.
constexpr const char* kSpellingField = "silkdexspelling";

// `silkdexspelling:tumour_tumor` -> the words' stems as one word (OP_SYNONYM):
// a document's forms count together, however it spells the word.
class SpellingProcessor : public Xapian::FieldProcessor {
 public:
  explicit SpellingProcessor(Xapian::Stem stemmer) : stemmer_(std::move(stemmer)) {}
  Xapian::Query operator()(const std::string& value) override {
    std::vector<Xapian::Query> parts;
    std::istringstream in(value);
    for (std::string w; std::getline(in, w, '_');)
      if (!w.empty()) parts.emplace_back(stemmer_.is_none() ? w : "Z" + stemmer_(w));
    return Xapian::Query(Xapian::Query::OP_SYNONYM, parts.begin(), parts.end());
  }

 private:
  Xapian::Stem stemmer_;
};

// Each word of a lower-case query that the index also has in another spelling
// as `silkdexspelling:word_variant`. Quoted phrases, `field:value` and words
// that start with a digit or follow another character are left as they are.
std::string WithSpellings(const std::string& q, const Xapian::Database& db) {
  std::string out;
  bool quoted = false;
  size_t i = 0;
  while (i < q.size()) {
    if (!std::isalpha(static_cast<unsigned char>(q[i]))) {
      quoted ^= q[i] == '"';
      out += q[i++];
      continue;
    }
    size_t e = i;
    while (e < q.size() && (std::isalnum(static_cast<unsigned char>(q[e])) || static_cast<unsigned char>(q[e]) >= 0x80)) ++e;
    std::string word = q.substr(i, e - i);
    bool plain = !quoted && (i == 0 || q[i - 1] == ' ' || q[i - 1] == '(') && (e == q.size() || (q[e] != ':' && q[e] != '*'));
    std::string group = word;
    if (plain)
      for (const auto& v : SpellingVariants(word))
        if (db.term_exists(v)) group += "_" + v;
    out += group == word ? word : std::string(kSpellingField) + ":" + group;
    i = e;
  }
  return out;
}

// The language of the query's vocabulary words when they agree on one
// ("turismo sostenible" is Spanish), for a query too short to detect.
std::string VocabularyLanguage(const std::vector<analysis::Analyzer::SynonymMatch>& matches) {
  std::string lang;
  for (const auto& m : matches) {
    if (m.language.empty()) continue;
    if (!lang.empty() && lang != m.language) return "";
    lang = m.language;
  }
  return lang;
}

}  // namespace

Result<std::string> DateBound(std::string_view date, bool end) {
  auto key = NormalizeDate(date);
  if (!key.ok()) return key.status();
  std::string k = *key;
  if (end) {
    if (k.substr(4, 2) == "00") k.replace(4, 4, "9999");
    else if (k.substr(6, 2) == "00") k.replace(6, 2, "99");
  }
  return k;
}

Xapian::QueryParser QueryBuilder::MakeParser(const std::string& stem_language, bool stem) const {
  const analysis::Definitions& defs = analyzer_.definitions();
  Xapian::QueryParser qp;
  qp.set_database(db_);
  qp.set_max_expansion(100, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
  if (stem) {
    qp.set_stemmer(analyzer_.StemmerFor(stem_language));
    qp.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  } else {
    qp.set_stemming_strategy(Xapian::QueryParser::STEM_NONE);
  }
  qp.set_stopper(analyzer_.StopperFor(stem_language.empty() ? "en" : stem_language));
  qp.add_prefix("title", defs.text("title").prefix);
  for (const auto& [name, field] : defs.filter_fields) {
    if (field.query_name.empty()) continue;
    qp.add_boolean_prefix(field.query_name, (new FilterFieldProcessor(analyzer_, name))->release());
  }
  qp.add_boolean_prefix("year", (new YearFieldProcessor(defs.value_slot("date")))->release());
  return qp;
}

Result<ParsedQuery> QueryBuilder::Parse(const SearchRequest& request, WordRule words) const {
  ParsedQuery out;
  analysis::Analyzer::Expansion expansion = analyzer_.FindSynonyms(request.query, kSynonymField);
  const std::string& text = expansion.text;
  std::string guess = GuessLanguage(request);
  if (guess.empty()) guess = VocabularyLanguage(expansion.matches);
  out.language = guess.empty() ? "en" : guess;
  out.stemmer = analyzer_.StemmerFor(out.language);
  if (request.query.find_first_not_of(" \t\r\n") == std::string::npos) {
    out.query = Xapian::Query::MatchAll;
    return out;
  }
  // The stems in the query's language, and in English too when the language was
  // only guessed; the exact words in every language.
  std::vector<std::string> stem_languages{out.language};
  if (request.query_language.empty() && out.language != "en") stem_languages.push_back("en");
  std::vector<std::string> filter_prefixes;
  for (const auto& [name, field] : analyzer_.definitions().filter_fields) filter_prefixes.push_back(field.prefix);
  try {
    // What the person typed decides AND or OR, not what synonyms added.
    Xapian::QueryParser typed = MakeParser(out.language, false);
    Xapian::Query typed_query = typed.parse_query(request.query, kParseFlags);
    for (auto t = typed_query.get_unique_terms_begin(); t != typed_query.get_unique_terms_end(); ++t)
      out.word_count += !IsFilterTerm(*t, filter_prefixes);
    out.all_words = words == WordRule::kAll || (words == WordRule::kAllWhenShort && out.word_count <= kMaxAllWords);
    bool all_first = words == WordRule::kAllFirst && out.word_count >= 2 && out.word_count <= kMaxAllWords;

    // Xapian leaves capitalised words unstemmed (names); a query's first word is
    // capitalised too, and would lose its stem. Names keep their exact form in
    // the exact-word parse. Read once for both parses of a short query.
    std::string lowered = LooseHyphens(LowerCaseWords(text));
    const bool spellings = kSpellingVariants && out.language == "en";
    if (spellings) lowered = WithSpellings(lowered, db_);

    // The query with its words AND-ed or OR-ed; `exact_query` gets its exact-word parse.
    Xapian::Query exact_query;
    auto build = [&](Xapian::Query::op op) {
      // Each parse reads a synonym group's members the way it reads the query.
      auto make = [this, op](const std::string& lang, bool stem) {
        Xapian::QueryParser qp = MakeParser(lang, stem);
        qp.set_default_op(op);
        return qp;
      };
      auto with_synonyms = [&](const std::string& lang, SynonymGroupProcessor::Mode mode) {
        Xapian::QueryParser qp = make(lang, mode != SynonymGroupProcessor::Mode::kExact);
        if (!expansion.matches.empty())
          qp.add_prefix(kSynonymField, (new SynonymGroupProcessor(db_, expansion.matches, out.language, lang, mode, make))->release());
        return qp;
      };
      Xapian::QueryParser exact = with_synonyms(out.language, SynonymGroupProcessor::Mode::kExact);
      exact_query = exact.parse_query(text, kParseFlags);
      std::vector<Xapian::Query> parts;
      for (const auto& lang : stem_languages) {
        // The query's own language is parsed even without a stemmer (Chinese)
        // when synonyms were found: that parse reads each variant with its
        // language's stemmer.
        bool main = lang == out.language;
        if (analyzer_.StemmerFor(lang).is_none() && !(main && !expansion.matches.empty())) continue;
        Xapian::QueryParser qp = with_synonyms(lang, main ? SynonymGroupProcessor::Mode::kMainStems
                                                          : SynonymGroupProcessor::Mode::kMoreStems);
        if (spellings) qp.add_prefix(kSpellingField, (new SpellingProcessor(analyzer_.StemmerFor(lang)))->release());
        parts.push_back(qp.parse_query(lowered, kParseFlags));
      }
      // Where stems match, the exact form adds a fifth: it ranks the very word
      // above its other forms without counting every word twice.
      parts.push_back(parts.empty() ? exact_query : Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, exact_query, kExactFormWeight));
      return Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
    };
    if (all_first) {
      // Documents with every word first, by a boost rather than a filter: the
      // others follow, so that a short query that has few complete matches
      // still fills its first page with the best partial ones.
      out.every_word = build(Xapian::Query::OP_AND);
      out.match_set = build(Xapian::Query::OP_OR);
      out.query = Xapian::Query(Xapian::Query::OP_OR, out.match_set,
                                Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, out.every_word, kAllWordsBoost));
    } else {
      out.query = build(out.all_words ? Xapian::Query::OP_AND : Xapian::Query::OP_OR);
    }
    for (auto t = exact_query.get_unique_terms_begin(); t != exact_query.get_unique_terms_end(); ++t)
      out.ranks |= !IsFilterTerm(*t, filter_prefixes);

    // Did-you-mean is worked out on what the person typed, not on the expansion,
    // and only when a word is unknown: spelling lookups are costly.
    bool unknown_word = false;
    for (auto t = exact_query.get_unique_terms_begin(); t != exact_query.get_unique_terms_end() && !unknown_word; ++t)
      unknown_word = !IsFilterTerm(*t, filter_prefixes) && !db_.term_exists(*t);
    if (unknown_word) {
      Xapian::QueryParser speller = MakeParser(out.language, false);
      speller.parse_query(request.query, kParseFlags | Xapian::QueryParser::FLAG_SPELLING_CORRECTION);
      out.suggestion = KeepUnknownWordCorrections(request.query, speller.get_corrected_query_string(), db_);
    }
  } catch (const Xapian::Error& e) {
    return index::FromXapian(e, "query");
  }
  return out;
}

Result<Xapian::Query> QueryBuilder::Filter(const SearchRequest& request) const {
  const analysis::Definitions& defs = analyzer_.definitions();
  std::vector<Xapian::Query> all;
  auto any_of = [&](const std::string& field, const std::vector<std::string>& values) {
    std::vector<Xapian::Query> terms;
    for (const auto& v : values) terms.emplace_back(analyzer_.FilterTerm(field, v));
    return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
  };
  if (request.theme_source != "given" && request.theme_source != "suggested" && request.theme_source != "both")
    return Status::InvalidArgument("parameter 'theme_source': '" + request.theme_source + "' is not one of given, suggested, both");
  // Given themes, plugins' suggestions, or either.
  auto themes = [&](const std::vector<std::string>& values) {
    if (request.theme_source == "given") return any_of("theme", values);
    if (request.theme_source == "suggested") return any_of("suggested_theme", values);
    return Xapian::Query(Xapian::Query::OP_OR, any_of("theme", values), any_of("suggested_theme", values));
  };
  for (const auto& [param, values] : request.filters) {
    if (values.empty()) continue;
    auto it = std::find_if(defs.filter_fields.begin(), defs.filter_fields.end(),
                           [&](const auto& f) { return f.second.param == param; });
    if (it == defs.filter_fields.end()) {
      return Status::InvalidArgument("unknown filter '" + param +
                                     "': use theme, type, city, country, partner, tag, lang, sdg or status");
    }
    if (param == "status") {
      for (const auto& v : values)
        if (std::find(request.visible_statuses.begin(), request.visible_statuses.end(), v) ==
            request.visible_statuses.end())
          return Status::InvalidArgument("filter 'status': '" + v + "' is not a status this caller may see");
    }
    if (param == "theme") {
      all.push_back(themes(values));
      continue;
    }
    all.push_back(any_of(it->first, values));
  }
  // A document has one status. When the visible ones cover every document,
  // filtering by them would change nothing yet cost a check per match.
  Xapian::doccount visible = 0;
  for (const auto& v : std::set<std::string>(request.visible_statuses.begin(), request.visible_statuses.end()))
    visible += db_.get_termfreq(analyzer_.FilterTerm("status", v));
  if (visible < db_.get_doccount()) all.push_back(any_of("status", request.visible_statuses));
  if (!request.cluster.empty()) {
    auto ids = ThemeIds();
    if (std::find(ids.begin(), ids.end(), request.cluster) == ids.end())
      return Status::NotFound("no cluster has id '" + request.cluster + "'");
    all.push_back(themes({request.cluster}));
  }
  if (!request.cluster_themes.empty()) all.push_back(themes(request.cluster_themes));
  if (!request.from.empty() || !request.to.empty()) {
    std::string begin = "00000000", end = "99999999";
    if (!request.from.empty()) {
      auto b = DateBound(request.from, false);
      if (!b.ok()) return b.status().WithContext("parameter 'from'");
      begin = *b;
    }
    if (!request.to.empty()) {
      auto e = DateBound(request.to, true);
      if (!e.ok()) return e.status().WithContext("parameter 'to'");
      end = *e;
    }
    all.emplace_back(Xapian::Query::OP_VALUE_RANGE, defs.value_slot("date"), begin, end);
  }
  return Xapian::Query(Xapian::Query::OP_AND, all.begin(), all.end());
}

}  // namespace silkdex::search
