// A small plugin host for the plugin tests: loads a module for real with
// Boost.DLL, checks its API version, calls silkdex_plugin_entry, then
// extract() and vocabulary() with sinks that collect what the plugin reports.
// The shared_library lives as long as the LoadedPlugin (Boost.DLL's rule:
// nothing from the plugin outlives it; the sinks copy every string).
#pragma once

#include <algorithm>
#include <boost/dll/shared_library.hpp>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "silkdex/plugin.h"

namespace silkdex::testhost {

struct SuggestedTheme {
  std::string theme;
  double confidence = 0;
  std::vector<std::string> evidence;
};

struct ReportedQuantity {
  double value = 0;
  std::string unit, counts, text;
};

struct Extraction {
  int rc = 0;
  std::string error;
  std::vector<SuggestedTheme> themes;
  std::vector<std::pair<std::string, std::string>> entities;  // (facet, value) in order reported
  std::vector<ReportedQuantity> quantities;

  // The confidence of `theme`, 0 when not suggested.
  double Confidence(std::string_view theme) const {
    for (const auto& t : themes) {
      if (t.theme == theme) return t.confidence;
    }
    return 0;
  }
  const SuggestedTheme* Theme(std::string_view theme) const {
    for (const auto& t : themes) {
      if (t.theme == theme) return &t;
    }
    return nullptr;
  }
  std::vector<std::string> Values(std::string_view facet) const {
    std::vector<std::string> out;
    for (const auto& [f, v] : entities) {
      if (f == facet) out.push_back(v);
    }
    return out;
  }
  bool Has(std::string_view facet, std::string_view value) const {
    return std::find(entities.begin(), entities.end(), std::pair<std::string, std::string>(facet, value)) !=
           entities.end();
  }
  const ReportedQuantity* Quantity(std::string_view counts) const {
    for (const auto& q : quantities) {
      if (q.counts == counts) return &q;
    }
    return nullptr;
  }
  const ReportedQuantity* QuantityWithUnit(std::string_view unit) const {
    for (const auto& q : quantities) {
      if (q.unit == unit) return &q;
    }
    return nullptr;
  }
};

struct VocabularyTerm {
  std::string preferred, variant, language;
};

struct Text {
  std::string_view body;
  std::string_view language = "en";
  std::string_view title = "";
  std::string_view summary = "";
  std::string_view id = "test";
};

class LoadedPlugin {
 public:
  explicit LoadedPlugin(const std::string& path) : library_(path) {
    if (!library_.has(SILKDEX_PLUGIN_ENTRY)) throw std::runtime_error(path + ": no " SILKDEX_PLUGIN_ENTRY);
    auto entry = library_.get<const silkdex_plugin*()>(SILKDEX_PLUGIN_ENTRY);
    plugin_ = entry();
    if (plugin_ == nullptr) throw std::runtime_error(path + ": entry returned null");
    if (plugin_->api_version != SILKDEX_PLUGIN_API_VERSION) {
      throw std::runtime_error(path + ": API version mismatch: got " + std::to_string(plugin_->api_version) +
                               ", supported " + std::to_string(SILKDEX_PLUGIN_API_VERSION));
    }
    if (plugin_->struct_size < sizeof(silkdex_plugin)) throw std::runtime_error(path + ": struct too small");
  }

  const silkdex_plugin& info() const { return *plugin_; }

  Extraction Extract(const Text& text) const {
    Extraction x;
    silkdex_document doc{sizeof(silkdex_document),
                         {text.id.data(), text.id.size()},
                         {text.language.data(), text.language.size()},
                         {text.title.data(), text.title.size()},
                         {text.summary.data(), text.summary.size()},
                         {text.body.data(), text.body.size()}};
    silkdex_sink sink{sizeof(silkdex_sink), &x, OnTheme, OnEntity, OnQuantity};
    char error[256] = {0};
    x.rc = plugin_->extract(&doc, &sink, error, sizeof error);
    x.error = error;
    return x;
  }
  Extraction Extract(std::string_view body, std::string_view language = "en") const {
    return Extract(Text{body, language});
  }

  std::vector<VocabularyTerm> Vocabulary() const {
    std::vector<VocabularyTerm> terms;
    if (plugin_->vocabulary == nullptr) return terms;
    silkdex_vocabulary_sink sink{sizeof(silkdex_vocabulary_sink), &terms, OnTerm};
    char error[256] = {0};
    if (plugin_->vocabulary(&sink, error, sizeof error) != 0) throw std::runtime_error(error);
    return terms;
  }

 private:
  static void OnTheme(void* host, const char* theme, double confidence, const char* evidence) {
    SuggestedTheme t{theme, confidence, {}};
    std::string_view e(evidence);
    while (!e.empty()) {
      size_t nl = e.find('\n');
      t.evidence.emplace_back(e.substr(0, nl));
      if (nl == std::string_view::npos) break;
      e.remove_prefix(nl + 1);
    }
    static_cast<Extraction*>(host)->themes.push_back(std::move(t));
  }
  static void OnEntity(void* host, const char* facet, const char* value) {
    static_cast<Extraction*>(host)->entities.emplace_back(facet, value);
  }
  static void OnQuantity(void* host, double value, const char* unit, const char* counts, const char* text) {
    static_cast<Extraction*>(host)->quantities.push_back({value, unit, counts, text});
  }
  static void OnTerm(void* host, const char* preferred, const char* variant, const char* language) {
    static_cast<std::vector<VocabularyTerm>*>(host)->push_back({preferred, variant, language});
  }

  boost::dll::shared_library library_;
  const silkdex_plugin* plugin_ = nullptr;
};

// Each module loaded once for the whole test program.
inline const LoadedPlugin& Load(const std::string& path) {
  static std::map<std::string, std::unique_ptr<LoadedPlugin>> loaded;
  auto& slot = loaded[path];
  if (!slot) slot = std::make_unique<LoadedPlugin>(path);
  return *slot;
}

}  // namespace silkdex::testhost
