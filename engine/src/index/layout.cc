#include "index/layout.h"

#include <algorithm>
#include <set>

#include "silkdex/document_json.h"

namespace silkdex::index {
namespace {

constexpr char kSchemaKey[] = "silkdex.schema_version";
constexpr char kAnalyzerKey[] = "silkdex.analyzer";

void AddUnique(std::vector<std::string>* out, const std::string& v) {
  if (!v.empty() && std::find(out->begin(), out->end(), v) == out->end()) out->push_back(v);
}

void IndexField(Xapian::TermGenerator& tg, const analysis::TextField& field, const std::string& text,
                unsigned gap, bool prefixed_positions) {
  if (text.empty()) return;
  tg.index_text(text, field.weight);
  tg.increase_termpos(gap);
  if (prefixed_positions) tg.index_text(text, 1, field.prefix);
  else tg.index_text_without_positions(text, 1, field.prefix);
  tg.increase_termpos(gap);
}

}  // namespace

std::vector<std::string> FacetValues(const Document& doc, std::string_view facet) {
  std::vector<std::string> v;
  if (facet == "theme") for (const auto& t : doc.themes) AddUnique(&v, t);
  else if (facet == "type") AddUnique(&v, doc.type);
  else if (facet == "country") {
    for (const auto& c : doc.countries) AddUnique(&v, c);
    for (const auto& c : doc.cities) AddUnique(&v, c.country);
  } else if (facet == "city") for (const auto& c : doc.cities) AddUnique(&v, c.name);
  else if (facet == "year") { if (doc.date.size() >= 4) AddUnique(&v, doc.date.substr(0, 4)); }
  else if (facet == "partner") for (const auto& p : doc.partners) AddUnique(&v, p);
  else if (facet == "lang") AddUnique(&v, doc.language);
  else if (facet == "tag") for (const auto& t : doc.tags) AddUnique(&v, t);
  else if (facet == "sdg") for (int n : doc.sdgs) AddUnique(&v, std::to_string(n));
  else if (facet == "status") AddUnique(&v, doc.status);
  else if (facet == "suggested_theme") {
    for (const auto& t : doc.suggested_themes)
      if (t.confidence >= kSuggestionThreshold) AddUnique(&v, t.theme);
  } else if (auto it = doc.extracted.find(std::string(facet)); it != doc.extracted.end()) {
    for (const auto& e : it->second) AddUnique(&v, e);
  }
  return v;
}

std::string SerialiseList(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& v : values) {
    uint64_t len = v.size();
    do {
      unsigned char c = len & 0x7f;
      len >>= 7;
      out += static_cast<char>(len ? c | 0x80 : c);
    } while (len);
    out += v;
  }
  return out;
}

std::vector<std::string> UnserialiseList(std::string_view s) {
  std::vector<std::string> out;
  ForEachInList(s, [&](std::string_view item) { out.emplace_back(item); });
  return out;
}

std::string SerialiseFacets(const Document& doc, const std::vector<std::string>& facets) {
  std::vector<std::string> flat;
  auto add = [&](const std::string& f) {
    auto values = FacetValues(doc, f);
    if (values.empty()) return;
    flat.push_back(f);
    flat.push_back(SerialiseList(values));
  };
  for (const auto& f : facets) add(f);
  for (const auto& [facet, values] : doc.extracted)
    if (std::find(facets.begin(), facets.end(), facet) == facets.end()) add(facet);
  return SerialiseList(flat);
}

FacetLists UnserialiseFacets(const std::string& serialised) {
  FacetLists out;
  ForEachFacet(serialised, [&](std::string_view name, std::string_view list) { out.emplace_back(name, UnserialiseList(list)); });
  return out;
}

