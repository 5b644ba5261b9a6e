// Internal: the words of a text as the gazetteer matches them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace silkdex::places {

// A word: a run of letters, digits and marks; an apostrophe inside it (' ’ ʼ) is
// kept as "'". Chinese and Japanese characters are not words (they are matched as
// substrings), nor are punctuation and spaces.
struct Token {
  size_t begin = 0;         // byte offsets in the text
  size_t end = 0;
  std::string key;          // lower case, accents removed (analysis::Fold)
  bool capitalised = false; // the first letter is upper or title case
  bool all_caps = false;    // letters, all upper case
  bool joined = false;      // follows the previous word across spaces, hyphens or periods only
};

// REQUIRES: text is UTF-8 (invalid bytes separate words).
std::vector<Token> Tokenize(std::string_view text);

// The tokens' keys joined by single spaces: "Huai’an" -> "huai'an", "Sta. Rosa" -> "sta rosa".
std::string NameKey(std::string_view name);

// True when the name is written in Han characters (matched as a substring).
bool IsHanName(std::string_view name);

// True when the name has letters and none is lower case ("CDMX", "USA").
bool IsAllCaps(std::string_view name);

}  // namespace silkdex::places
