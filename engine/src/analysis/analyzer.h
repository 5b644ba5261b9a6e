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
#include "silkdex/vocabulary.h"

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
  explicit Analyzer(const Definitions& defs, std::vector<SynonymGroup> extra_synonyms = {});

  const Definitions& definitions() const { return defs_; }

  // The stemmer for a language, or Xapian::Stem() (none) when it has none.
  Xapian::Stem StemmerFor(std::string_view lang) const;
  // The stop word list for a language, or nullptr.
  const Xapian::Stopper* StopperFor(std::string_view lang) const;

  // prefix + Fold(value), e.g. FilterTerm("city", "Medellín") == "XCImedellin".
  std::string FilterTerm(std::string_view field, std::string_view value) const;

  // A run of a query's words that is a member of one or more synonym groups.
  struct SynonymMatch {
    std::string typed;                // the words as the person typed them
    std::string language;             // theirs as a member ("" when unknown or several)
    std::vector<SynonymTerm> others;  // every other member of those groups, lower case
  };
  struct Expansion {
    // The query with each match replaced by `placeholder:N`, N its index in
    // `matches` (for a query parser field processor).
    std::string text;
    std::vector<SynonymMatch> matches;
  };
  // Finds the words and phrases of a query that belong to a synonym group.
  // The single-word head term of an extra (vocabulary) group does not expand.
  // Quoted phrases, prefixed words (`title:x`) and operators are left as they are.
  Expansion FindSynonyms(std::string_view query, std::string_view placeholder) const;

  // The query with every match OR-ed with its group:
  // `DRR plans` -> `(drr OR "disaster risk reduction") plans`.
  std::string ExpandSynonyms(std::string_view query) const;

 private:
  const Definitions& defs_;
  struct Group {
    std::vector<SynonymTerm> members;  // lower case; the first is the preferred term
    bool vocabulary;                   // an extra group, not one of the definitions'
  };
  std::vector<Group> synonym_groups_;
  std::map<std::string, std::unique_ptr<Xapian::SimpleStopper>> stoppers_;
};

}  // namespace silkdex::analysis