Xapian::Document BuildXapianDocument(const Document& doc, const analysis::Analyzer& analyzer,
                                     Xapian::TermGenerator& tg) {
  const analysis::Definitions& defs = analyzer.definitions();
  Xapian::Document xd;
  tg.set_document(xd);
  tg.set_stemmer(analyzer.StemmerFor(doc.language));
  tg.set_stopper(analyzer.StopperFor(doc.language));
  tg.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);

  IndexField(tg, defs.text("title"), doc.title, defs.field_gap, /*prefixed_positions=*/true);
  IndexField(tg, defs.text("summary"), doc.summary, defs.field_gap, false);
  IndexField(tg, defs.text("body"), doc.body, defs.field_gap, false);
  std::string transcript;
  for (const auto& seg : doc.segments) transcript += seg.text + "\n";
  IndexField(tg, defs.text("transcript"), transcript, defs.field_gap, false);
  std::string places;
  for (const auto& c : doc.cities) places += c.name + " " + c.country + "\n";
  for (const auto& c : doc.countries) places += c + "\n";
  IndexField(tg, defs.text("cities"), places, defs.field_gap, false);

  // Boolean filter terms: whole values, folded (lower case, no accents).
  xd.add_boolean_term(defs.filter("id").prefix + doc.id);
  for (const char* facet : {"type", "theme", "suggested_theme", "city", "country", "partner", "tag", "lang", "sdg", "status", "year"})
    for (const auto& v : FacetValues(doc, facet)) xd.add_boolean_term(analyzer.FilterTerm(facet, v));

  if (!doc.date.empty()) {
    auto key = NormalizeDate(doc.date);
    if (key.ok()) xd.add_value(defs.value_slot("date"), *key);
  }
  if (doc.views) xd.add_value(defs.value_slot("views"), Xapian::sortable_serialise(static_cast<double>(*doc.views)));
  xd.add_value(defs.value_slot("facets"), SerialiseFacets(doc, defs.facets));
  xd.set_data(DocumentToJson(doc));
  return xd;
}

void WriteStamp(Xapian::WritableDatabase& db, const analysis::Definitions& defs) {
  db.set_metadata(kSchemaKey, std::to_string(defs.schema_version));
  db.set_metadata(kAnalyzerKey, defs.fingerprint);
}

Status CheckStamp(const Xapian::Database& db, const analysis::Definitions& defs, const std::filesystem::path& path) {
  std::string schema = db.get_metadata(kSchemaKey);
  std::string analyzer = db.get_metadata(kAnalyzerKey);
  if (schema.empty() && analyzer.empty() && db.get_doccount() == 0) return Status::Ok();
  std::string want_schema = std::to_string(defs.schema_version);
  if (schema == want_schema && analyzer == defs.fingerprint) return Status::Ok();
  return Status::FailedPrecondition(
      "the index at " + path.string() + " was built with schema version " + (schema.empty() ? "(none)" : schema) +
      " and analyzer " + (analyzer.empty() ? "(none)" : analyzer) + ", but this silkdex uses schema version " +
      want_schema + " and analyzer " + defs.fingerprint +
      "; rebuild it with `silkdex index DIR --rebuild` (its documents must be indexed again)");
}

Status FromXapian(const Xapian::Error& e, std::string_view context) {
  std::string msg = std::string(context) + ": " + e.get_msg();
  std::string type = e.get_type();
  if (type == "DatabaseLockError") return Status::Unavailable(msg + " (another silkdex is writing this index)");
  if (type == "DatabaseNotFoundError" || type == "DatabaseOpeningError") return Status::NotFound(msg);
  if (type == "DatabaseCorruptError") return Status::Corruption(msg);
  if (type == "DatabaseVersionError") return Status::FailedPrecondition(msg);
  if (type == "QueryParserError" || type == "InvalidArgumentError" || type == "RangeError")
    return Status::InvalidArgument(msg);
  if (type == "DatabaseModifiedError") return Status::Unavailable(msg + " (retry)");
  if (type == "DatabaseError" || type == "NetworkError" || type == "NetworkTimeoutError") return Status::IOError(msg);
  return Status::Internal(msg + " (" + type + ")");
}

}  // namespace silkdex::index
