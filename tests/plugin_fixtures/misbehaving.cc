// A plugin that fails on documents mentioning "boom" (an exception inside the
// plugin) and suggests a theme that does not exist for "space": the host must
// keep the document and drop only this plugin's output.
#include <stdexcept>
#include <string>

#include "silkdex/plugin_cpp.h"

namespace {

void Extract(const silkdex::sdk::Document& doc, silkdex::sdk::Findings& out) {
  if (doc.body.find("boom") != std::string_view::npos) throw std::runtime_error("boom happened");
  if (doc.body.find("space") != std::string_view::npos) out.Theme("space", 0.9, {"space"});
  out.Entity("misbehaving_seen", "yes");
}

}  // namespace

SILKDEX_PLUGIN("misbehaving", "0.1.0", "drr", SILKDEX_CAP_THEMES | SILKDEX_CAP_ENTITIES, Extract, nullptr)
