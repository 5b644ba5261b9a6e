// silkdex plugin kit: quantities read from text, with their unit and what they
// count: "1,094,000 masks", "1.1 million masks", "250,000 disposable surgical
// masks", "150K RMB", "47%", "1,7 millones de visualizaciones", "250 000
// masques", "109.4万只口罩" (1,094,000 masks).
//
// Numbers follow the document's language where it matters: in "2.500" the dot
// groups thousands in Spanish, French, Portuguese, Russian...; in English it
// is a decimal point, unless three digits follow and no multiplier ("1.500
// participants" is read as 1500 in any language: people are not counted in
// fractions). A number is kept when it has a unit (%, a currency, t, km, ha,
// MW...) or is followed (or, in Chinese, preceded) closely by a known noun:
// a "countable", given in several languages with its English name.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "silkdex/kit/matcher.h"
#include "silkdex/kit/text.h"

namespace silkdex::kit {

struct Quantity {
  double value = 0;
  std::string unit;             // "" for a count, or "%", "RMB", "USD", "EUR", "t", "km", "ha", "MW", "µg/m³"...
  std::string counts;           // English: "masks", "live views"; "" when unknown
  std::string text;             // the document's own words: "250,000 disposable surgical masks"
  int owner = 0;                // the `owner` given with the countable (-1 without a countable)
  uint32_t begin = 0, end = 0;  // range in the normalised text
};

class QuantityReader {
 public:
  // `terms` in the syntax of terms.h. `owner` is returned with each quantity
  // that counts it (a plugin uses it to tell its own countables from shared ones).
  void AddCountable(const std::string& english, std::string_view terms, int owner = 0);
  // The countables every plugin knows: people, participants, countries, cities, views...
  void AddCommonCountables(int owner);
  void Compile();

  // `input` is the text `n` was made from; `language` a BCP-47 primary tag.
  std::vector<Quantity> Read(const Normalized& n, std::string_view input, std::string_view language) const;

  // The same, sharing a matcher with other phrases so that the text is scanned
  // once: the countables' phrases go into `matcher` (in `group`, apart from the
  // others), which the caller compiles and runs; Read then takes all its
  // matches and ignores those of other phrases.
  void AddCountableTo(PhraseMatcher& matcher, uint32_t group, const std::string& english, std::string_view terms,
                      int owner);
  void AddCommonCountablesTo(PhraseMatcher& matcher, uint32_t group, int owner);
  std::vector<Quantity> Read(const Normalized& n, std::string_view input, std::string_view language,
                             const std::vector<PhraseMatcher::Match>& matches) const;

 private:
  struct Countable {
    std::string english;
    int owner;
  };
  PhraseMatcher matcher_;               // when not shared
  std::vector<int> pattern_countable_;  // pattern id -> index in countables_, or -1
  std::vector<Countable> countables_;
  int people_owner_ = -1;  // owner of "people" read from a bare Chinese 人
};

// One number at `pos` of a normalised text (`pos` at a digit): its value
// before multipliers and where it ends. Exposed for the tests.
struct ParsedNumber {
  double value = 0;
  size_t end = 0;
  bool plain_integer = true;  // no separators
  int digits = 0;
};
ParsedNumber ParseNumber(std::string_view text, size_t pos, std::string_view language, bool multiplier_follows);

}  // namespace silkdex::kit
