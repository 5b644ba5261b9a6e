// silkdex plugin kit: a ThemeModel behind the SDK's C++ helper. A thematic
// plugin is its model (data) and these two calls:
//
//   const silkdex::kit::ThemeModel& Model();  // built once, on first use
//   void Extract(const silkdex::sdk::Document& d, silkdex::sdk::Findings& f) { silkdex::kit::Report(Model(), d, f); }
//   void Vocabulary(silkdex::sdk::Vocabulary& v) { silkdex::kit::ReportVocabulary(Model(), v); }
#pragma once

#include "silkdex/kit/theme_model.h"
#include "silkdex/plugin_cpp.h"

namespace silkdex::kit {

// Runs the model on the document and reports: the theme (when its confidence
// reaches the model's report_threshold), entities, quantities.
inline void Report(const ThemeModel& model, const sdk::Document& doc, sdk::Findings& out) {
  Extraction x = model.Extract({doc.language, doc.title, doc.summary, doc.body});
  if (x.confidence >= model.tuning().report_threshold) out.Theme(model.theme(), x.confidence, x.evidence);
  for (const auto& e : x.entities) out.Entity(e.facet, e.value);
  for (const auto& q : x.quantities) out.Quantity(q.value, q.unit, q.counts, q.text);
}

inline void ReportVocabulary(const ThemeModel& model, sdk::Vocabulary& out) {
  for (const auto& v : model.Vocabulary()) out.Term(v.preferred, v.variant, v.language);
}

}  // namespace silkdex::kit
