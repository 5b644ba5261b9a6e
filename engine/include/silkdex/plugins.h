// silkdex: thematic plugins, loaded at run time (Boost.DLL) from a folder of
// MODULE libraries built against the SDK in plugins/sdk/silkdex/plugin.h.
//
// Loading never fails as a whole: each file is loaded or refused with its own
// reason, in this order of checks: the folder and file are not writable by
// others; the file is a loadable library; it exports silkdex_plugin_entry; its
// API version is the host's; its name is new; it is not disabled. Only then is
// any of its functions called.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "silkdex/document.h"
#include "silkdex/status.h"
#include "silkdex/vocabulary.h"

namespace silkdex {

inline constexpr uint32_t kPluginApiVersion = 1;  // SILKDEX_PLUGIN_API_VERSION the host serves

struct PluginOptions {
  // The folder of plugin modules. Empty: DefaultPluginDirectory().
  std::filesystem::path directory;
  // Plugins (by name) to leave unloaded.
  std::vector<std::string> disabled;
};

struct PluginInfo {
  std::string name, version, theme;  // empty when the file was refused before they were known
  std::filesystem::path file;
  bool loaded = false;
  std::string reason;                // why it was refused, or "disabled"
  uint32_t capabilities = 0;
  uint64_t failures = 0;             // documents it failed on since loading
};

// <folder of the running program>/../lib/silkdex/plugins when it exists (an
// installed silkdex), else <folder of the running program>/../plugins (the
// build tree).
std::filesystem::path DefaultPluginDirectory();

// Thread-safe after Load: Extract may run on several threads at once.
class PluginHost {
 public:
  // kNotFound when the folder does not exist; otherwise every file's outcome is in plugins().
  static Result<std::unique_ptr<PluginHost>> Load(const PluginOptions& options = {});
  // A host with no plugins (when plugins are switched off).
  static std::unique_ptr<PluginHost> Empty();
  ~PluginHost();

  std::vector<PluginInfo> plugins() const;

  // Runs every loaded plugin on the document and replaces its
  // suggested_themes, extracted and quantities with what they found. A plugin
  // that fails (returns an error, or reports something invalid) is logged with
  // its name and the document id and counted; its output for that document is
  // dropped and the others' kept.
  void Extract(Document* doc);

  // Every loaded plugin's vocabulary as synonym groups: a preferred term and
  // its variants, lower case.
  std::vector<SynonymGroup> VocabularyGroups();

  uint64_t failures() const;

 private:
  struct Impl;
  explicit PluginHost(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace silkdex
