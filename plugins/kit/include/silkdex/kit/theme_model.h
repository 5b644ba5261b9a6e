// silkdex plugin kit: a thematic plugin as data. A ThemeModel holds, for one
// theme, weighted cue phrases in several languages, entity rules (facet ->
// value, found by multilingual phrases), blocked phrases, countable nouns and
// synonyms; compiled once, it reads a document in one pass and returns:
//
//  - the theme's confidence in [0, 1] and the document's own words that led to it;
//  - entities as facet values (values in English whatever the document's language);
//  - quantities with unit and what they count;
//
// and gives its vocabulary (preferred term -> synonyms and translations).
//
// Scoring. Each cue that occurs adds its weight, once, plus `repeat_gain` of it
// for each further occurrence (up to `max_repeat`). An occurrence in the title
// counts `title_boost` times. An occurrence that is one item of an enumeration
// ("social protection, waste management, road construction and agriculture")
// counts `list_single` if it is the theme's only cue in that sentence,
// `list_double` if it is one of two. The sum is divided by sqrt(length /
// `length_reference`) for texts longer than `length_reference` words, so a long
// text needs more than a passing mention; then confidence = 1 - 2^(-score /
// `half_score`): a score of `half_score` gives 0.5. A single weight should stay
// below `half_score`, so one mention alone never reaches 0.5. Last, in a text of
// `spread_sentences` sentences or more, a theme whose cues all sit in one
// sentence (none in the title) is a passing mention: its score is capped at
// `spread_cap` * `half_score`.
//
// Thread safety: a compiled model is immutable; Extract is const and may run
// on many threads at once.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "silkdex/kit/matcher.h"
#include "silkdex/kit/quantity.h"
#include "silkdex/kit/terms.h"

namespace silkdex::kit {

enum class Gate {
  kAlways,  // reported whenever found (a specific name: "Sendai Framework", "PM2.5")
  kTheme,   // reported only when the theme's confidence reaches entity_gate ("recovery", "logistics")
};

// Whether a concept's phrases are synonyms and translations of its preferred
// term (they go into the vocabulary, for query expansion) or only related
// words that point to it ("museum", "gastronomy", "crafts" for culture).
enum class Vocab { kSynonyms, kRelated };

struct Tuning {
  double half_score = 2.0;
  double title_boost = 2.0;
  double repeat_gain = 0.5;
  int max_repeat = 4;
  double list_single = 0.3;
  double list_double = 0.4;
  int spread_sentences = 5;
  double spread_cap = 0.9;
  double length_reference = 250;  // words (a Chinese character counts 0.6)
  double report_threshold = 0.3;  // below it no suggestion is made at all
  double entity_gate = 0.4;
  double shared_quantity_gate = 0.5;  // shared countables (people, views...) need this confidence
  size_t max_evidence = 10;
};

struct DocumentText {
  std::string_view language, title, summary, body;
};

struct EntityValue {
  std::string facet, value;
  bool operator==(const EntityValue&) const = default;
};

struct Extraction {
  double confidence = 0;
  double score = 0;
  std::vector<std::string> evidence;  // the document's words, strongest first
  std::vector<EntityValue> entities;  // in order of first occurrence, each once
  std::vector<Quantity> quantities;   // in order of occurrence, each (value, unit, counts) once
};

struct VocabularyEntry {
  std::string preferred, variant, language;
};

class ThemeModel {
 public:
  explicit ThemeModel(std::string theme, Tuning tuning = {});

  // Phrases that point to the theme: synonyms and translations of `preferred`
  // (English), which heads their vocabulary entry.
  void Cue(const std::string& preferred, double weight, std::string_view terms);
  // Phrases that point to the theme without being synonyms: no vocabulary.
  void Signal(const std::string& label, double weight, std::string_view terms);
  // A facet value found by `terms`; `weight` > 0 also makes it a cue.
  void Entity(const std::string& facet, const std::string& value, std::string_view terms, double weight = 0,
              Gate gate = Gate::kTheme, Vocab vocab = Vocab::kSynonyms);
  // The term that heads the vocabulary entry of the concept added last, when its
  // facet value is too short to stand alone ("eco" -> "ecotourism").
  void Head(const std::string& preferred);
  // Phrases that count for nothing and hide the cues inside them ("Ghana Tourism Authority").
  void Block(std::string_view terms);
  // Vocabulary only (never matched).
  void Synonyms(const std::string& preferred, std::string_view terms);
  // A noun the theme counts: its quantities are always reported.
  void Countable(const std::string& english, std::string_view terms);
  void Compile();

  Extraction Extract(const DocumentText& doc) const;
  std::vector<VocabularyEntry> Vocabulary() const;

  const std::string& theme() const { return theme_; }
  const Tuning& tuning() const { return tuning_; }

 private:
  struct Concept {
    std::string facet;  // "" for a plain cue
    std::string value;  // preferred term / facet value
    double weight = 0;
    Gate gate = Gate::kTheme;
    bool matched = true;  // false: vocabulary only
    std::vector<Term> terms;
    std::string head;  // vocabulary head when not `value`
  };
  void AddConcept(Concept c);

  std::string theme_;
  Tuning tuning_;
  std::vector<Concept> concepts_;
  std::vector<int> pattern_concept_;  // pattern id -> concept index, -1 for a block
  PhraseMatcher matcher_;
  QuantityReader quantities_;
  bool compiled_ = false;
};

}  // namespace silkdex::kit
