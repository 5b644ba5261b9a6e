// silkdex plugin SDK, C++ side: write a plugin as two ordinary C++ functions
// and let SILKDEX_PLUGIN define the C entry point. Exceptions are caught at the
// boundary and turned into the error the host logs; nothing else crosses it.
//
//   void Extract(const silkdex::sdk::Document& doc, silkdex::sdk::Findings& out) {
//     if (doc.Contains("flood")) out.Theme("drr", 0.8, {"flood"});
//   }
//   void Vocabulary(silkdex::sdk::Vocabulary& v) { v.Term("disaster risk reduction", "DRR", "en"); }
//   SILKDEX_PLUGIN("drr", "1.0.0", "drr", SILKDEX_CAP_THEMES | SILKDEX_CAP_VOCABULARY, Extract, Vocabulary)
#pragma once

#include <cstdio>
#include <exception>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "silkdex/plugin.h"

namespace silkdex::sdk {

// The document, as views into the host's memory (valid during the call).
struct Document {
  std::string_view id, language, title, summary, body;

  explicit Document(const silkdex_document* d)
      : id(d->id.data, d->id.size),
        language(d->language.data, d->language.size),
        title(d->title.data, d->title.size),
        summary(d->summary.data, d->summary.size),
        body(d->body.data, d->body.size) {}
};

// What the plugin found; each call is copied by the host at once.
class Findings {
 public:
  explicit Findings(const silkdex_sink* sink) : sink_(sink) {}
  void Theme(const std::string& theme, double confidence, const std::vector<std::string>& evidence) {
    std::string joined;
    for (const auto& e : evidence) joined += (joined.empty() ? "" : "\n") + e;
    sink_->suggest_theme(sink_->host, theme.c_str(), confidence, joined.c_str());
  }
  void Entity(const std::string& facet, const std::string& value) {
    sink_->entity(sink_->host, facet.c_str(), value.c_str());
  }
  void Quantity(double value, const std::string& unit, const std::string& counts, const std::string& text) {
    sink_->quantity(sink_->host, value, unit.c_str(), counts.c_str(), text.c_str());
  }

 private:
  const silkdex_sink* sink_;
};

class Vocabulary {
 public:
  explicit Vocabulary(const silkdex_vocabulary_sink* sink) : sink_(sink) {}
  void Term(const std::string& preferred, const std::string& variant, const std::string& language) {
    sink_->term(sink_->host, preferred.c_str(), variant.c_str(), language.c_str());
  }

 private:
  const silkdex_vocabulary_sink* sink_;
};

// Runs `body`; an exception becomes a non-zero return with its message in `error`.
template <typename F>
int Guarded(F body, char* error, size_t error_size) {
  try {
    body();
    return 0;
  } catch (const std::exception& e) {
    if (error_size) std::snprintf(error, error_size, "%s", e.what());
  } catch (...) {
    if (error_size) std::snprintf(error, error_size, "unknown exception");
  }
  return 1;
}

// Calls a plugin's vocabulary function, or nothing when it is nullptr.
template <typename F>
void CallVocabulary(F fn, Vocabulary& v) {
  if constexpr (!std::is_same_v<F, std::nullptr_t>) fn(v);
}

}  // namespace silkdex::sdk

// Defines the plugin's description and its exported entry point. EXTRACT is
// void(const silkdex::sdk::Document&, silkdex::sdk::Findings&); VOCABULARY is
// void(silkdex::sdk::Vocabulary&), or nullptr.
#define SILKDEX_PLUGIN(NAME, VERSION, THEME, CAPABILITIES, EXTRACT, VOCABULARY)                              \
  namespace {                                                                                                \
  int silkdex_plugin_extract_(const silkdex_document* d, const silkdex_sink* s, char* e, size_t n) {          \
    return silkdex::sdk::Guarded(                                                                            \
        [&] {                                                                                                \
          silkdex::sdk::Findings findings(s);                                                                \
          EXTRACT(silkdex::sdk::Document(d), findings);                                                      \
        },                                                                                                   \
        e, n);                                                                                               \
  }                                                                                                          \
  int silkdex_plugin_vocabulary_(const silkdex_vocabulary_sink* s, char* e, size_t n) {                      \
    return silkdex::sdk::Guarded(                                                                            \
        [&] {                                                                                                \
          silkdex::sdk::Vocabulary vocabulary(s);                                                            \
          silkdex::sdk::CallVocabulary(VOCABULARY, vocabulary);                                             \
        },                                                                                                   \
        e, n);                                                                                               \
  }                                                                                                          \
  const silkdex_plugin silkdex_plugin_description_ = {sizeof(silkdex_plugin),   SILKDEX_PLUGIN_API_VERSION,  \
                                                      NAME,                     VERSION,                     \
                                                      THEME,                    CAPABILITIES,                \
                                                      silkdex_plugin_extract_,  silkdex_plugin_vocabulary_}; \
  }                                                                                                          \
  extern "C" __attribute__((visibility("default"))) const silkdex_plugin* silkdex_plugin_entry(void) {       \
    return &silkdex_plugin_description_;                                                                     \
  }
