#include "analysis/analyzer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
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

Analyzer::Analyzer(const Definitions& defs, std::vector<SynonymGroup> extra_synonyms) : defs_(defs) {
  for (const auto& group : defs.synonym_groups) {
    Group g{{}, false};
    for (const auto& member : group) g.members.emplace_back(member);
    synonym_groups_.push_back(std::move(g));
  }
  for (auto& group : extra_synonyms) {
    for (auto& member : group) member.text = Xapian::Unicode::tolower(member.text);
    if (group.size() > 1) synonym_groups_.push_back({std::move(group), true});
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

Analyzer::Expansion Analyzer::FindSynonyms(std::string_view query, std::string_view placeholder) const {
  std::vector<Token> tokens = Tokenize(query);
  Expansion out;
  for (size_t i = 0; i < tokens.size();) {
    // Longest run of plain tokens starting at i that is a member of a group;
    // every group it belongs to.
    std::vector<const Group*> groups;
    size_t used = 0;
    std::string run;
    for (size_t j = i; j < tokens.size() && tokens[j].plain && j - i < 6; ++j) {
      run += (j == i ? "" : " ") + tokens[j].key;
      std::vector<const Group*> found;
      for (const auto& g : synonym_groups_) {
        // A vocabulary's own single-word head term ("response", "processing") is
        // left alone: its stem already matches, and expanding a common word into
        // every translation and phrase of its group costs a search dearly. Its
        // variants (DRR, turismo, 口罩) still expand to it.
        if (g.vocabulary && run == g.members[0].text && run.find(' ') == std::string::npos) continue;
        for (const auto& member : g.members)
          if (member.text == run) { found.push_back(&g); break; }
      }
      if (!found.empty()) { groups = std::move(found); used = j - i + 1; }
    }
    if (!out.text.empty()) out.text += ' ';
    if (groups.empty()) {
      out.text += tokens[i].text;
      ++i;
      continue;
    }
    SynonymMatch m;
    std::string key;
    for (size_t k = i; k < i + used; ++k) {
      m.typed += (k == i ? "" : " ") + tokens[k].text;
      key += (k == i ? "" : " ") + tokens[k].key;
    }
    bool typed_language_seen = false;
    for (const Group* g : groups)
      for (const auto& member : g->members) {
        if (member.text == key) {
          if (!typed_language_seen) m.language = member.language;
          else if (m.language != member.language) m.language.clear();
          typed_language_seen = true;
          continue;
        }
        auto same = std::find_if(m.others.begin(), m.others.end(), [&](const SynonymTerm& t) { return t.text == member.text; });
        if (same == m.others.end()) m.others.push_back(member);
        else if (same->language != member.language) same->language.clear();  // one spelling in two languages
      }
    out.text += std::string(placeholder) + ":" + std::to_string(out.matches.size());
    out.matches.push_back(std::move(m));
    i += used;
  }
  return out;
}

std::string Analyzer::ExpandSynonyms(std::string_view query) const {
  Expansion e = FindSynonyms(query, "\x01");
  std::string out;
  size_t at = 0;
  for (size_t n = 0; n < e.matches.size(); ++n) {
    std::string mark = "\x01:" + std::to_string(n);
    size_t pos = e.text.find(mark, at);
    // "\x01:1" must not be taken for the start of "\x01:10".
    while (pos != std::string::npos && pos + mark.size() < e.text.size() && e.text[pos + mark.size()] != ' ')
      pos = e.text.find(mark, pos + 1);
    out += e.text.substr(at, pos - at) + "(";
    const SynonymMatch& m = e.matches[n];
    std::string typed = Xapian::Unicode::tolower(m.typed);
    out += AsQueryPart(typed);
    for (const auto& t : m.others) out += " OR " + AsQueryPart(t.text);
    out += ")";
    at = pos + mark.size();
  }
  return out + e.text.substr(at);
}

}  // namespace silkdex::analysis
