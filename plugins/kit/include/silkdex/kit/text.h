// silkdex plugin kit: text normalisation shared by the thematic plugins.
//
// Normalize() turns UTF-8 text into the form every matcher of the kit works
// on: lower case, Latin accents folded ("Medellín" -> "medellin", "Straße" ->
// "strasse"), Cyrillic lower-cased, full-width forms made ASCII, and every run
// of spaces, punctuation and dashes turned into one space ("e-commerce" ->
// "e commerce"), except that '.' and ',' between two digits are kept
// ("1,094,000", "PM2.5"). Chinese and other scripts are copied as they are.
// Invalid UTF-8 becomes a space. Each output byte remembers where in the
// input it came from, so a match can be reported as the document's own words.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace silkdex::kit {

struct Normalized {
  std::string text;              // the normalised text
  std::vector<uint32_t> source;  // text.size() + 1 entries: input offset of each output byte, then the input size

  // The input bytes that produced text[begin, end).
  std::string_view Original(std::string_view input, size_t begin, size_t end) const;
};

Normalized Normalize(std::string_view utf8);

// The normalised text alone (for patterns and vocabulary).
std::string Fold(std::string_view utf8);

// Decodes the code point at s[i] (advancing i); invalid bytes give U+FFFD and advance by one.
char32_t DecodeUtf8(std::string_view s, size_t& i);
void AppendUtf8(char32_t cp, std::string& out);

// Letters and digits of alphabetic scripts (they need word boundaries). Chinese,
// Japanese and Korean characters are not word characters: a phrase in those
// scripts matches anywhere.
bool IsWordChar(char32_t cp);
bool IsCjk(char32_t cp);

// The code point that ends just before byte `pos` / starts at byte `pos` of a
// normalised text; 0 at either end.
char32_t CodePointBefore(std::string_view s, size_t pos);
char32_t CodePointAt(std::string_view s, size_t pos);

}  // namespace silkdex::kit
