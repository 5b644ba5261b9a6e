// Internal: how a Document is laid out in a Xapian document (terms, values,
// data) and how an index is stamped with the definitions it was built with.
// The search side reads the same layout, so both live here.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string_view>
#include <string>
#include <vector>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "silkdex/document.h"
#include "silkdex/status.h"

namespace silkdex::index {


// A plugin's suggested theme counts (facet, `suggested` filter) from this confidence on.
inline constexpr double kSuggestionThreshold = 0.5;

// Builds the Xapian document: text terms with positions (per-language
// stemming, CJK n-grams, field prefixes and weights), boolean filter terms,
// value slots, facet lists, and the document's JSON as data. `tg` carries the
// database for spelling data.
Xapian::Document BuildXapianDocument(const Document& doc, const analysis::Analyzer& analyzer,
                                     Xapian::TermGenerator& tg);

// The display values of one facet for a document ("city" -> {"Medellín", "Udine"});
// a facet that is no field of the contract is looked up in the plugins' `extracted`.
std::vector<std::string> FacetValues(const Document& doc, std::string_view facet);

// A list of strings in a value slot (each a varint length and the bytes), and back.
std::string SerialiseList(const std::vector<std::string>& values);
std::vector<std::string> UnserialiseList(std::string_view serialised);

// Calls f(item) for each item of a serialised list, without copying; stops at
// the end or at a malformed item.
template <typename F>
void ForEachInList(std::string_view s, F f) {
  size_t pos = 0;
  while (pos < s.size()) {
    uint64_t len = 0;
    int shift = 0;
    unsigned char c;
    do {
      if (pos >= s.size() || shift > 56) return;
      c = static_cast<unsigned char>(s[pos++]);
      len |= uint64_t{c & 0x7fu} << shift;
      shift += 7;
    } while (c & 0x80);
    if (len > s.size() - pos) return;
    f(s.substr(pos, len));
    pos += len;
  }
}

// Calls f(facet, values_list) for each facet of a facets value; values_list is
// itself a serialised list (ForEachInList).
template <typename F>
void ForEachFacet(std::string_view s, F f) {
  std::string_view name;
  bool have_name = false;
  ForEachInList(s, [&](std::string_view item) {
    if (!have_name) {
      name = item;
      have_name = true;
    } else {
      f(name, item);
      have_name = false;
    }
  });
}

// The facets slot: for each facet of `facets` the document has values for, its
// name and its values.
using FacetLists = std::vector<std::pair<std::string, std::vector<std::string>>>;
std::string SerialiseFacets(const Document& doc, const std::vector<std::string>& facets);
FacetLists UnserialiseFacets(const std::string& serialised);

// Writes the schema version and analyzer fingerprint into the index metadata.
void WriteStamp(Xapian::WritableDatabase& db, const analysis::Definitions& defs);
// kFailedPrecondition, naming both versions and the fix, when the index at
// `path` was built with other definitions. An index with no stamp and no
// documents is accepted (it was just created).
Status CheckStamp(const Xapian::Database& db, const analysis::Definitions& defs, const std::filesystem::path& path);

// Translates a Xapian exception into a Status (at the engine's edge, once).
Status FromXapian(const Xapian::Error& e, std::string_view context);

}  // namespace silkdex::index
