// silkdex plugin kit: a ThemeModel behind the SDK's C++ helper. A thematic
// plugin is its model (data) and these two calls:
//
//   const silkdex::kit::ThemeModel& Model();  // built once, on first use
//   void Extract(const silkdex::sdk::Document& d, silkdex::sdk::Findings& f) { silkdex::kit::Report(Model(), d, f); }
//   void Vocabulary(silkdex::sdk::Vocabulary& v) { silkdex::kit::ReportVocabulary(Model(), v); }
// or, for a plugin that is nothing but a model, SILKDEX_KIT_PLUGIN("drr", "1.0.0", Build) below.
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

// Defines a whole plugin whose findings and vocabulary all come from one
// ThemeModel made by BUILD() (built once, on first use, thread-safe): the
// theme it serves is its name.
#define SILKDEX_KIT_PLUGIN(NAME, VERSION, BUILD)                                                          \
  namespace {                                                                                            \
  const silkdex::kit::ThemeModel& KitModel() {                                                           \
    static const silkdex::kit::ThemeModel model = BUILD();                                               \
    return model;                                                                                        \
  }                                                                                                      \
  void KitExtract(const silkdex::sdk::Document& doc, silkdex::sdk::Findings& out) {                      \
    silkdex::kit::Report(KitModel(), doc, out);                                                          \
  }                                                                                                      \
  void KitVocabulary(silkdex::sdk::Vocabulary& out) { silkdex::kit::ReportVocabulary(KitModel(), out); } \
  }                                                                                                      \
  SILKDEX_PLUGIN(NAME, VERSION, NAME,                                                                    \
                 SILKDEX_CAP_THEMES | SILKDEX_CAP_ENTITIES | SILKDEX_CAP_QUANTITIES | SILKDEX_CAP_VOCABULARY, \
                 KitExtract, KitVocabulary)
