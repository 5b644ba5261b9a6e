// silkdex plugin kit: the little language the plugins write their term lists in.
//
//   "en: flood*, flash flood; es: inundaci*, riada; zh: 洪水, 洪涝"
//
// Groups are separated by ';', each starting with a language tag and ':';
// items by ','. A trailing '*' makes the last word a prefix (a pattern, not a
// word: it is left out of the vocabulary); a leading '~' marks an item used
// for matching only (too loose to offer as a synonym). "\\," and "\\;" stand for a
// literal comma or semicolon ("PM2\\,5").
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace silkdex::kit {

struct Term {
  std::string language;  // "en", "es", "zh", ...
  std::string text;      // as written, without the leading '~' (a trailing '*' kept)
  bool vocabulary = true;
};

// Throws std::invalid_argument on a group without a language tag.
std::vector<Term> ParseTerms(std::string_view spec);

}  // namespace silkdex::kit
