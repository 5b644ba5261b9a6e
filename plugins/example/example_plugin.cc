// The smallest useful silkdex plugin (docs/plugins.md): it suggests the
// "green" theme when a document talks about trees, and teaches the search
// that "tree planting" is also "reforestation" and, in Spanish, "reforestación".
#include <algorithm>
#include <cctype>
#include <string>

#include "silkdex/plugin_cpp.h"

namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

void Extract(const silkdex::sdk::Document& doc, silkdex::sdk::Findings& out) {
  std::string text = Lower(doc.title) + "\n" + Lower(doc.body);
  if (text.find("tree planting") != std::string::npos) {
    out.Theme("green", 0.9, {"tree planting"});
    out.Entity("green_action", "tree planting");
  }
}

void Vocabulary(silkdex::sdk::Vocabulary& v) {
  v.Term("tree planting", "reforestation", "en");
  v.Term("tree planting", "reforestación", "es");
}

}  // namespace

SILKDEX_PLUGIN("example", "1.0.0", "green", SILKDEX_CAP_THEMES | SILKDEX_CAP_ENTITIES | SILKDEX_CAP_VOCABULARY,
               Extract, Vocabulary)
