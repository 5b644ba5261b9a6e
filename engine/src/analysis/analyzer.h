// Internal: turns text into Xapian terms the same way at index and at query
// time, according to the index definitions.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "analysis/definitions.h"

namespace silkdex::analysis {

// The text with accents removed, case kept ("Medellín" -> "Medellin").
std::string StripAccents(std::string_view text);

// Lower case with accents removed ("Medellín" -> "medellin"), for filter terms
// and for matching facet values whatever way a person typed them.
std::string Fold(std::string_view text);

// "pt-BR" -> "pt", "zh-Hant" -> "zh", "EN" -> "en".
std::string PrimaryLanguage(std::string_view tag);

// Thread-safe after construction: every method is const.
class Analyzer {
 public:
  // `extra_synonyms`: groups to use besides the definitions' (plugins' vocabularies).
  explicit Analyzer(const Definitions& defs, std::vector<std::vector<std::string>> extra_synonyms = {});

  const Definitions& definitions() const { return defs_; }

  // The stemmer for a language, or Xapian::Stem() (none) when it has none.
  Xapian::Stem StemmerFor(std::string_view lang) const;
  // The stop word list for a language, or nullptr.
  const Xapian::Stopper* StopperFor(std::string_view lang) const;

  // prefix + Fold(value), e.g. FilterTerm("city", "Medellín") == "XCImedellin".
  std::string FilterTerm(std::string_view field, std::string_view value) const;

  // Rewrites a query so that a word or phrase of a synonym group matches any
  // member of the group: `DRR plans` -> `(DRR OR "disaster risk reduction") plans`.
  // The single-word head term of an extra (vocabulary) group does not expand.
  // Quoted phrases, prefixed words (`title:x`) and operators are left as they are.
  std::string ExpandSynonyms(std::string_view query) const;

 private:
  const Definitions& defs_;
  std::vector<std::vector<std::string>> synonym_groups_;  // the definitions' and the extra ones, lower case
  std::map<std::string, std::unique_ptr<Xapian::SimpleStopper>> stoppers_;
};

}  // namespace silkdex::analysis
