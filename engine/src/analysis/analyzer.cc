#include "analysis/analyzer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <vector>

namespace silkdex::analysis {

namespace {

icu::UnicodeString WithoutMarks(std::string_view text) {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(err);
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  icu::UnicodeString decomposed = U_SUCCESS(err) ? nfd->normalize(s, err) : s;
  icu::UnicodeString out;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    if (u_charType(c) != U_NON_SPACING_MARK) out.append(c);
    i += U16_LENGTH(c);
  }
  return out;
}

std::string ToUtf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

}  // namespace

std::string StripAccents(std::string_view text) { return ToUtf8(WithoutMarks(text)); }

std::string Fold(std::string_view text) { return ToUtf8(WithoutMarks(text).foldCase()); }

std::string PrimaryLanguage(std::string_view tag) {
  std::string out;
  for (char c : tag) {
    if (c == '-' || c == '_') break;
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

Analyzer::Analyzer(const Definitions& defs, std::vector<std::vector<std::string>> extra_synonyms)
    : defs_(defs), synonym_groups_(defs.synonym_groups) {
  for (auto& group : extra_synonyms) {
    for (auto& member : group) member = Xapian::Unicode::tolower(member);
    if (group.size() > 1) synonym_groups_.push_back(std::move(group));
  }
  for (const auto& [lang, words] : defs_.stopwords)
    stoppers_[lang] = std::make_unique<Xapian::SimpleStopper>(words.begin(), words.end());
}

Xapian::Stem Analyzer::StemmerFor(std::string_view lang) const {
  auto it = defs_.stemmers.find(std::string(lang));
  if (it == defs_.stemmers.end()) return Xapian::Stem();
  try {
    return Xapian::Stem(it->second);
  } catch (const Xapian::Error&) {
    return Xapian::Stem();  // a stemmer this Xapian lacks: index unstemmed
  }
}

const Xapian::Stopper* Analyzer::StopperFor(std::string_view lang) const {
  auto it = stoppers_.find(std::string(lang));
  return it == stoppers_.end() ? nullptr : it->second.get();
}

std::string Analyzer::FilterTerm(std::string_view field, std::string_view value) const {
  return defs_.filter(field).prefix + Fold(value);
}

namespace {

struct Token {
  std::string text;  // as written
  std::string key;   // lower case, for matching group members
  bool plain;        // a bare word: not quoted, prefixed, an operator or a bracket
};

bool IsOperator(const std::string& t) { return t == "AND" || t == "OR" || t == "NOT" || t == "XOR" || t == "NEAR"; }

// Splits a query into whitespace-separated tokens, keeping "quoted phrases" whole.
std::vector<Token> Tokenize(std::string_view q) {
  std::vector<Token> out;
  size_t i = 0;
  while (i < q.size()) {
    if (std::isspace(static_cast<unsigned char>(q[i]))) { ++i; continue; }
    size_t start = i;
    bool quoted = false;
    while (i < q.size() && !std::isspace(static_cast<unsigned char>(q[i]))) {
      if (q[i] == '"') {
        quoted = true;
        size_t close = q.find('"', i + 1);
        i = close == std::string_view::npos ? q.size() : close + 1;
      } else {
        ++i;
      }
    }
    Token t;
    t.text = std::string(q.substr(start, i - start));
    t.key = t.text;
    for (auto& c : t.key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    char first = t.text[0];
    t.plain = !quoted && !IsOperator(t.text) && first != '-' && first != '+' && first != '(' &&
              t.text.back() != ')' && t.text.find(':') == std::string::npos;
    out.push_back(std::move(t));
  }
  return out;
}

std::string AsQueryPart(const std::string& member) {
  return member.find(' ') == std::string::npos ? member : "\"" + member + "\"";
}

}  // namespace

std::string Analyzer::ExpandSynonyms(std::string_view query) const {
  std::vector<Token> tokens = Tokenize(query);
  std::string out;
  for (size_t i = 0; i < tokens.size();) {
    // Longest run of plain tokens starting at i that is a member of a group.
    const std::vector<std::string>* group = nullptr;
    size_t used = 0;
    std::string run;
    for (size_t j = i; j < tokens.size() && tokens[j].plain && j - i < 6; ++j) {
      run += (j == i ? "" : " ") + tokens[j].key;
      for (size_t gi = 0; gi < synonym_groups_.size(); ++gi) {
        const auto& g = synonym_groups_[gi];
        // A vocabulary's own single-word head term ("response", "processing") is
        // left alone: its stem already matches, and expanding a common word into
        // every translation and phrase of its group costs a search dearly. Its
        // variants (DRR, turismo, 口罩) still expand to it.
        bool vocabulary = gi >= defs_.synonym_groups.size();
        if (vocabulary && run == g[0] && run.find(' ') == std::string::npos) continue;
        for (const auto& member : g)
          if (member == run) { group = &g; used = j - i + 1; }
      }
    }
    if (!out.empty()) out += ' ';
    if (!group) {
      out += tokens[i].text;
      ++i;
      continue;
    }
    out += '(';
    for (size_t k = 0; k < group->size(); ++k) out += (k ? " OR " : "") + AsQueryPart((*group)[k]);
    out += ')';
    i += used;
  }
  return out;
}

}  // namespace silkdex::analysis
