// The seven thematic plugin modules built with the tests (paths from CMake).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "test_host.h"

namespace silkdex::testhost {

using Entities = std::vector<std::pair<std::string, std::string>>;

inline const std::vector<std::pair<std::string, std::string>>& ThematicPlugins() {
  static const std::vector<std::pair<std::string, std::string>> plugins = {{"health", SILKDEX_PLUGIN_HEALTH},
                                                                           {"agriculture", SILKDEX_PLUGIN_AGRICULTURE},
                                                                           {"ecommerce", SILKDEX_PLUGIN_ECOMMERCE},
                                                                           {"tourism", SILKDEX_PLUGIN_TOURISM},
                                                                           {"drr", SILKDEX_PLUGIN_DRR},
                                                                           {"transport", SILKDEX_PLUGIN_TRANSPORT},
                                                                           {"green", SILKDEX_PLUGIN_GREEN}};
  return plugins;
}

// True when the vocabulary maps `variant` (in `language`) to `preferred`.
inline bool HasTerm(const std::vector<VocabularyTerm>& v, const std::string& preferred, const std::string& variant,
                    const std::string& language) {
  for (const auto& t : v) {
    if (t.preferred == preferred && t.variant == variant && t.language == language) return true;
  }
  return false;
}

inline bool HasEvidence(const Extraction& x, const std::string& theme, const std::string& words) {
  const SuggestedTheme* t = x.Theme(theme);
  if (t == nullptr) return false;
  for (const auto& e : t->evidence) {
    if (e == words) return true;
  }
  return false;
}

}  // namespace silkdex::testhost
