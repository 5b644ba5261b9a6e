// Internal: how a Document is laid out in a Xapian document (terms, values,
// data) and how an index is stamped with the definitions it was built with.
// The search side reads the same layout, so both live here.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <xapian.h>

#include "analysis/analyzer.h"
#include "silkdex/document.h"
#include "silkdex/status.h"

namespace silkdex::index {


// Builds the Xapian document: text terms with positions (per-language
// stemming, CJK n-grams, field prefixes and weights), boolean filter terms,
// value slots, facet lists, and the document's JSON as data. `tg` carries the
// database for spelling data.
Xapian::Document BuildXapianDocument(const Document& doc, const analysis::Analyzer& analyzer,
                                     Xapian::TermGenerator& tg);

// The display values of one facet for a document ("city" -> {"Medellín", "Udine"}).
std::vector<std::string> FacetValues(const Document& doc, std::string_view facet);

// A list of strings in a value slot, and back.
std::string SerialiseList(const std::vector<std::string>& values);
std::vector<std::string> UnserialiseList(const std::string& serialised);

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
