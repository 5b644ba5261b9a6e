// The plugin flags every command shares, and `silkdex plugins` / `silkdex reindex`.
#pragma once

#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

#include "silkdex/plugins.h"
#include "silkdex/status.h"

namespace CLI {
class App;
}

namespace silkdex::cli {

struct PluginFlags {
  std::string directory;              // --plugins DIR (default: beside the program)
  bool none = false;                  // --no-plugins
  std::vector<std::string> disabled;  // --disable-plugin NAME
};

// Adds --plugins, --no-plugins and --disable-plugin to a command.
void AddPluginFlags(CLI::App* command, PluginFlags* flags);

// The plugins the flags ask for. A missing default folder means no plugins; a
// missing folder given with --plugins is an error.
Result<std::unique_ptr<PluginHost>> LoadPlugins(const PluginFlags& flags);

struct PluginsCommand {
  PluginFlags plugins;
};
// One line a plugin: name, version, theme, status (loaded, or refused and why), file.
int RunPlugins(const PluginsCommand& cmd, std::ostream& out, std::ostream& err);

struct ReindexCommand {
  std::string data;
  PluginFlags plugins;
};
// Runs the plugins again on every stored document (after plugins changed), and
// fills empty city and country facets from the gazetteer.
int RunReindex(const ReindexCommand& cmd, std::ostream& out, std::ostream& err);

}  // namespace silkdex::cli
