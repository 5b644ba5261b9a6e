// silkdex: the words of a synonym group for query expansion, each with its
// language (the thematic plugins' multilingual vocabularies).
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace silkdex {

// A word or phrase of a synonym group and the language it is written in
// ("en", "es", "zh", ...; empty when it is the same in every language, such as
// an acronym of indexes/default/synonyms.yaml).
struct SynonymTerm {
  SynonymTerm(std::string text_in, std::string language_in = "")  // NOLINT: a bare string is a term of no language
      : text(std::move(text_in)), language(std::move(language_in)) {}
  SynonymTerm(const char* text_in) : text(text_in) {}  // NOLINT: {"drr", "disaster risk reduction"} is a group
  std::string text;
  std::string language;
  bool operator==(const SynonymTerm&) const = default;
};

// Ways of saying one thing; the first is the preferred term.
using SynonymGroup = std::vector<SynonymTerm>;

}  // namespace silkdex
