// silkdex: places. Cities and countries recognised in text by a gazetteer, each
// normalised to one name ("Medellin", "MEDELLÍN", "麦德林" -> Medellín, Colombia),
// and added to a document's `cities` / `countries` when its metadata lacks them.
//
// The gazetteer is built from libgeonames (about 24,000 cities of 15,000 people
// or more), the iso-codes package (ISO 3166-1 countries) and the supplement
// indexes/default/places.yaml (embedded in the binary): UN-style country names,
// aliases and exonyms (es, fr, pt, ru, zh), cities geonames lacks, and city
// names that are common words and so are never matched from geonames alone.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "silkdex/document.h"
#include "silkdex/status.h"

namespace silkdex {

struct GazetteerOptions {
  // The ISO 3166-1 list of the iso-codes package.
  std::string iso_3166_path = "/usr/share/iso-codes/json/iso_3166-1.json";
  // The supplement as YAML text; empty: the built-in indexes/default/places.yaml.
  std::string supplement_yaml;
};

// Immutable once loaded: every method is const and safe to call from many threads.
class Gazetteer {
 public:
  // Reads the sources; takes about 0.2 s, so load once and share.
  // Errors: kNotFound / kIOError for a missing or unreadable iso-codes file,
  // kCorruption for a malformed one, kInvalidArgument (with the line) for a
  // supplement that is not valid YAML or names an unknown country code.
  static Result<std::unique_ptr<Gazetteer>> Load(const GazetteerOptions& options = {});

  ~Gazetteer();
  Gazetteer(const Gazetteer&) = delete;
  Gazetteer& operator=(const Gazetteer&) = delete;

  // The cities mentioned in `text`, normalised, each once, in order of first
  // mention. Latin and Cyrillic names match whole words, accents and case
  // folded, but only where the text capitalises them ("Reading" the town is
  // never matched, nor "nice" or "mobile"); Chinese names match as substrings.
  // Small towns (under 100,000 people) count only when their country is named
  // close by ("Potenza (Italy)"). An ambiguous name is the most populous city
  // of that name, unless the text names another's country close by.
  std::vector<City> FindCities(std::string_view text) const;

  // The countries named in `text` ("South Korea", "RSK", "韩国" -> "Republic of
  // Korea"), each once, in order of first mention. Countries of the cities are
  // not added here (AddPlaces does that).
  std::vector<std::string> FindCountries(std::string_view text) const;

  // A city by one of its names, any case and accents: "Medellin" -> {"Medellín",
  // "Colombia"}; "Santiago, Philippines" or "San Fernando (Philippines)" picks
  // that country's city. nullopt when unknown.
  std::optional<City> Lookup(std::string_view name) const;

  // A country by one of its names or codes ("USA", "México", "中国", "KR"), as
  // the UN-style short name used in the `countries` facet. nullopt when unknown.
  std::optional<std::string> LookupCountry(std::string_view name) const;

  size_t city_count() const;     // distinct cities
  size_t country_count() const;  // distinct countries

  struct Data;  // internal

 private:
  friend void AddPlaces(const Gazetteer& gazetteer, Document* doc);
  explicit Gazetteer(std::unique_ptr<Data> data);
  std::unique_ptr<Data> data_;
};

// Fills doc->cities from the title, summary, body and transcript segments when
// it is empty, and doc->countries when it is empty (the countries named, and the
// country of each city, whether the city came from the metadata or the text).
// Values are deduplicated and kept in order of first mention; a field the
// metadata already fills is left as it is.
void AddPlaces(const Gazetteer& gazetteer, Document* doc);

}  // namespace silkdex
