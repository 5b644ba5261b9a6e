// Internal: the index definitions of indexes/ (fields, prefixes, weights,
// slots, stemmers, stop words, synonyms) loaded and checked once.
#pragma once

#include <algorithm>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "silkdex/status.h"

namespace silkdex::analysis {

// The index layout this code writes and reads (index/layout.cc). Definitions of
// another schema version are refused: their fields would be laid out otherwise.
inline constexpr int kSchemaVersion = 2;

struct TextField {
  std::string prefix;
  unsigned weight = 1;
};

struct FilterField {
  std::string prefix;
  std::string query_name;  // name in query syntax ("city" for `city:Medellín`), or empty
  std::string param;       // name of the search request filter, or empty
};

struct Definitions {
  int schema_version = 0;
  std::map<std::string, TextField> text_fields;
  std::map<std::string, FilterField> filter_fields;
  std::map<std::string, unsigned> value_slots;
  std::vector<std::string> facets;  // countable facets, in stored order
  std::map<std::string, std::string> stemmers;                // "es" -> "spanish"
  std::map<std::string, std::vector<std::string>> stopwords;  // "es" -> words
  std::vector<std::vector<std::string>> synonym_groups;       // lower case
  unsigned field_gap = 100;
  // Hex digest of every definition file's name and bytes: an index records the
  // fingerprint it was built with and refuses to open with another.
  std::string fingerprint;

  // REQUIRES: the name exists (Load checks the ones the engine uses).
  const TextField& text(std::string_view name) const { return text_fields.at(std::string(name)); }
  const FilterField& filter(std::string_view name) const { return filter_fields.at(std::string(name)); }
  unsigned value_slot(std::string_view name) const { return value_slots.at(std::string(name)); }
  bool has_facet(std::string_view name) const {
    return std::find(facets.begin(), facets.end(), name) != facets.end();
  }
};

// The definitions compiled into this binary (indexes/default).
const Definitions& DefaultDefinitions();

// Loads definitions from files given as (relative name, content) pairs, or from a folder laid out
// like indexes/default. Errors name the file and, for YAML, the line.
Result<Definitions> LoadDefinitions(const std::vector<std::pair<std::string, std::string>>& files);
Result<Definitions> LoadDefinitionsFromFolder(const std::filesystem::path& folder);

}  // namespace silkdex::analysis
