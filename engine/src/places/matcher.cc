#include "places/matcher.h"

#include <algorithm>
#include <climits>
#include <cstdint>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "analysis/analyzer.h"

namespace silkdex::places {
namespace {

bool IsIdeograph(UChar32 c) {
  if (u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC)) return true;
  UBlockCode block = ublock_getCode(c);
  return block == UBLOCK_HIRAGANA || block == UBLOCK_KATAKANA;
}

bool IsWordChar(UChar32 c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  if (IsIdeograph(c)) return false;
  int8_t type = u_charType(c);
  return u_isalnum(c) || type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK;
}

bool IsApostrophe(UChar32 c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }

// Separators that keep the words on either side one name: "Sta. Rosa", "Porto-Novo".
bool IsJoining(UChar32 c) {
  return c == ' ' || c == '\t' || c == '-' || c == '.' || c == 0x00A0 || (c >= 0x2010 && c <= 0x2013);
}

std::string KeyOf(const std::string& raw, bool ascii) {
  if (!ascii) return analysis::Fold(raw);
  std::string key = raw;
  for (char& ch : key)
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  return key;
}

}  // namespace

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> tokens;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  // ICU's UTF-8 macros index with int32_t; a text past 1 GiB is read up to there.
  const int32_t length = static_cast<int32_t>(std::min<size_t>(text.size(), size_t{1} << 30));
  Token cur;
  std::string raw;
  bool in_word = false, ascii = true, has_upper = false, has_lower = false, joining = false;
  auto finish = [&](int32_t end) {
    cur.end = static_cast<size_t>(end);
    cur.key = KeyOf(raw, ascii);
    cur.all_caps = has_upper && !has_lower;
    tokens.push_back(std::move(cur));
    cur = Token();
    raw.clear();
    in_word = false;
    joining = true;
  };
  int32_t i = 0;
  while (i < length) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c >= 0 && IsWordChar(c)) {
      if (!in_word) {
        cur.begin = static_cast<size_t>(start);
        cur.joined = !tokens.empty() && joining;
        cur.capitalised = u_isupper(c) || u_istitle(c);
        in_word = true;
        ascii = true;
        has_upper = has_lower = false;
      }
      if (c >= 0x80) ascii = false;
      if (u_isupper(c) || u_istitle(c)) has_upper = true;
      if (u_islower(c)) has_lower = true;
      raw.append(text.data() + start, static_cast<size_t>(i - start));
      continue;
    }
    if (c >= 0 && in_word && IsApostrophe(c) && i < length) {
      int32_t j = i;
      UChar32 next;
      U8_NEXT(s, j, length, next);
      if (next >= 0 && IsWordChar(next)) {
        raw += '\'';
        continue;
      }
    }
    if (in_word) finish(start);
    if (c < 0 || !IsJoining(c)) joining = false;
  }
  if (in_word) finish(length);
  return tokens;
}

std::string NameKey(std::string_view name) {
  std::string key;
  for (const Token& t : Tokenize(name)) {
    if (!key.empty()) key += ' ';
    key += t.key;
  }
  return key;
}

bool IsHanName(std::string_view name) {
  const auto* s = reinterpret_cast<const uint8_t*>(name.data());
  const int32_t length = static_cast<int32_t>(std::min<size_t>(name.size(), INT32_MAX));
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(s, i, length, c);
  return c >= 0 && u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC);
}

bool IsAllCaps(std::string_view name) {
  const auto* s = reinterpret_cast<const uint8_t*>(name.data());
  const int32_t length = static_cast<int32_t>(std::min<size_t>(name.size(), INT32_MAX));
  bool upper = false;
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) continue;
    if (u_islower(c)) return false;
    if (u_isupper(c)) upper = true;
  }
  return upper;
}

}  // namespace silkdex::places
