#include "silkdex/kit/text.h"

namespace silkdex::kit {
namespace {

// U+00C0..U+00FF folded to ASCII ('\0' = a separator; multi-letter ones apart).
constexpr char kLatin1[65] =
    "aaaaaa*ceeeeiiiidnooooo\0ouuuuy**"   // C0..DF (C6 AE, D7 x, DE TH, DF ss)
    "aaaaaa*ceeeeiiiidnooooo\0ouuuuy*y";  // E0..FF (E6 ae, F7 /, FE th)
// U+0100..U+017F ('*' = multi-letter: IJ, OE).
constexpr char kLatinExtA[129] =
    "aaaaaaccccccccdd"
    "ddeeeeeeeeeegggg"
    "gggghhhhiiiiiiii"
    "ii**jjkkklllllll"
    "lllnnnnnnnnnoooo"
    "oo**rrrrrrssssss"
    "ssttttttuuuuuuuu"
    "uuuuwwyyyzzzzzzs";

// What a code point becomes: nothing (a combining mark), a separator, or text.
enum class Kind { kDrop, kSeparator, kText };

// At most four bytes of folded text (no allocation).
struct Folded {
  char bytes[4];
  size_t size = 0;
  Folded& operator+=(char c) {
    bytes[size++] = c;
    return *this;
  }
  Folded& operator+=(const char* s) {
    while (*s) bytes[size++] = *s++;
    return *this;
  }
};

void AppendCodePoint(char32_t cp, Folded& out) {
  std::string utf8;  // short: no allocation
  AppendUtf8(cp, utf8);
  for (char c : utf8) out += c;
}

Kind FoldCodePoint(char32_t cp, Folded& out) {
  if (cp < 0x80) {
    if (cp >= 'A' && cp <= 'Z') {
      out += static_cast<char>(cp + 32);
      return Kind::kText;
    }
    if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || cp == '%' || cp == '$') {
      out += static_cast<char>(cp);
      return Kind::kText;
    }
    return Kind::kSeparator;
  }
  if (cp >= 0x300 && cp <= 0x36F) return Kind::kDrop;  // combining accents (NFD input)
  if (cp >= 0xC0 && cp <= 0xFF) {
    switch (cp) {
      case 0xC6:
      case 0xE6:
        out += "ae";
        return Kind::kText;
      case 0xDE:
      case 0xFE:
        out += "th";
        return Kind::kText;
      case 0xDF:
        out += "ss";
        return Kind::kText;
      default:
        break;
    }
    char c = kLatin1[cp - 0xC0];
    if (c == '\0') return Kind::kSeparator;
    out += c;
    return Kind::kText;
  }
  if (cp >= 0x100 && cp <= 0x17F) {
    char c = kLatinExtA[cp - 0x100];
    if (c == '*') {
      out += (cp == 0x132 || cp == 0x133) ? "ij" : "oe";
    } else {
      out += c;
    }
    return Kind::kText;
  }
  switch (cp) {
    case 0xA3:
    case 0xA5:
      AppendCodePoint(cp, out);
      return Kind::kText;  // pound, yen
    case 0xB5:
      out += 'u';
      return Kind::kText;  // micro sign
    case 0xB9:
      out += '1';
      return Kind::kText;
    case 0xB2:
      out += '2';
      return Kind::kText;
    case 0xB3:
      out += '3';
      return Kind::kText;
    case 0x1CD:
    case 0x1CE:
      out += 'a';
      return Kind::kText;  // pinyin tones
    case 0x1CF:
    case 0x1D0:
      out += 'i';
      return Kind::kText;
    case 0x1D1:
    case 0x1D2:
    case 0x1A0:
    case 0x1A1:
      out += 'o';
      return Kind::kText;
    case 0x1D3:
    case 0x1D4:
    case 0x1AF:
    case 0x1B0:
      out += 'u';
      return Kind::kText;
    case 0x218:
    case 0x219:
      out += 's';
      return Kind::kText;  // Romanian
    case 0x21A:
    case 0x21B:
      out += 't';
      return Kind::kText;
    case 0x401:
    case 0x451:
      AppendCodePoint(0x435, out);
      return Kind::kText;  // Cyrillic yo -> ye
    case 0xFB00:
      out += "ff";
      return Kind::kText;  // ligatures (PDF text)
    case 0xFB01:
      out += "fi";
      return Kind::kText;
    case 0xFB02:
      out += "fl";
      return Kind::kText;
    case 0xFB03:
      out += "ffi";
      return Kind::kText;
    case 0xFB04:
      out += "ffl";
      return Kind::kText;
    case 0xFFFD:
      return Kind::kSeparator;
    default:
      break;
  }
  if (cp >= 0x1D5 && cp <= 0x1DC) {
    out += 'u';
    return Kind::kText;
  }
  if (cp < 0xC0) return Kind::kSeparator;  // Latin-1 punctuation and symbols, C1 controls
  if (cp >= 0x391 && cp <= 0x3A9) {        // Greek capitals
    AppendCodePoint(cp + 0x20, out);
    return Kind::kText;
  }
  if (cp >= 0x410 && cp <= 0x42F) {  // Cyrillic capitals
    AppendCodePoint(cp + 0x20, out);
    return Kind::kText;
  }
  if (cp >= 0x400 && cp <= 0x40F) {
    AppendCodePoint(cp + 0x50, out);
    return Kind::kText;
  }
  if (cp >= 0x1EA0 && cp <= 0x1EF9) {  // Vietnamese
    out += cp <= 0x1EB7 ? 'a' : cp <= 0x1EC7 ? 'e' : cp <= 0x1ECB ? 'i' : cp <= 0x1EE3 ? 'o' : cp <= 0x1EF1 ? 'u' : 'y';
    return Kind::kText;
  }
  if (cp >= 0x2070 && cp <= 0x2089) {  // super- and subscript digits (NO2, m3)
    static constexpr char kDigits[] = "0i**456789+-=()n0123456789";
    char c = kDigits[cp - 0x2070];
    if (cp == 0x2071) return Kind::kText;  // superscript i: drop quietly
    if (c >= '0' && c <= '9') {
      out += c;
      return Kind::kText;
    }
    return Kind::kSeparator;
  }
  if (cp >= 0x2000 && cp <= 0x206F) return Kind::kSeparator;  // spaces, dashes, quotes
  if (cp >= 0x2E00 && cp <= 0x2E7F) return Kind::kSeparator;  // supplemental punctuation
  if (cp >= 0x3000 && cp <= 0x303F) return Kind::kSeparator;  // CJK punctuation
  if (cp >= 0xFE10 && cp <= 0xFE1F) return Kind::kSeparator;
  if (cp >= 0xFE30 && cp <= 0xFE6F) return Kind::kSeparator;
  if (cp >= 0xFF01 && cp <= 0xFF5E) return FoldCodePoint(cp - 0xFEE0, out);  // full-width ASCII
  if (cp >= 0xFF5F && cp <= 0xFF65) return Kind::kSeparator;
  AppendCodePoint(cp, out);
  return Kind::kText;
}

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

char32_t DecodeUtf8(std::string_view s, size_t& i) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char b0 = byte(i);
  if (b0 < 0x80) {
    ++i;
    return b0;
  }
  int len = 0;
  char32_t cp = 0;
  if ((b0 & 0xE0) == 0xC0) {
    len = 2;
    cp = b0 & 0x1F;
  } else if ((b0 & 0xF0) == 0xE0) {
    len = 3;
    cp = b0 & 0x0F;
  } else if ((b0 & 0xF8) == 0xF0) {
    len = 4;
    cp = b0 & 0x07;
  } else {
    ++i;
    return 0xFFFD;
  }
  if (i + static_cast<size_t>(len) > s.size()) {
    ++i;
    return 0xFFFD;
  }
  for (int k = 1; k < len; ++k) {
    unsigned char b = byte(i + static_cast<size_t>(k));
    if ((b & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  static constexpr char32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++i;
    return 0xFFFD;
  }
  i += static_cast<size_t>(len);
  return cp;
}

void AppendUtf8(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool IsCjk(char32_t cp) {
  return (cp >= 0x2E80 && cp <= 0x9FFF) ||  // radicals, kana, CJK ideographs
         (cp >= 0xAC00 && cp <= 0xD7AF) ||  // Hangul
         (cp >= 0xF900 && cp <= 0xFAFF) ||  // compatibility ideographs
         (cp >= 0x20000 && cp <= 0x3FFFF);  // extensions
}

bool IsWordChar(char32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  if (IsCjk(cp)) return false;
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;  // punctuation, symbols, currency
  if (cp >= 0x3000 && cp <= 0x303F) return false;
  if (cp >= 0xFE10 && cp <= 0xFFFF) return false;
  if (cp >= 0xA0 && cp <= 0xBF) return false;
  return true;
}

char32_t CodePointBefore(std::string_view s, size_t pos) {
  if (pos == 0 || pos > s.size()) return 0;
  size_t start = pos - 1;
  while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80 && pos - start < 4) --start;
  size_t i = start;
  return DecodeUtf8(s, i);
}

char32_t CodePointAt(std::string_view s, size_t pos) {
  if (pos >= s.size()) return 0;
  return DecodeUtf8(s, pos);
}

std::string_view Normalized::Original(std::string_view input, size_t begin, size_t end) const {
  if (begin >= end || end >= source.size()) return {};
  size_t b = source[begin], e = source[end];
  if (b > input.size() || e > input.size() || e <= b) return {};
  // Trim what the separators left at the end (a space or punctuation the match did not use).
  while (e > b && (input[e - 1] == ' ' || input[e - 1] == '\n' || input[e - 1] == '\t' || input[e - 1] == '\r')) --e;
  return input.substr(b, e - b);
}

Normalized Normalize(std::string_view in) {
  // Folding never lengthens the text (every code point gives at most as many
  // bytes as it had), so both arrays are sized once and written in place.
  Normalized n;
  n.text.resize(in.size());
  n.source.resize(in.size() + 1);
  char* text = n.text.data();
  uint32_t* source = n.source.data();
  size_t o = 0;
  auto emit = [&](char c, size_t at) {
    text[o] = c;
    source[o] = static_cast<uint32_t>(at);
    ++o;
  };
  auto separator = [&](size_t at) {
    if (o > 0 && text[o - 1] != ' ') emit(' ', at);
  };
  Folded folded;
  size_t i = 0;
  while (i < in.size()) {
    size_t at = i;
    // ASCII letters, digits and spaces, the bulk of most texts, need no decoding.
    unsigned char b = static_cast<unsigned char>(in[i]);
    if ((b >= 'a' && b <= 'z') || (b >= '0' && b <= '9')) {
      emit(static_cast<char>(b), at);
      ++i;
      continue;
    }
    if (b >= 'A' && b <= 'Z') {
      emit(static_cast<char>(b + 32), at);
      ++i;
      continue;
    }
    if (b == ' ' || b == '\n') {
      separator(at);
      ++i;
      continue;
    }
    char32_t cp = DecodeUtf8(in, i);
    // '.' and ',' (also full-width) between two digits stay: 1,094,000 / 1.1 / PM2.5.
    if ((cp == '.' || cp == ',' || cp == 0xFF0C || cp == 0xFF0E) && o > 0 && IsAsciiDigit(text[o - 1])) {
      size_t j = i;
      char32_t next = j < in.size() ? DecodeUtf8(in, j) : 0;
      if ((next >= '0' && next <= '9') || (next >= 0xFF10 && next <= 0xFF19)) {
        emit((cp == ',' || cp == 0xFF0C) ? ',' : '.', at);
        continue;
      }
    }
    folded.size = 0;
    switch (FoldCodePoint(cp, folded)) {
      case Kind::kDrop:
        break;
      case Kind::kSeparator:
        separator(at);
        break;
      case Kind::kText:
        for (size_t k = 0; k < folded.size; ++k) emit(folded.bytes[k], at);
        break;
    }
  }
  uint32_t end = static_cast<uint32_t>(in.size());
  if (o > 0 && text[o - 1] == ' ') {  // trailing separators: the text ends where they start
    --o;
    end = source[o];
  }
  n.text.resize(o);
  n.source.resize(o + 1);
  n.source[o] = end;
  return n;
}

std::string Fold(std::string_view utf8) { return Normalize(utf8).text; }

}  // namespace silkdex::kit
